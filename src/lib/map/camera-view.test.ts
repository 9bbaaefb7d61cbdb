import { describe, expect, it } from 'vitest';
import { cameraLine, placeFeature } from './camera-view';

describe('the camera helper’s copies', () => {
	it('writes the view as a chapter’s camera line, rounded, with bearing and pitch only when set', () => {
		expect(cameraLine({ center: [20.61234567, 42.0009876], zoom: 8.98765, bearing: 0.3, pitch: 0 })).toBe(
			'camera: { center: [ 20.6123, 42.001 ], zoom: 8.99 }'
		);
		expect(cameraLine({ center: [-8.2, 39.6], zoom: 5, bearing: -12.6, pitch: 30.2 })).toBe(
			'camera: { center: [ -8.2, 39.6 ], zoom: 5, bearing: -13, pitch: 30 }'
		);
	});

	it('writes a clicked point as a place feature to fill in', () => {
		const f = JSON.parse(placeFeature([44.123456, 33.98765]));
		expect(f.geometry).toEqual({ type: 'Point', coordinates: [44.1235, 33.9877] });
		expect(f.properties.kind).toBe('point');
	});
});

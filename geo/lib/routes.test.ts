import { describe, expect, it } from 'vitest';
import * as turf from '@turf/turf';
import { greatCircleRoute } from './routes';

const BAKU = [49.8822, 40.3953];
const ANKARA = [32.8543, 39.9199];
const PRIZREN = [20.7392, 42.2128];

describe('greatCircleRoute', () => {
	it('joins legs through the transit stop and sums their lengths', () => {
		const r = greatCircleRoute({ id: 'route-kosovo', via: 'Ankara', stops: [BAKU, ANKARA, PRIZREN] }, 10);
		expect(r.id).toBe('route-kosovo');
		expect(r.properties.via).toBe('Ankara');
		expect(r.properties.km).toBe(Math.round(turf.distance(BAKU, ANKARA) + turf.distance(ANKARA, PRIZREN)));
		expect(r.geometry.coordinates).toHaveLength(19); // two legs of 10 points sharing Ankara
		expect(r.geometry.coordinates[9]).toEqual(ANKARA);
	});
});

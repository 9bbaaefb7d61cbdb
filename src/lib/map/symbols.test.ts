import { describe, expect, it } from 'vitest';
import { overlayLayers, basemapLayers } from './style';
import { lines, svgDash, svgStroke } from './symbols';

describe('the symbology', () => {
	it('gives SVG the dashes MapLibre draws: multiples of the line’s width in pixels', () => {
		expect(svgDash(lines.routeDirect)).toBe('1 4');
		expect(svgDash(lines.areaApproximate)).toBe('6 4');
		expect(svgDash(lines.areaExact)).toBeNull();
		expect(svgStroke(lines.areaExact)).toBe(`stroke="${lines.areaExact.color}" stroke-width="2"`);
	});

	it('is the live style’s: each layer draws its symbol’s colour, width and dash', () => {
		const layers = [...basemapLayers(), ...overlayLayers()];
		const paint = (id: string) => layers.find((l) => l.id === id)!.paint as Record<string, unknown>;
		expect(paint('areas-outline')['line-dasharray']).toEqual(lines.areaApproximate.dash);
		expect(paint('areas-outline-exact')['line-dasharray']).toBeUndefined();
		expect(paint('routes')['line-dasharray']).toEqual(lines.routeDirect.dash);
		expect(paint('routes-transit')['line-dasharray']).toEqual(lines.routeTransit.dash);
		expect(paint('detail-disputed')).toMatchObject({
			'line-width': lines.disputedDetail.width,
			'line-dasharray': lines.disputedDetail.dash
		});
		expect(paint('boundaries')).toMatchObject({ 'line-color': lines.boundary.color, 'line-width': lines.boundary.width });
	});
});

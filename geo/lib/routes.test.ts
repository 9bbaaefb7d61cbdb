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

describe('great-circle routes', () => {
	const BAGHDAD_SIDE = [42.36, 34.205];
	const KUWAIT = [47.9743, 29.367];

	it('puts every vertex on the great circle of its leg', () => {
		const r = greatCircleRoute({ id: 'route-iraq', via: 'Kuwait City', stops: [BAKU, KUWAIT, BAGHDAD_SIDE] }, 24);
		const legs = [r.geometry.coordinates.slice(0, 24), r.geometry.coordinates.slice(23)];
		for (const [a, b, leg] of [[BAKU, KUWAIT, legs[0]!], [KUWAIT, BAGHDAD_SIDE, legs[1]!]] as const) {
			const whole = turf.distance(a, b);
			// On the great circle, the two parts add up to the whole (a rhumb line or straight lon/lat line would not).
			for (const p of leg) expect(turf.distance(a, p) + turf.distance(p, b) - whole).toBeLessThan(0.05);
		}
	});

	it('never jumps across the map, and refuses a leg that would cross the antimeridian', () => {
		const r = greatCircleRoute({ id: 'route-kosovo', via: 'Ankara', stops: [BAKU, ANKARA, PRIZREN] });
		const lons = r.geometry.coordinates.map((c) => c[0]!);
		for (let i = 1; i < lons.length; i++) expect(Math.abs(lons[i]! - lons[i - 1]!)).toBeLessThan(5);
		expect(() => greatCircleRoute({ id: 'pacific', via: null, stops: [[170, 10], [-170, 12]] })).toThrow(/antimeridian/);
	});
});

import { describe, expect, it } from 'vitest';
import * as turf from '@turf/turf';
import { greatCircleRoute } from './routes';

const BAKU = [49.8822, 40.3953];
const PRIZREN = [20.7392, 42.2128];
const KUWAIT = [47.9743, 29.367];
const HADITHA = [42.36, 34.205];
const WORDS = 'because the Azerbaijani peacekeeping contingent would travel to Iraq through the territory of Kuwait';

describe('greatCircleRoute', () => {
	it('joins legs through the stated transit stop, sums their lengths and carries the report’s words', () => {
		const r = greatCircleRoute({ id: 'route-iraq', kind: 'stated-transit', via: 'Kuwait City', reportWords: WORDS, stops: [BAKU, KUWAIT, HADITHA] }, 10);
		expect(r.id).toBe('route-iraq');
		expect(r.properties).toMatchObject({ kind: 'stated-transit', via: 'Kuwait City', report_words: WORDS });
		expect(r.properties.note).toMatch(/through Kuwait City/);
		expect(r.properties.km).toBe(Math.round(turf.distance(BAKU, KUWAIT) + turf.distance(KUWAIT, HADITHA)));
		expect(r.geometry.coordinates).toHaveLength(19); // two legs of 10 points sharing Kuwait City
		expect(r.geometry.coordinates[9]).toEqual(KUWAIT);
	});

	it('draws a direct line as one great circle and says it is one', () => {
		const r = greatCircleRoute({ id: 'route-kosovo', kind: 'direct', via: null, stops: [BAKU, PRIZREN] }, 10);
		expect(r.properties).toMatchObject({ kind: 'direct', via: null, report_words: null });
		expect(r.properties.note).toContain('as the crow flies; the report gives no route');
		expect(r.properties.km).toBe(Math.round(turf.distance(BAKU, PRIZREN)));
		expect(r.geometry.coordinates).toHaveLength(10);
	});

	it('refuses a direct line with a stop, and a transit without one or without the report’s words', () => {
		expect(() => greatCircleRoute({ id: 'x', kind: 'direct', via: null, stops: [BAKU, KUWAIT, HADITHA] })).toThrow(/2 stops/);
		expect(() => greatCircleRoute({ id: 'x', kind: 'direct', via: 'Kuwait City', stops: [BAKU, HADITHA] })).toThrow(/has no stop/);
		expect(() => greatCircleRoute({ id: 'x', kind: 'stated-transit', via: 'Kuwait City', stops: [BAKU, HADITHA] })).toThrow(/3 stops/);
		expect(() => greatCircleRoute({ id: 'x', kind: 'stated-transit', via: 'Kuwait City', stops: [BAKU, KUWAIT, HADITHA] })).toThrow(/report's words/);
	});
});

describe('great-circle routes', () => {
	const BAGHDAD_SIDE = HADITHA;

	it('puts every vertex on the great circle of its leg', () => {
		const r = greatCircleRoute({ id: 'route-iraq', kind: 'stated-transit', via: 'Kuwait City', reportWords: WORDS, stops: [BAKU, KUWAIT, BAGHDAD_SIDE] }, 24);
		const legs = [r.geometry.coordinates.slice(0, 24), r.geometry.coordinates.slice(23)];
		for (const [a, b, leg] of [[BAKU, KUWAIT, legs[0]!], [KUWAIT, BAGHDAD_SIDE, legs[1]!]] as const) {
			const whole = turf.distance(a, b);
			// On the great circle, the two parts add up to the whole (a rhumb line or straight lon/lat line would not).
			for (const p of leg) expect(turf.distance(a, p) + turf.distance(p, b) - whole).toBeLessThan(0.05);
		}
	});

	it('never jumps across the map, and refuses a leg that would cross the antimeridian', () => {
		const r = greatCircleRoute({ id: 'route-iraq', kind: 'stated-transit', via: 'Kuwait City', reportWords: WORDS, stops: [BAKU, KUWAIT, PRIZREN] });
		const lons = r.geometry.coordinates.map((c) => c[0]!);
		for (let i = 1; i < lons.length; i++) expect(Math.abs(lons[i]! - lons[i - 1]!)).toBeLessThan(5);
		expect(() => greatCircleRoute({ id: 'pacific', kind: 'direct', via: null, stops: [[170, 10], [-170, 12]] })).toThrow(/antimeridian/);
	});
});

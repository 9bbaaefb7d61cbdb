import { describe, expect, it } from 'vitest';
import * as turf from '@turf/turf';
import { greatCircleRoute } from './routes';

const NOTES = { direct: 'Drawn as one great circle: no route is given.', transit: 'Drawn as great circles through {via}.' };

const ORIGIN = [49.8822, 40.3953];
const FAR_WEST = [20.7392, 42.2128];
const STOP = [47.9743, 29.367];
const END = [42.36, 34.205];
const WORDS = 'because the contingent would travel through the territory of the stop';

describe('greatCircleRoute', () => {
	it('joins legs through the stated transit stop, sums their lengths and carries the source’s words', () => {
		const r = greatCircleRoute(
			{ id: 'route-stop', kind: 'stated-transit', via: 'Stop City', reportWords: WORDS, stops: [ORIGIN, STOP, END] },
			NOTES,
			10
		);
		expect(r.id).toBe('route-stop');
		expect(r.properties).toMatchObject({ kind: 'stated-transit', via: 'Stop City', report_words: WORDS });
		expect(r.properties.note).toBe('Drawn as great circles through Stop City.');
		expect(r.properties.km).toBe(Math.round(turf.distance(ORIGIN, STOP) + turf.distance(STOP, END)));
		expect(r.geometry.coordinates).toHaveLength(19); // two legs of 10 points sharing Stopland City
		expect(r.geometry.coordinates[9]).toEqual(STOP);
	});

	it('draws a direct line as one great circle and says it is one', () => {
		const r = greatCircleRoute({ id: 'route-direct', kind: 'direct', via: null, stops: [ORIGIN, FAR_WEST] }, NOTES, 10);
		expect(r.properties).toMatchObject({ kind: 'direct', via: null, report_words: null });
		expect(r.properties.note).toBe(NOTES.direct);
		expect(r.properties.km).toBe(Math.round(turf.distance(ORIGIN, FAR_WEST)));
		expect(r.geometry.coordinates).toHaveLength(10);
	});

	it('refuses a direct line with a stop, and a transit without one or without the source’s words', () => {
		expect(() => greatCircleRoute({ id: 'x', kind: 'direct', via: null, stops: [ORIGIN, STOP, END] }, NOTES)).toThrow(/2 stops/);
		expect(() => greatCircleRoute({ id: 'x', kind: 'direct', via: 'Stop City', stops: [ORIGIN, END] }, NOTES)).toThrow(/has no stop/);
		expect(() => greatCircleRoute({ id: 'x', kind: 'stated-transit', via: 'Stop City', stops: [ORIGIN, END] }, NOTES)).toThrow(/3 stops/);
		expect(() => greatCircleRoute({ id: 'x', kind: 'stated-transit', via: 'Stop City', stops: [ORIGIN, STOP, END] }, NOTES)).toThrow(
			/source's words/
		);
	});
});

describe('great-circle routes', () => {
	const NEAR_END = END;

	it('puts every vertex on the great circle of its leg', () => {
		const r = greatCircleRoute(
			{ id: 'route-stop', kind: 'stated-transit', via: 'Stop City', reportWords: WORDS, stops: [ORIGIN, STOP, NEAR_END] },
			NOTES,
			24
		);
		const legs = [r.geometry.coordinates.slice(0, 24), r.geometry.coordinates.slice(23)];
		for (const [a, b, leg] of [
			[ORIGIN, STOP, legs[0]!],
			[STOP, NEAR_END, legs[1]!]
		] as const) {
			const whole = turf.distance(a, b);
			// On the great circle, the two parts add up to the whole (a rhumb line or straight lon/lat line would not).
			for (const p of leg) expect(turf.distance(a, p) + turf.distance(p, b) - whole).toBeLessThan(0.05);
		}
	});

	it('never jumps across the map, and refuses a leg that would cross the antimeridian', () => {
		const r = greatCircleRoute(
			{ id: 'route-stop', kind: 'stated-transit', via: 'Stop City', reportWords: WORDS, stops: [ORIGIN, STOP, FAR_WEST] },
			NOTES
		);
		const lons = r.geometry.coordinates.map((c) => c[0]!);
		for (let i = 1; i < lons.length; i++) expect(Math.abs(lons[i]! - lons[i - 1]!)).toBeLessThan(5);
		expect(() =>
			greatCircleRoute(
				{
					id: 'pacific',
					kind: 'direct',
					via: null,
					stops: [
						[170, 10],
						[-170, 12]
					]
				},
				NOTES
			)
		).toThrow(/antimeridian/);
	});
});

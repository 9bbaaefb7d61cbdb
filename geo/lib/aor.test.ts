import { describe, expect, it } from 'vitest';
import * as turf from '@turf/turf';
import { aorPolygon, fitCircle, lengthsInCircle, sampleLines, samplesAlong } from './aor';

// A square "municipality" 0.2° on a side at 42°N whose south edge is one border and west edge another.
const SQUARE = turf.polygon([
	[
		[20.5, 41.9],
		[20.7, 41.9],
		[20.7, 42.1],
		[20.5, 42.1],
		[20.5, 41.9]
	]
]);
const SOUTH = [
	[
		[20.5, 41.9],
		[20.7, 41.9]
	]
];
const WEST = [
	[
		[20.5, 41.9],
		[20.5, 42.1]
	]
];

describe('sampleLines', () => {
	it('keeps the geodesic length of the line', () => {
		const s = sampleLines(SOUTH, 'mk', 0.1);
		const total = s.reduce((a, x) => a + x.km, 0);
		expect(total).toBeCloseTo(turf.length(turf.lineString(SOUTH[0]!)), 6);
		expect(Math.max(...s.map((x) => x.km))).toBeLessThanOrEqual(0.1);
	});
});

describe('samplesAlong', () => {
	it('keeps only border pieces on the polygon outline', () => {
		const far = sampleLines(
			[
				[
					[21.5, 41.9],
					[21.6, 41.9]
				]
			],
			'mk'
		);
		expect(samplesAlong([...sampleLines(SOUTH, 'mk'), ...far], SQUARE, 0.5).every((s) => s.mid[0]! < 21)).toBe(true);
	});
});

describe('fitCircle', () => {
	it('finds a circle around the corner holding the target lengths of both borders', () => {
		const samples = [...sampleLines(SOUTH, 'mk'), ...sampleLines(WEST, 'al')];
		const radii = Array.from({ length: 41 }, (_, i) => 2 + i * 0.25);
		const fit = fitCircle(samples, { targets: { mk: 10, al: 5 }, origin: [20.5, 41.9], searchKm: 8, gridKm: 0.5, radii, tolerance: 0.05 });
		expect(fit.lengths.mk).toBeCloseTo(10, 0);
		expect(fit.lengths.al).toBeCloseTo(5, 0);
		expect(lengthsInCircle(samples, fit.centre, fit.radiusKm)).toEqual(fit.lengths);
		const poly = aorPolygon(SQUARE, fit.centre, fit.radiusKm);
		expect(turf.area(poly)).toBeLessThan(turf.area(SQUARE));
		expect(turf.booleanWithin(turf.centroid(poly), SQUARE)).toBe(true);
	});
});

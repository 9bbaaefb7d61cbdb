import { describe, expect, it } from 'vitest';
import { bboxContains, bboxOfPoints, padBbox, unionBbox } from './bbox';

describe('unionBbox', () => {
	it('returns the smallest box holding all boxes', () => {
		expect(unionBbox([[20.6, 42.0, 20.8, 42.3], [49.8, 40.3, 49.9, 40.4], [31.5, 4.8, 31.7, 9.6]])).toEqual([20.6, 4.8, 49.9, 42.3]);
	});
	it('rejects an empty list and malformed boxes', () => {
		expect(() => unionBbox([])).toThrow('no boxes');
		expect(() => unionBbox([[1, 2, 3]])).toThrow('expected [w, s, e, n]');
	});
});

describe('padBbox', () => {
	it('grows each side by a fraction of the size', () => {
		expect(padBbox([10, 20, 20, 30], 0.1)).toEqual([9, 19, 21, 31]);
	});
	it('gives a point a minimum margin and clamps to Mercator latitudes', () => {
		expect(padBbox([5, 5, 5, 5], 0.1, 0.5)).toEqual([4.5, 4.5, 5.5, 5.5]);
		expect(padBbox([-179, -84, 179, 84], 0.5)).toEqual([-180, -85, 180, 85]);
	});
});

describe('bboxOfPoints / bboxContains', () => {
	it('boxes points and tests containment with edges included', () => {
		const b = bboxOfPoints([[69.17, 34.53], [70.45, 34.43]]);
		expect(b).toEqual([69.17, 34.43, 70.45, 34.53]);
		expect(bboxContains(b, [70.45, 34.5])).toBe(true);
		expect(bboxContains(b, [70.46, 34.5])).toBe(false);
	});
});

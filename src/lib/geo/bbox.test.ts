import { describe, expect, it } from 'vitest';
import { bboxContains, unionBbox } from './bbox';

describe('unionBbox', () => {
	it('returns the smallest box holding all boxes', () => {
		expect(
			unionBbox([
				[20.6, 42.0, 20.8, 42.3],
				[49.8, 40.3, 49.9, 40.4],
				[31.5, 4.8, 31.7, 9.6]
			])
		).toEqual([20.6, 4.8, 49.9, 42.3]);
	});
	it('rejects an empty list and malformed boxes', () => {
		expect(() => unionBbox([])).toThrow('no boxes');
		expect(() => unionBbox([[1, 2, 3]])).toThrow('expected [w, s, e, n]');
	});
});

describe('bboxContains', () => {
	it('tests containment with edges included', () => {
		const b = [69.17, 34.43, 70.45, 34.53];
		expect(bboxContains(b, [70.45, 34.5])).toBe(true);
		expect(bboxContains(b, [70.46, 34.5])).toBe(false);
	});
});

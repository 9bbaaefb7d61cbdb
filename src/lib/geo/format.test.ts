import { describe, expect, it } from 'vitest';
import { approxText, roundFigure } from './format';

describe('approxText', () => {
	it('rounds to two or three significant figures with "about"', () => {
		expect(approxText(18.31, 'km')).toBe('about 18 km');
		expect(approxText(2430.9, 'km')).toBe('about 2,430 km');
		expect(approxText(439.8, 'km²')).toBe('about 440 km²');
		expect(approxText(7.4, 'km')).toBe('about 7.5 km');
		expect(approxText(202.9, '°')).toBe('about 203°');
	});
	it('rounds values by unit', () => {
		expect(roundFigure(4354.7, 'km')).toBe(4350);
		expect(roundFigure(5.6, 'km')).toBe(5.5);
	});
});

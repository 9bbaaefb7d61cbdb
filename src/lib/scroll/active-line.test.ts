import { describe, expect, it } from 'vitest';
import { pickActive } from './active-line';

const boxes = (tops: number[], height = 500) => tops.map((top, i) => ({ id: `c${i}`, top, bottom: top + height }));

describe('pickActive', () => {
	it('picks the section that crosses the line', () => {
		// Viewport 1000 px; sections span -600..-100, -100..400 and 400..900.
		expect(pickActive(boxes([-600, -100, 400]), 1000)).toBe('c2'); // line at 450 px
		expect(pickActive(boxes([-600, -100, 400]), 1000, 0.3)).toBe('c1'); // line at 300 px
	});

	it('picks the first section before the story starts', () => {
		expect(pickActive(boxes([700, 1200]), 1000)).toBe('c0');
	});

	it('keeps the last section that began above the line in a gap or past the end', () => {
		expect(pickActive(boxes([-900, -300]), 1000)).toBe('c1');
		const gap = [
			{ id: 'a', top: -400, bottom: 300 },
			{ id: 'b', top: 600, bottom: 1400 }
		];
		expect(pickActive(gap, 1000)).toBe('a');
	});

	it('returns null when there is nothing to pick', () => {
		expect(pickActive([], 1000)).toBeNull();
	});
});

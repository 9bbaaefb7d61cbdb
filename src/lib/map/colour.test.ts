import { describe, expect, it } from 'vitest';
import { contrast, deltaE, lab, over, parseColour, simulate } from './colour';

describe('parseColour', () => {
	it('reads hex and rgb(a) colours and refuses anything else', () => {
		expect(parseColour('#c8470e')).toEqual([200, 71, 14, 1]);
		expect(parseColour('#fff')).toEqual([255, 255, 255, 1]);
		expect(parseColour('rgba(200, 71, 14, 0.16)')).toEqual([200, 71, 14, 0.16]);
		expect(parseColour('rgb(255 255 255 / 0.5)')).toEqual([255, 255, 255, 0.5]);
		expect(() => parseColour('vermilion')).toThrow(/Not a colour: "vermilion"/);
	});
});

describe('contrast', () => {
	it('matches the WCAG reference values', () => {
		expect(contrast('#000', '#fff')).toBeCloseTo(21, 5);
		expect(contrast('#fff', '#fff')).toBe(1);
		// #767676 is the lightest grey with AA contrast on white.
		expect(contrast('#767676', '#ffffff')).toBeCloseTo(4.54, 2);
		expect(contrast('#777777', '#ffffff')).toBeLessThan(4.5);
	});

	it('lays a translucent colour over the background first', () => {
		expect(over(parseColour('rgba(0, 0, 0, 0.5)'), parseColour('#fff'))).toEqual([127.5, 127.5, 127.5, 1]);
		expect(contrast('rgba(0, 0, 0, 0)', '#fff')).toBe(1);
	});
});

describe('colour-vision simulation', () => {
	it('leaves greys alone', () => {
		for (const d of ['protanopia', 'deuteranopia', 'tritanopia'] as const) {
			const [r, g, b] = simulate(parseColour('#808080'), d);
			for (const c of [r, g, b]) expect(Math.abs(c - 128)).toBeLessThanOrEqual(1);
		}
	});

	it('brings red and green together for red-green deficiencies, but not blue and yellow', () => {
		const red = parseColour('#d62728');
		const green = parseColour('#2ca02c');
		const normal = deltaE(red, green);
		expect(deltaE(simulate(red, 'deuteranopia'), simulate(green, 'deuteranopia'))).toBeLessThan(normal / 2);
		expect(deltaE(simulate(red, 'protanopia'), simulate(green, 'protanopia'))).toBeLessThan(normal / 2);
		const blue = parseColour('#1f77b4');
		const yellow = parseColour('#ffd700');
		expect(deltaE(simulate(blue, 'deuteranopia'), simulate(yellow, 'deuteranopia'))).toBeGreaterThan(50);
	});
});

describe('lab and deltaE', () => {
	it('places white, black and sRGB red where CIELAB does', () => {
		const [l, a, b] = lab(parseColour('#fff'));
		expect(l).toBeCloseTo(100, 1);
		expect(Math.abs(a) + Math.abs(b)).toBeLessThan(0.1);
		expect(lab(parseColour('#000'))[0]).toBeCloseTo(0, 5);
		const red = lab(parseColour('#f00'));
		expect(red[0]).toBeCloseTo(53.24, 1);
		expect(red[1]).toBeCloseTo(80.09, 0);
		expect(red[2]).toBeCloseTo(67.2, 0);
		expect(deltaE(parseColour('#fff'), parseColour('#000'))).toBeCloseTo(100, 1);
	});
});

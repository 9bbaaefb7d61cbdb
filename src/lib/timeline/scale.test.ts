import { describe, expect, it } from 'vitest';
import { linearScale, yearTicks } from './scale';

describe('linearScale', () => {
	const x = linearScale([Date.UTC(2000, 0, 1), Date.UTC(2010, 0, 1)], [10, 110]);

	it('maps the domain onto the range and clamps outside it', () => {
		expect(x(Date.UTC(2000, 0, 1))).toBe(10);
		expect(x(Date.UTC(2010, 0, 1))).toBe(110);
		expect(x(Date.UTC(2005, 0, 1))).toBeCloseTo(60, 0);
		expect(x(Date.UTC(1990, 0, 1))).toBe(10);
		expect(x(Date.UTC(2030, 0, 1))).toBe(110);
	});

	it('refuses an empty domain', () => {
		expect(() => linearScale([5, 5], [0, 1])).toThrow(/domain/);
	});
});

describe('yearTicks', () => {
	it('puts a tick on every 1 January and labels round years', () => {
		const x = linearScale([Date.UTC(1999, 0, 1), Date.UTC(2011, 0, 1)], [0, 120]);
		const ticks = yearTicks(x, 1999, 2011, 5);
		expect(ticks.map((t) => t.year)).toEqual([1999, 2000, 2001, 2002, 2003, 2004, 2005, 2006, 2007, 2008, 2009, 2010, 2011]);
		expect(ticks.filter((t) => t.label).map((t) => t.label)).toEqual(['2000', '2005', '2010']);
		expect(ticks[0]!.x).toBe(0);
		expect(ticks.at(-1)!.x).toBe(120);
		for (let i = 1; i < ticks.length; i++) expect(ticks[i]!.x).toBeGreaterThan(ticks[i - 1]!.x);
	});
});

import { describe, expect, it } from 'vitest';
import { layoutTimeline, stretches, type LayoutInput } from './layout';

const END = Date.UTC(2011, 0, 1);

describe('stretches', () => {
	it('holds each strength until the next one and ends with the operation', () => {
		const s = stretches(
			{
				id: 'a',
				start: '2002-11',
				end: '2009-12',
				strengths: [
					{ value: 22, from: '2002-11' },
					{ value: 45, from: '2008-01-15' }
				]
			},
			END
		);
		expect(s.map((x) => [x.kind, x.value])).toEqual([
			['stated', 22],
			['stated', 45]
		]);
		expect(s[0]!.to).toBe(s[1]!.from);
		expect(s[1]!.from).toBe(Date.UTC(2008, 0, 15));
		expect(s[1]!.to).toBe(Date.UTC(2010, 0, 1));
	});

	it('marks as unstated the time an operation runs without a stated strength', () => {
		// The report: 34 “from September 1999 to March 2008”; home on 15 April 2008.
		const s = stretches({ id: 'k', start: '1999-09', end: '2008-04-15', strengths: [{ value: 34, from: '1999-09', to: '2008-03' }] }, END);
		expect(s.map((x) => x.kind)).toEqual(['stated', 'unstated']);
		expect(s[1]).toMatchObject({ from: Date.UTC(2008, 3, 1), to: Date.UTC(2008, 3, 16), value: null });
		// …and before the first stated figure.
		const late = stretches({ id: 'l', start: '2003', end: '2004', strengths: [{ value: 5, from: '2003-07' }] }, END);
		expect(late.map((x) => x.kind)).toEqual(['unstated', 'stated']);
	});

	it('runs an operation without an end to the end of the chart', () => {
		const s = stretches({ id: 'u', start: '2009-01', strengths: [{ value: 2, from: '2009-01' }] }, END);
		expect(s).toHaveLength(1);
		expect(s[0]!.to).toBe(END);
	});
});

describe('layoutTimeline', () => {
	const input: LayoutInput = {
		fromYear: 1999,
		toYear: 2010,
		rows: [
			{ id: 'big', start: '2003-08-15', end: '2008-12-07', strengths: [{ value: 150, from: '2003-08-15' }] },
			{ id: 'small', start: '2009-01', strengths: [{ value: 2, from: '2009-01' }] }
		],
		band: { from: '2003-08-15', to: '2008-04-15' }
	};
	const layout = layoutTimeline(input, { width: 600, barMax: 40, minBar: 2, marginX: 0 });

	it('scales bar thickness to strength, keeping thin bars visible', () => {
		const [big, small] = layout.rows;
		expect(big!.segments[0]!.height).toBe(40);
		expect(small!.segments[0]!.height).toBe(2);
		for (const row of layout.rows) for (const s of row.segments) expect(s.y + s.height).toBe(row.baseline);
	});

	it('places bars by date on one scale, rows below one another', () => {
		const [big, small] = layout.rows;
		expect(big!.segments[0]!.x).toBeLessThan(small!.segments[0]!.x);
		expect(small!.segments[0]!.x + small!.segments[0]!.width).toBeCloseTo(600, 6);
		expect(small!.top).toBeGreaterThan(big!.baseline);
		expect(small!.open).toBe(true);
		expect(big!.open).toBe(false);
		expect(layout.height).toBeGreaterThan(small!.baseline);
	});

	it('draws the band over the rows between its dates', () => {
		const band = layout.band!;
		expect(band.x).toBeCloseTo(layout.rows[0]!.segments[0]!.x, 6);
		expect(band.y + band.height).toBeGreaterThanOrEqual(layout.rows[1]!.baseline);
		expect(band.width).toBeGreaterThan(0);
	});

	it('labels round years on the axis', () => {
		expect(layout.ticks.filter((t) => t.label).map((t) => t.label)).toEqual(['2000', '2005', '2010']);
	});
});

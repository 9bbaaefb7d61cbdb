import { describe, expect, it } from 'vitest';
import { endOf, formatDay, formatPartialDate, parsePartialDate, startOf } from './time';

describe('partial dates', () => {
	it('parses years, months and days, and rejects what is not a date', () => {
		expect(parsePartialDate('2002')).toEqual({ year: 2002, month: undefined, day: undefined });
		expect(parsePartialDate('2002-11')).toEqual({ year: 2002, month: 11, day: undefined });
		expect(parsePartialDate('2008-01-15')).toEqual({ year: 2008, month: 1, day: 15 });
		for (const bad of ['2002-13', '2009-02-30', '02-11', '2008/01/15', '', '2008-1-5']) expect(parsePartialDate(bad), bad).toBeNull();
	});

	it('spans the whole period the date names', () => {
		expect(startOf('2002-11')).toBe(Date.UTC(2002, 10, 1));
		expect(endOf('2008-03')).toBe(Date.UTC(2008, 3, 1));
		expect(endOf('2008-12-31')).toBe(Date.UTC(2009, 0, 1));
		expect(endOf('2019')).toBe(Date.UTC(2020, 0, 1));
		expect(() => startOf('March 2008')).toThrow(/Not a date/);
	});

	it('formats at the precision it is known', () => {
		expect(formatPartialDate('2008-01-15')).toBe('15 January 2008');
		expect(formatPartialDate('2002-11')).toBe('November 2002');
		expect(formatPartialDate('2019')).toBe('2019');
		expect(formatDay(Date.UTC(2008, 3, 15))).toBe('15 April 2008');
	});
});

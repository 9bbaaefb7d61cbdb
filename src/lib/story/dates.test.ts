import { describe, expect, it } from 'vitest';
import { longDate } from './dates';

describe('longDate', () => {
	it('writes an ISO date as day, month and year', () => {
		expect(longDate('2026-12-02')).toBe('2 December 2026');
		expect(longDate('1999-08-31')).toBe('31 August 1999');
	});

	it('refuses anything else', () => {
		expect(() => longDate('2026-13-01')).toThrow(/YYYY-MM-DD/);
		expect(() => longDate('2 December 2026')).toThrow(/YYYY-MM-DD/);
	});
});

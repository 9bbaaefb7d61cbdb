import { describe, expect, it } from 'vitest';
import { DEFAULT_TIMINGS, TIMING_BOUNDS, parseTimings } from './timings';

describe('parseTimings', () => {
	it('uses the defaults when no parameter is given', () => {
		expect(parseTimings('')).toEqual({ timings: DEFAULT_TIMINGS, problems: [] });
	});

	it('reads seconds, including the short values tests use', () => {
		const { timings, problems } = parseTimings('?dwell=0.5&idle=3&countdown=2');
		expect(timings).toEqual({ dwell: 0.5, idle: 3, countdown: 2 });
		expect(problems).toEqual([]);
	});

	it('accepts the bounds themselves', () => {
		const lows = new URLSearchParams({
			dwell: String(TIMING_BOUNDS.dwell[0]),
			idle: String(TIMING_BOUNDS.idle[0]),
			countdown: String(TIMING_BOUNDS.countdown[1])
		});
		expect(parseTimings(lows).timings).toEqual({
			dwell: TIMING_BOUNDS.dwell[0],
			idle: TIMING_BOUNDS.idle[0],
			countdown: TIMING_BOUNDS.countdown[1]
		});
	});

	it.each([
		['dwell', 'abc'],
		['dwell', ''],
		['dwell', '-1'],
		['dwell', '0'],
		['dwell', '0.1'],
		['idle', '1e3'],
		['idle', '0x10'],
		['idle', '99999'],
		['countdown', 'Infinity'],
		['countdown', 'NaN'],
		['countdown', '5s'],
		['countdown', '0']
	] as const)('falls back to the default for %s=%j and says why', (name, raw) => {
		const { timings, problems } = parseTimings(new URLSearchParams({ [name]: raw }));
		expect(timings[name]).toBe(DEFAULT_TIMINGS[name]);
		expect(problems).toHaveLength(1);
		expect(problems[0]).toContain(`${name}=`);
		expect(problems[0]).toContain(`default of ${DEFAULT_TIMINGS[name]} s`);
	});

	it('says which limit a number out of range breaks, and calls only other text not a number', () => {
		expect(parseTimings('idle=-5').problems).toEqual([
			`idle=-5 is below the minimum of ${TIMING_BOUNDS.idle[0]} s (idle takes ${TIMING_BOUNDS.idle[0]}–${TIMING_BOUNDS.idle[1]} s); using the default of ${DEFAULT_TIMINGS.idle} s.`
		]);
		expect(parseTimings('dwell=0.1').problems[0]).toContain(`below the minimum of ${TIMING_BOUNDS.dwell[0]} s`);
		expect(parseTimings('idle=99999').problems[0]).toContain(`idle=99999 is above the maximum of ${TIMING_BOUNDS.idle[1]} s`);
		expect(parseTimings('countdown=5s').problems[0]).toContain('countdown="5s" is not a plain number of seconds');
		expect(parseTimings('idle=-5').problems[0]).not.toContain('not a');
	});

	it('keeps the good values when another one is bad', () => {
		const { timings, problems } = parseTimings('dwell=4&idle=nope&countdown=7');
		expect(timings).toEqual({ dwell: 4, idle: DEFAULT_TIMINGS.idle, countdown: 7 });
		expect(problems).toHaveLength(1);
	});

	it('ignores parameters it does not know', () => {
		expect(parseTimings('testing&foo=1').timings).toEqual(DEFAULT_TIMINGS);
	});
});

/**
 * The kiosk's timings, read from URL parameters in seconds: `dwell` (per chapter in the attract
 * loop), `idle` (time without input before the "Still there?" countdown) and `countdown`.
 * Missing, malformed or out-of-range values fall back to the defaults, with a note saying why.
 */

export interface KioskTimings {
	/** Seconds each chapter stays on screen in the attract loop. */
	dwell: number;
	/** Seconds without input before the countdown starts. */
	idle: number;
	/** Seconds the countdown runs before the kiosk resets. */
	countdown: number;
}

export type TimingName = keyof KioskTimings;

export const DEFAULT_TIMINGS: Readonly<KioskTimings> = { dwell: 12, idle: 90, countdown: 20 };

/** Inclusive bounds: short enough for tests (half a second of dwell, a few seconds of idle), long enough for a quiet gallery. */
export const TIMING_BOUNDS: Readonly<Record<TimingName, readonly [min: number, max: number]>> = {
	dwell: [0.5, 600],
	idle: [2, 3600],
	countdown: [1, 600]
};

const NAMES: readonly TimingName[] = ['dwell', 'idle', 'countdown'];
/** A plain decimal number: "12", "0.5", ".5", "-5" (a number, if out of range). No units, exponents or hex. */
const SECONDS = /^\s*[-+]?(\d+(\.\d*)?|\.\d+)\s*$/;

export interface ParsedTimings {
	timings: KioskTimings;
	/** Why a given value was not used, one line per parameter; empty when all were fine. */
	problems: string[];
}

/** Reads the timings from a query string or URLSearchParams. */
export function parseTimings(search: string | URLSearchParams): ParsedTimings {
	const params = typeof search === 'string' ? new URLSearchParams(search) : search;
	const timings: KioskTimings = { ...DEFAULT_TIMINGS };
	const problems: string[] = [];
	for (const name of NAMES) {
		const raw = params.get(name);
		if (raw === null) continue;
		const [min, max] = TIMING_BOUNDS[name];
		const fallback = `using the default of ${DEFAULT_TIMINGS[name]} s`;
		if (!SECONDS.test(raw)) {
			problems.push(
				`${name}=${JSON.stringify(raw)} is not a plain number of seconds (digits only, such as ${DEFAULT_TIMINGS[name]}); ${fallback}.`
			);
			continue;
		}
		const value = Number(raw);
		// A number out of range: say which limit it breaks.
		if (value < min || value > max) {
			const limit = value < min ? `below the minimum of ${min} s` : `above the maximum of ${max} s`;
			problems.push(`${name}=${raw.trim()} is ${limit} (${name} takes ${min}–${max} s); ${fallback}.`);
			continue;
		}
		timings[name] = value;
	}
	return { timings, problems };
}

/**
 * Dates at the precision a source gives them: `2002` (a year), `2002-11` (a month) or
 * `2008-01-15` (a day). Pure; times are UTC milliseconds.
 */
import * as ui from '../ui/strings';

const ISO = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;
const MONTHS = ui.dates.months;

export interface PartialDate {
	year: number;
	month?: number;
	day?: number;
}

/** Parses `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; null when malformed or not a real date. */
export function parsePartialDate(iso: string): PartialDate | null {
	const m = ISO.exec(iso);
	if (!m) return null;
	const year = Number(m[1]);
	const month = m[2] === undefined ? undefined : Number(m[2]);
	const day = m[3] === undefined ? undefined : Number(m[3]);
	if (month !== undefined && (month < 1 || month > 12)) return null;
	if (day !== undefined) {
		const d = new Date(Date.UTC(year, month! - 1, day));
		if (d.getUTCDate() !== day) return null;
	}
	return { year, month, day };
}

function must(iso: string): PartialDate {
	const d = parsePartialDate(iso);
	if (!d) throw new Error(`Not a date: "${iso}" (expected YYYY, YYYY-MM or YYYY-MM-DD)`);
	return d;
}

/** The first moment of the period the date names (1 November 2002 for `2002-11`). */
export function startOf(iso: string): number {
	const { year, month, day } = must(iso);
	return Date.UTC(year, (month ?? 1) - 1, day ?? 1);
}

/** The moment just after the period the date names (1 April 2008 for `2008-03`). */
export function endOf(iso: string): number {
	const { year, month, day } = must(iso);
	if (day !== undefined) return Date.UTC(year, month! - 1, day + 1);
	if (month !== undefined) return Date.UTC(year, month, 1);
	return Date.UTC(year + 1, 0, 1);
}

/** “15 January 2008”, “November 2002” or “2002”: the date as precisely as it is known. */
export function formatPartialDate(iso: string): string {
	const { year, month, day } = must(iso);
	if (month === undefined) return String(year);
	return day === undefined ? ui.dates.month(MONTHS[month - 1]!, year) : ui.dates.day(day, MONTHS[month - 1]!, year);
}

/** “15 April 2008” for a UTC time. */
export function formatDay(t: number): string {
	const d = new Date(t);
	return ui.dates.day(d.getUTCDate(), MONTHS[d.getUTCMonth()]!, d.getUTCFullYear());
}

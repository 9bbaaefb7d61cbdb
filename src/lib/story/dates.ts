/** Dates as the page prints them. Pure; no Intl, so the server and every browser write the same words. */
import * as ui from '../ui/strings';

/** "2026-12-02" → "2 December 2026". */
export function longDate(iso: string): string {
	const [, y, m, d] = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso) ?? [];
	const month = ui.dates.months[Number(m) - 1];
	if (!y || !month) throw new Error(`Not a date written YYYY-MM-DD: ${iso}`);
	return ui.dates.day(Number(d), month, y);
}

/**
 * A kiosk set to a menu of stories (/kiosk/menu): a visitor picks a story, whose kiosk then offers
 * the way back, and an idle reset returns to the menu. The menu's choice and the kiosk's timings
 * travel in the URL. Pure.
 */

/** The query parameter that marks a story's kiosk as opened from the menu. */
export const MENU_PARAM = 'menu';
const TIMINGS = ['dwell', 'idle', 'countdown'];

/** The timings of a query string, kept as given (the kiosk checks them). */
function timingsOf(search: string): URLSearchParams {
	const from = new URLSearchParams(search);
	const out = new URLSearchParams();
	for (const name of TIMINGS) {
		const v = from.get(name);
		if (v !== null) out.set(name, v);
	}
	return out;
}

/** The menu's address, with the timings of the page it is left from. */
export function menuHref(base: string, search: string): string {
	const q = timingsOf(search).toString();
	return `${base}/kiosk/menu${q ? `?${q}` : ''}`;
}

/** A story's kiosk opened from the menu, with the menu's timings. */
export function storyKioskHref(base: string, prefix: string, search: string): string {
	const q = timingsOf(search);
	q.set(MENU_PARAM, '1');
	return `${base}/${prefix}kiosk?${q.toString()}`;
}

/** Whether a story's kiosk was opened from the menu. */
export const fromMenu = (search: string): boolean => new URLSearchParams(search).has(MENU_PARAM);

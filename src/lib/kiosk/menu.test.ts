import { describe, expect, it } from 'vitest';
import { fromMenu, menuHref, storyKioskHref } from './menu';

describe('the kiosk menu', () => {
	it('opens a story’s kiosk with the menu’s timings, marked as from the menu', () => {
		expect(storyKioskHref('', 'stories/b/', '?dwell=5&idle=30&utm=x')).toBe('/stories/b/kiosk?dwell=5&idle=30&menu=1');
		expect(storyKioskHref('/graphics', '', '')).toBe('/graphics/kiosk?menu=1');
	});

	it('goes back to the menu with the story kiosk’s timings, and only those', () => {
		expect(menuHref('', '?menu=1&dwell=5&countdown=3')).toBe('/kiosk/menu?dwell=5&countdown=3');
		expect(menuHref('/graphics', '?menu=1')).toBe('/graphics/kiosk/menu');
	});

	it('tells a kiosk opened from the menu from one set to a story', () => {
		expect(fromMenu('?menu=1&dwell=5')).toBe(true);
		expect(fromMenu('?dwell=5')).toBe(false);
	});
});

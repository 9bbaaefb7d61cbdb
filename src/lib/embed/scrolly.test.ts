import { describe, expect, it } from 'vitest';
import { activeSection, holdViewport, scrollyMapHeight, stickyOffset } from './scrolly';
import type { ViewportPosition } from './protocol';

/** The host's viewport is 800 px tall; the iframe's top is at `top` in it. */
const at = (top: number): ViewportPosition => ({ viewportWidth: 1000, viewportHeight: 800, top, left: 0, bottom: top + 5000, right: 640 });

describe('stickyOffset', () => {
	it('keeps the map at the top of the host’s viewport while its container passes', () => {
		// The container starts 300 px into the iframe and is 4,000 px tall; the map 336 px.
		expect(stickyOffset(at(100), 300, 4000, 336)).toBe(0);
		expect(stickyOffset(at(-300), 300, 4000, 336)).toBe(0);
		expect(stickyOffset(at(-1300), 300, 4000, 336)).toBe(1000);
		expect(stickyOffset(at(-9000), 300, 4000, 336)).toBe(4000 - 336);
	});
});

describe('activeSection', () => {
	const sections = [
		{ id: 'a', top: 300, bottom: 1300 },
		{ id: 'b', top: 1300, bottom: 2300 },
		{ id: 'c', top: 2300, bottom: 3300 }
	];

	it('picks the section crossing the reading line below the map', () => {
		const map = scrollyMapHeight(at(0));
		expect(map).toBe(336);
		// The line sits at 336 + 0.4 * 464 ≈ 522 px down the host’s viewport.
		expect(activeSection(at(0), sections, map)).toBe('a');
		expect(activeSection(at(-700), sections, map)).toBe('a');
		expect(activeSection(at(-800), sections, map)).toBe('b');
		expect(activeSection(at(-2000), sections, map)).toBe('c');
		expect(activeSection(at(-9000), sections, map)).toBe('c');
	});
});

describe('scrollyMapHeight', () => {
	it('takes less of a phone’s screen than of a desktop’s', () => {
		const phone = { ...at(0), viewportWidth: 390, viewportHeight: 844 };
		expect(scrollyMapHeight(phone)).toBe(253);
		expect(scrollyMapHeight(phone) / phone.viewportHeight).toBeLessThan(0.32);
		expect(scrollyMapHeight({ ...at(0), viewportHeight: 2000 })).toBe(460);
		expect(scrollyMapHeight({ ...phone, viewportHeight: 300 })).toBe(140);
	});
});

describe('holdViewport', () => {
	const sized = (viewportWidth: number, viewportHeight: number): ViewportPosition => ({ ...at(0), viewportWidth, viewportHeight });

	it('holds the height while a phone’s address bar comes and goes, and takes a new width or a real resize', () => {
		const first = holdViewport(null, sized(390, 700));
		expect(first).toEqual({ width: 390, height: 700 });
		// The address bar hides: 56 px taller, the same layout.
		expect(holdViewport(first, sized(390, 756))).toBe(first);
		// Turned to landscape, or a window resized by more than a quarter: laid out anew.
		expect(holdViewport(first, sized(844, 390))).toEqual({ width: 844, height: 390 });
		expect(holdViewport(first, sized(390, 1000))).toEqual({ width: 390, height: 1000 });
	});

	it('keeps what it has while the host says nothing', () => {
		expect(holdViewport(null, null)).toBeNull();
		const held = { width: 390, height: 700 };
		expect(holdViewport(held, null)).toBe(held);
	});
});

/**
 * The whole story with the keyboard alone: the skip link, a Tab walk through every control
 * (each one visibly focused and not hidden under anything, nothing trapping focus), places
 * opened with Enter and Space and closed with Escape, the chapter navigation's keys with the map
 * following, Page Down on the page, and the map's own keys in explore mode.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { story } from './helpers/stories';
import { expectClean, launch, openPage, waitForMapOn, type Watched } from './helpers/browser';
import { activeChapter, readCanvas, thumbDifference } from './helpers/story';
import { citationName } from '$lib/story/cite';

const baseURL = inject('baseURL');
/** Polls wait for state, not time; a busy two-core machine can be slow to get there. */
const SLOW = { timeout: 15_000 };
const chapterIds = story.chapters.map((c) => c.id);

interface Stop {
	/** What has focus: tag, and its place, link or text. */
	what: string;
	place: string | null;
	href: string | null;
	/** Visibly focused: a focus-visible outline of 2 px or more. */
	outlined: boolean;
	/** On screen and not covered by another element (WCAG 2.4.11). */
	unobscured: boolean;
}

/** Reads the focused element; null when focus is on the page itself. */
function focused(page: Page): Promise<Stop | null> {
	return page.evaluate(async () => {
		// Read after the next frame, once the focus styles and any scroll into view have applied.
		await new Promise(requestAnimationFrame);
		const el = document.activeElement as HTMLElement | null;
		if (!el || el === document.body || el === document.documentElement) return null;
		const cs = getComputedStyle(el);
		const outlined = el.matches(':focus-visible') && cs.outlineStyle !== 'none' && parseFloat(cs.outlineWidth) >= 2;
		// The first line's box: the middle of a link that wraps can fall between its two lines.
		const r = el.getClientRects()[0] ?? el.getBoundingClientRect();
		const onScreen = r.bottom > 0 && r.top < innerHeight && r.right > 0 && r.left < innerWidth && r.width > 0;
		// Not entirely hidden (WCAG 2.4.11): its middle or one of its corners is on top. (The
		// timeline's 2003–2008 band lies behind the bars by design, its corners stay clear.)
		const points = [
			[0.5, 0.5],
			[0.1, 0.1],
			[0.9, 0.1],
			[0.1, 0.9],
			[0.9, 0.9]
		].map(([fx, fy]) => [
			Math.min(innerWidth - 1, Math.max(0, r.left + r.width * fx!)),
			Math.min(innerHeight - 1, Math.max(0, r.top + r.height * fy!))
		]);
		const unobscured =
			onScreen &&
			points.some(([x, y]) => {
				const hit = document.elementFromPoint(x!, y!);
				return !!hit && (el === hit || el.contains(hit));
			});
		return {
			what: `${el.tagName.toLowerCase()} ${el.getAttribute('data-place') ?? el.getAttribute('href') ?? el.getAttribute('aria-label') ?? el.textContent?.trim().slice(0, 40)}`,
			place: el.classList.contains('place-button') ? el.getAttribute('data-place') : null,
			href: el.closest('nav[aria-label="Chapters"]') ? el.getAttribute('href') : null,
			outlined,
			unobscured
		};
	});
}

/** Presses Tab until the focused element matches, at most `max` times. */
async function tabTo(page: Page, matches: (s: Stop | null) => boolean, max = 400): Promise<Stop> {
	for (let i = 0; i < max; i++) {
		await page.keyboard.press('Tab');
		const stop = await focused(page);
		if (matches(stop)) return stop!;
	}
	throw new Error('Tab never reached the element');
}

/** Presses a key that scrolls the page and waits until that scroll has ended. */
async function pressAndScroll(page: Page, key: string): Promise<void> {
	await page.evaluate(() => {
		const w = window as unknown as { scrolled?: Promise<void> };
		w.scrolled = new Promise((resolve) => addEventListener('scrollend', () => resolve(), { once: true }));
	});
	await page.keyboard.press(key);
	await page.evaluate(() => (window as unknown as { scrolled?: Promise<void> }).scrolled);
}

const focusedHref = (page: Page) => page.evaluate(() => document.activeElement?.getAttribute('href'));

let browser: Browser;
let w: Watched;

beforeAll(async () => {
	browser = await launch();
});

afterAll(async () => {
	await browser?.close();
});

describe('the keyboard alone', () => {
	beforeAll(async () => {
		w = await openPage(browser, { reducedMotion: 'reduce' });
		await w.page.goto(`${baseURL}/?testing`);
		await waitForMapOn(w.page, 'intro');
	});

	afterAll(async () => {
		await w?.context.close();
	});

	it('starts with a visible skip link that moves focus to the story', async () => {
		const { page } = w;
		await page.keyboard.press('Tab');
		const skip = await focused(page);
		expect(skip?.what).toBe('a #story');
		expect(skip?.outlined && skip.unobscured).toBe(true);
		await page.keyboard.press('Enter');
		await expect.poll(() => page.evaluate(() => document.activeElement?.id), SLOW).toBe('story');
	});

	it('tabs through every chapter, place and control, each visibly focused, and out of the page at the end', async () => {
		const { page } = w;
		// From the top of a fresh page.
		await page.goto(`${baseURL}/?testing`);
		await waitForMapOn(page, 'intro');
		const stops: Stop[] = [];
		for (let i = 0; i < 800; i++) {
			await page.keyboard.press('Tab');
			const stop = await focused(page);
			// Focus left the document (to the browser) or came back round to the start: not trapped.
			if (!stop || (stops.length > 0 && stop.what === stops[0]!.what)) break;
			stops.push(stop);
		}
		expect(stops.length).toBeGreaterThan(50);
		expect(stops.length, 'focus never left the page: trapped').toBeLessThan(800);
		const hidden = stops.filter((s) => !s.outlined || !s.unobscured).map((s) => s.what);
		expect(hidden, 'focused but not visibly').toEqual([]);
		const navLinks = stops.map((s) => s.href).filter(Boolean);
		expect(navLinks).toEqual(chapterIds.map((id) => `#${id}`));
		const places = new Set(stops.map((s) => s.place).filter(Boolean));
		for (const id of story.chapters.flatMap((c) => c.places)) expect(places, id).toContain(id);
	});

	it('moves between chapters with the arrow keys, Page Down, Page Up, Home and End on the navigation', async () => {
		const { page } = w;
		await tabTo(page, (s) => s?.href === '#intro');
		const steps: [string, string][] = [
			['PageDown', 'founding'],
			['ArrowRight', 'kosovo'],
			['PageDown', 'isaf'],
			['PageUp', 'kosovo'],
			['ArrowLeft', 'founding'],
			['End', chapterIds.at(-1)!],
			['Home', 'intro']
		];
		for (const [key, id] of steps) {
			await page.keyboard.press(key);
			expect(await focusedHref(page), key).toBe(`#${id}`);
			await expect.poll(() => activeChapter(page), { message: key, ...SLOW }).toBe(id);
			await waitForMapOn(page, id);
			if (key !== 'End') continue;
			// Moving focus along the navigation with Tab leaves the page where it is.
			const y = await page.evaluate(() => scrollY);
			await page.keyboard.press('Shift+Tab');
			expect(await focusedHref(page)).toBe(`#${chapterIds.at(-2)}`);
			await page.evaluate(() => new Promise(requestAnimationFrame));
			expect(await page.evaluate(() => scrollY)).toBe(y);
			expect(await activeChapter(page)).toBe(id);
			await page.keyboard.press('Tab');
		}
	});

	it('opens a place with Enter and another with Space; Escape closes it and gives focus back', async () => {
		const { page } = w;
		await tabTo(page, (s) => s?.href === '#kosovo');
		// Following the link starts the Tab order at the chapter.
		await page.keyboard.press('Enter');
		await expect.poll(() => activeChapter(page), SLOW).toBe('kosovo');
		const first = await tabTo(page, (s) => s?.place !== null, 60);
		expect(story.chapters.find((c) => c.id === 'kosovo')!.places).toContain(first.place);

		for (const key of ['Enter', ' ']) {
			const place = (await focused(page))!.place!;
			await page.keyboard.press(key);
			const dialog = page.getByRole('dialog', { name: story.places.get(place)!.name });
			await expect.poll(() => dialog.isVisible(), { message: `${key} opens ${place}`, ...SLOW }).toBe(true);
			await expect.poll(() => page.evaluate(() => !!document.activeElement?.closest('[role="dialog"]')), SLOW).toBe(true);
			// Non-modal: Tab goes on to the close button and the place's link.
			await page.keyboard.press('Tab');
			expect((await focused(page))?.what).toMatch(/^button/);
			await page.keyboard.press('Escape');
			await expect.poll(() => dialog.count(), SLOW).toBe(0);
			expect((await focused(page))?.place).toBe(place);
			if (key === 'Enter') await tabTo(page, (s) => s?.place !== null, 60);
		}
	});

	it('scrolls from chapter to chapter with Page Down and Page Up on the page, and the map follows', async () => {
		const { page } = w;
		// Focus is on a place button, which leaves Page Down and Page Up to the page.
		expect((await focused(page))?.place).toBeTruthy();
		const start = (await activeChapter(page))!;
		const next = chapterIds[chapterIds.indexOf(start as (typeof chapterIds)[number]) + 1]!;
		for (let i = 0; i < 12 && (await activeChapter(page)) === start; i++) await pressAndScroll(page, 'PageDown');
		await expect.poll(() => activeChapter(page), SLOW).toBe(next);
		await waitForMapOn(page, next);
		for (let i = 0; i < 12 && (await activeChapter(page)) === next; i++) await pressAndScroll(page, 'PageUp');
		await expect.poll(() => activeChapter(page), SLOW).toBe(start);
		await waitForMapOn(page, start);
	});

	it('explores the map with its own keys, tabs on to its controls, and Escape goes back', async () => {
		const { page } = w;
		const explore = await tabTo(page, (s) => s?.what === 'button Explore the map');
		expect(explore.outlined).toBe(true);
		const chapter = (await activeChapter(page))!;
		await waitForMapOn(page, chapter);
		await page.keyboard.press('Enter');
		await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('role')), SLOW).toBe('application');
		const canvas = await focused(page);
		expect(canvas?.outlined && canvas.unobscured).toBe(true);
		const before = await readCanvas(page);
		for (const key of ['=', '=', 'ArrowRight', 'ArrowDown']) await page.keyboard.press(key);
		await expect.poll(async () => thumbDifference(before.thumb, (await readCanvas(page)).thumb), SLOW).toBeGreaterThan(2);
		// Focus is not held by the map: Tab goes on (past the markers still in view) to the zoom
		// buttons, each stop visible.
		const passed: Stop[] = [];
		await tabTo(
			page,
			(s) => {
				if (s) passed.push(s);
				return s?.what === 'button Zoom in';
			},
			20
		);
		expect(passed.filter((s) => !s.outlined || !s.unobscured).map((s) => s.what)).toEqual([]);
		await page.keyboard.press('Escape');
		await expect.poll(() => page.evaluate(() => document.activeElement?.textContent?.trim()), SLOW).toBe('Explore the map');
		await waitForMapOn(page, chapter);
		expect(w.pageErrors).toEqual([]);
		expect(w.consoleErrors).toEqual([]);
		expect(w.foreignRequests).toEqual([]);
	});
});

describe('citations', () => {
	let c: Watched;

	beforeAll(async () => {
		c = await openPage(browser, { reducedMotion: 'reduce' });
		await c.page.goto(`${baseURL}/?testing`);
	});

	afterAll(async () => {
		await c?.context.close();
	});

	it('are each named for the source they lead to, from the content data', async () => {
		const cites = await c.page.$$eval('a.cite', (as) =>
			as.map((a) => ({
				href: a.getAttribute('href')!,
				// The accessible name: the link's text without what is hidden from assistive technology.
				name: [...a.childNodes]
					.filter((n) => !(n instanceof Element && n.getAttribute('aria-hidden') === 'true'))
					.map((n) => n.textContent)
					.join('')
					.trim()
			}))
		);
		expect(cites.length).toBeGreaterThan(50);
		for (const { href, name } of cites) {
			const source = story.sources.get(href.replace(/^#note-/, ''));
			expect(source, href).toBeDefined();
			expect(name, href).toBe(citationName(source!, story.documentKind));
		}
		// Links to different notes have different names (WCAG 2.4.4).
		const namesByHref = new Map(cites.map((x) => [x.href, x.name]));
		expect(new Set(namesByHref.values()).size).toBe(namesByHref.size);
	});

	it("are passed in a few key presses: to a chapter's places, and on to the next chapter", async () => {
		const { page } = c;
		await tabTo(page, (s) => s?.href === '#kosovo');
		await page.keyboard.press('Enter');
		await expect.poll(() => activeChapter(page), SLOW).toBe('kosovo');
		// Tab, Enter, Tab: the chapter's first place, past its citations.
		const skip = await tabTo(page, () => true, 1);
		expect(skip.what).toBe('a #kosovo-places');
		expect(skip.outlined && skip.unobscured, 'the skip link shows when focused').toBe(true);
		await page.keyboard.press('Enter');
		const first = await tabTo(page, () => true, 1);
		expect(first.place).toBe(story.chapters.find((ch) => ch.id === 'kosovo')!.places[0]);

		// From the chapter's top, its second skip link goes to the next chapter.
		await tabTo(page, (s) => s?.href === '#kosovo');
		await page.keyboard.press('Enter');
		await tabTo(page, () => true, 1);
		const next = await tabTo(page, () => true, 1);
		expect(next.what).toBe('a #isaf');
		expect(next.outlined && next.unobscured).toBe(true);
		await page.keyboard.press('Enter');
		await expect.poll(() => activeChapter(page), SLOW).toBe('isaf');
		expect((await tabTo(page, () => true, 1)).what).toBe('a #isaf-places');
		expectClean(c);
	});
});

/** The story's marker labels as drawn: each shown marker's name, where it sits and where its label went. */
function markerLabels(page: Page) {
	return page.evaluate(() =>
		[...document.querySelectorAll<HTMLElement>('.map-figure .story-marker-root')]
			.filter((m) => !m.hidden && m.style.visibility !== 'hidden')
			.map((m) => ({
				name: m.textContent?.trim(),
				at: m.style.transform,
				label: `${m.style.getPropertyValue('--label-x')} ${m.style.getPropertyValue('--label-y')}`,
				// Labels are hidden (faded out) while the camera moves and shown where it stops.
				moving: m.classList.contains('is-moving')
			}))
	);
}

/** Reads the canvas until two readings a few frames apart agree (label fades over), and returns it. */
async function stableCanvas(page: Page): Promise<number[]> {
	let last = (await readCanvas(page)).thumb;
	for (let i = 0; i < 40; i++) {
		await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
		const now = (await readCanvas(page)).thumb;
		if (thumbDifference(last, now) < 0.05) return now;
		last = now;
	}
	throw new Error('the map never stopped changing');
}

describe("a chapter reached with the chapter bar's keys", () => {
	it('is drawn as it is when linked to directly: labels placed and shown, the same names on the map', async () => {
		const target = 'unmiss';
		// Reference: the chapter opened from a link (/#unmiss).
		const direct = await openPage(browser);
		await direct.page.goto(`${baseURL}/?testing#${target}`);
		await waitForMapOn(direct.page, target);
		const want = await markerLabels(direct.page);
		const wantCanvas = await stableCanvas(direct.page);
		await direct.context.close();
		expect(want.length).toBeGreaterThan(2);
		expect(
			want.filter((m) => m.moving),
			'labels hidden on arrival'
		).toEqual([]);

		// A keyboard reader: from the top, the map started on the first chapter, then the arrow
		// keys step along the chapter bar, each flight cut short by the next press.
		const keys = await openPage(browser);
		const { page } = keys;
		await page.goto(`${baseURL}/?testing`);
		await waitForMapOn(page, 'intro');
		await tabTo(page, (s) => s?.href === '#intro');
		const steps = chapterIds.indexOf(target);
		for (let i = 0; i < steps; i++) {
			await page.keyboard.press('ArrowRight');
			// Wait for the chapter to be the current one, not for its map: the next press interrupts it.
			await expect.poll(() => activeChapter(page), SLOW).toBe(chapterIds[i + 1]);
		}
		await waitForMapOn(page, target);
		expect(await markerLabels(page)).toEqual(want);
		expect(thumbDifference(await stableCanvas(page), wantCanvas), 'the map as drawn (basemap names too)').toBeLessThan(1);
		expectClean(keys);
		await keys.context.close();
	});
});

/**
 * Layout on phones, with large text and on a desktop, read as a reader would (issue 12, item 6):
 * the map's caption is never a box cut through a line and leaves the map visible; a 390 px
 * page at 200% text does not scroll sideways; at 320 px no two controls overlap; the timeline
 * fits or is a named, keyboard-scrollable region that shows it scrolls. And without JavaScript
 * the places of a chapter are links to their pages (item 8).
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { story } from './helpers/stories';
import { captionParts } from '$lib/story/caption';
import { launch, openPage, waitForMapOn, expectClean } from './helpers/browser';
import { activeChapter } from './helpers/story';

const baseURL = inject('baseURL');
const chapterIds = story.chapters.map((c) => c.id);
const SLOW = { timeout: 15_000 };

const PHONE: BrowserContextOptions = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, reducedMotion: 'reduce' };
const SMALL: BrowserContextOptions = { viewport: { width: 320, height: 640 }, isMobile: true, hasTouch: true, reducedMotion: 'reduce' };
const DESKTOP: BrowserContextOptions = { viewport: { width: 1280, height: 800 }, reducedMotion: 'reduce' };

let browser: Browser;

beforeAll(async () => {
	browser = await launch();
});

afterAll(async () => {
	await browser?.close();
});

/**
 * Goes to a chapter from the chapter strip, as a reader would, and waits for its caption. The
 * layout read here is the page's, not the map's: the map need not have arrived (maps.test.ts
 * reads that).
 */
async function goToChapter(page: Page, id: string): Promise<void> {
	if ((await activeChapter(page)) !== id) {
		await page.locator(`nav[aria-label="Chapters"] a[href="#${id}"]`).click();
		await expect.poll(() => activeChapter(page), { message: id, ...SLOW }).toBe(id);
	}
	const lead = captionParts(story.chapters.find((c) => c.id === id)!.caption).lead;
	await expect.poll(() => page.textContent('.map-figure__caption'), SLOW).toContain(lead);
}

interface CaptionReading {
	/** Its box is shorter than its text: cut through a line (or scrolled). */
	cut: boolean;
	/** Share of the map's height that the caption covers. */
	share: number;
	/** The More/Less button's state, or null when there is none. */
	expanded: string | null;
	/** Whether the sentences after the first are drawn (more than a clipped pixel). */
	restShown: boolean | null;
}

function readCaption(page: Page): Promise<CaptionReading> {
	return page.evaluate(() => {
		const cap = document.querySelector<HTMLElement>('.map-figure__caption')!;
		const fig = document.querySelector<HTMLElement>('.map-figure')!;
		const more = document.querySelector('.map-figure__caption-more');
		const rest = cap.querySelector('.map-figure__caption-rest');
		const box = rest?.getBoundingClientRect();
		return {
			cut: cap.scrollHeight > cap.clientHeight + 1,
			share: cap.getBoundingClientRect().height / fig.getBoundingClientRect().height,
			expanded: more?.getAttribute('aria-expanded') ?? null,
			restShown: box ? box.width > 2 && box.height > 2 : null
		};
	});
}

/** Sets the text size the way a reader's browser setting does: the root font size. */
const largeText = (page: Page) => page.evaluate(() => (document.documentElement.style.fontSize = '200%'));

describe('the map caption', () => {
	for (const [name, options, maxShare] of [
		['on a 390 px phone', PHONE, 0.3],
		['on a 320 px phone', SMALL, 0.35],
		['on a desktop', DESKTOP, 0.25]
	] as const) {
		it(`${name}, reads whole in every chapter and leaves the map visible`, async () => {
			const w = await openPage(browser, options);
			const { page } = w;
			await page.goto(`${baseURL}/?testing`);
			await waitForMapOn(page, 'intro');
			for (const id of chapterIds) {
				await goToChapter(page, id);
				const c = await readCaption(page);
				const multi = captionParts(story.chapters.find((ch) => ch.id === id)!.caption).rest !== '';
				expect(c.cut, `${id}: caption cut`).toBe(false);
				expect(c.share, `${id}: caption covers ${Math.round(c.share * 100)}% of the map`).toBeLessThanOrEqual(maxShare);
				// A longer caption folds to its first sentence, with a control to unfold the rest.
				expect(c.expanded, id).toBe(multi ? 'false' : null);
				if (multi) expect(c.restShown, id).toBe(false);
			}
			expectClean(w);
			await w.context.close();
		});
	}

	it('on a desktop at 200% text, still leaves most of the map visible', async () => {
		const w = await openPage(browser, DESKTOP);
		const { page } = w;
		await page.goto(`${baseURL}/?testing`);
		await waitForMapOn(page, 'intro');
		await largeText(page);
		for (const id of chapterIds) {
			await goToChapter(page, id);
			const c = await readCaption(page);
			expect(c.cut, `${id}: caption cut`).toBe(false);
			expect(c.share, `${id}: caption covers ${Math.round(c.share * 100)}% of the map`).toBeLessThanOrEqual(0.5);
		}
		await w.context.close();
	});

	for (const [name, options] of [
		['on a phone', PHONE],
		['on a desktop', DESKTOP]
	] as const) {
		it(`${name}, unfolds the whole caption with its button and folds it again; the live region keeps the whole text`, async () => {
			const w = await openPage(browser, options);
			const { page } = w;
			await page.goto(`${baseURL}/?testing#kosovo`);
			await waitForMapOn(page, 'kosovo');
			const caption = story.chapters.find((c) => c.id === 'kosovo')!.caption;
			// Folded, a screen reader still gets every sentence: the region and the figure's name.
			expect(await page.getAttribute('.map-figure__caption', 'aria-live')).toBe('polite');
			expect(await page.getByRole('figure', { name: caption }).count()).toBe(1);
			if (options.isMobile) {
				// On a phone the caption shows between the text cards: scroll the card up past it.
				await page.evaluate(() => {
					const card = document.querySelector('#kosovo .chapter__card')!.getBoundingClientRect();
					const nav = document.querySelector('.chapter-nav')!.getBoundingClientRect();
					scrollBy({ top: card.bottom - nav.bottom, behavior: 'instant' });
				});
				expect(await activeChapter(page)).toBe('kosovo');
			}
			const more = page.locator('.map-figure__caption-more');
			await (options.isMobile ? more.tap() : more.click());
			await expect.poll(() => more.getAttribute('aria-expanded')).toBe('true');
			const open = await readCaption(page);
			expect(open.restShown).toBe(true);
			// Unfolded, it shows whole, or scrolls within its box if it is taller than the map allows.
			const scrollable = await page.$eval('.map-figure__caption', (el) => getComputedStyle(el).overflowY === 'auto');
			expect(!open.cut || scrollable).toBe(true);
			expect((await page.textContent('.map-figure__caption-text'))!.replace(/\s+/g, ' ')).toBe(caption.replace(/\s+/g, ' '));
			// It stays unfolded on the next chapter, until folded again.
			await goToChapter(page, 'isaf');
			expect(await more.getAttribute('aria-expanded')).toBe('true');
			await more.focus();
			await page.keyboard.press('Enter');
			await expect.poll(() => more.getAttribute('aria-expanded')).toBe('false');
			expect((await readCaption(page)).restShown).toBe(false);
			expectClean(w);
			await w.context.close();
		});
	}
});

describe('text at 200% on a phone', () => {
	for (const [name, options] of [
		['390 px', PHONE],
		['320 px', SMALL]
	] as const) {
		it(`at ${name}, no chapter makes the page scroll sideways`, async () => {
			const w = await openPage(browser, options);
			const { page } = w;
			await page.goto(`${baseURL}/?testing`);
			await waitForMapOn(page, 'intro');
			await largeText(page);
			const width = options.viewport!.width;
			const wide = () =>
				page.evaluate(() => ({
					page: document.documentElement.scrollWidth,
					viewport: innerWidth,
					// What sticks out, for the message.
					culprits: [...document.querySelectorAll('body *')]
						.filter((el) => {
							if (el.getBoundingClientRect().right <= innerWidth + 1) return false;
							for (let p = el.parentElement; p && p !== document.body; p = p.parentElement)
								if (getComputedStyle(p).overflowX !== 'visible') return false;
							return true;
						})
						.slice(0, 5)
						.map((el) => `${el.tagName.toLowerCase()}.${el.getAttribute('class')}`)
				}));
			expect((await wide()).viewport).toBe(width);
			// "Explore the map" wraps within the chapter strip, not below it.
			await expect.poll(() => page.locator('.explore-fab').isEnabled(), SLOW).toBe(true);
			const fab = (await page.locator('.explore-fab').boundingBox())!;
			const strip = (await page.locator('.chapter-nav').boundingBox())!;
			expect(fab.y + fab.height).toBeLessThanOrEqual(strip.y + strip.height);
			expect(fab.x + fab.width).toBeLessThanOrEqual(width);
			for (const id of chapterIds) {
				await goToChapter(page, id);
				const found = await wide();
				expect(found.page, `${id}: ${found.culprits.join(', ')}`).toBeLessThanOrEqual(found.viewport);
				const c = await readCaption(page);
				expect(c.cut, `${id}: caption cut`).toBe(false);
			}
			// The sources and notes at the end too.
			await page.locator('#sources').scrollIntoViewIfNeeded();
			const end = await wide();
			expect(end.page, end.culprits.join(', ')).toBeLessThanOrEqual(end.viewport);
			await w.context.close();
		});
	}
});

describe('at 320 px', () => {
	it('no two controls overlap anywhere on the page, and Explore the map covers nothing', async () => {
		const w = await openPage(browser, SMALL);
		const { page } = w;
		await page.goto(`${baseURL}/?testing`);
		await waitForMapOn(page, 'intro');
		await expect.poll(() => page.locator('.explore-fab').isEnabled(), SLOW).toBe(true);
		const overlaps = () =>
			page.evaluate(() => {
				const nav = document.querySelector('.chapter-nav')!.getBoundingClientRect();
				const sel = 'a[href], button, summary, input, select, [tabindex="0"]';
				const name = (el: Element) =>
					`${el.tagName.toLowerCase()} "${(el.getAttribute('aria-label') ?? el.textContent ?? '').trim().slice(0, 30)}"`;
				// The page's own controls: the strip's and the floating one everywhere; those in the
				// story's flow where they are in view below the sticky strip (content passes under the
				// strip by design, and the map, with its markers, lies under the text cards).
				const fixed = (el: Element) => !!el.closest('.chapter-nav, .explore-fab');
				const controls = [...document.querySelectorAll<HTMLElement>(sel)].filter((el) => {
					// (The timeline's bars are a chart, drawn over its 2003–2008 band by design.)
					if (!el.checkVisibility({ visibilityProperty: true }) || el.closest('.visually-hidden, .scrolly__map, .skip-link, svg'))
						return false;
					const r = el.getBoundingClientRect();
					if (r.width < 1 || r.height < 1) return false;
					if (fixed(el)) return r.right > 0 && r.left < innerWidth;
					return r.top >= nav.bottom && r.bottom <= innerHeight && r.right > 0 && r.left < innerWidth;
				});
				// The chapter links visible in the strip: the part of each inside the strip's scroller.
				const strip = document.querySelector('.chapter-nav ol')!.getBoundingClientRect();
				const rects = controls.map((el) =>
					[...el.getClientRects()].map((r) =>
						el.closest('.chapter-nav')
							? { left: Math.max(r.left, strip.left), right: Math.min(r.right, strip.right), top: r.top, bottom: r.bottom }
							: r
					)
				);
				const found: string[] = [];
				for (let i = 0; i < controls.length; i++) {
					for (let j = i + 1; j < controls.length; j++) {
						const [a, b] = [controls[i]!, controls[j]!];
						if (a.contains(b) || b.contains(a)) continue;
						const hit = rects[i]!.some((ra) =>
							rects[j]!.some((rb) => {
								const dx = Math.min(ra.right, rb.right) - Math.max(ra.left, rb.left);
								const dy = Math.min(ra.bottom, rb.bottom) - Math.max(ra.top, rb.top);
								return dx > 1 && dy > 1;
							})
						);
						if (hit) found.push(`${name(a)} and ${name(b)}`);
					}
				}
				return { found, count: controls.length };
			});
		// The first screen: "Reduce motion" and "Explore the map" are both there, apart.
		const first = await overlaps();
		expect(first.found).toEqual([]);
		const toggle = (await page.getByRole('button', { name: 'Reduce motion' }).boundingBox())!;
		const fab = (await page.locator('.explore-fab').boundingBox())!;
		expect(toggle.y + toggle.height).toBeLessThanOrEqual(640);
		expect(fab.y + fab.height, 'Explore the map within the chapter strip').toBeLessThanOrEqual(
			(await page.locator('.chapter-nav').boundingBox())!.height + 1
		);
		// Then screen by screen to the end of the page.
		let checked = 0;
		let screens = 0;
		for (;;) {
			const { y, max } = await page.evaluate(() => ({ y: scrollY, max: document.documentElement.scrollHeight - innerHeight }));
			if (y >= max - 1) break;
			await page.evaluate(() => scrollBy({ top: innerHeight * 0.7, behavior: 'instant' }));
			await page.evaluate(() => new Promise(requestAnimationFrame));
			const { found, count } = await overlaps();
			expect(found, `at scrollY ${await page.evaluate(() => scrollY)}`).toEqual([]);
			checked += count;
			screens++;
		}
		expect(screens).toBeGreaterThan(20);
		expect(checked).toBeGreaterThan(200);
		expectClean(w);
		await w.context.close();
	});
});

describe('the timeline on a phone', () => {
	for (const [name, options] of [
		['390 px', PHONE],
		['320 px', SMALL]
	] as const) {
		it(`at ${name}, fits or is a named region that scrolls sideways with the keyboard, and shows that it does`, async () => {
			const w = await openPage(browser, options);
			const { page } = w;
			await page.goto(`${baseURL}/?testing#legacy`);
			await waitForMapOn(page, 'legacy');
			const chart = page.locator('#legacy .timeline__chart');
			await chart.scrollIntoViewIfNeeded();
			// Hydrated (it measures itself): a key pressed while hydration redraws the chart is lost.
			await page.locator('#legacy .timeline__hint[data-measured]').waitFor({ state: 'attached' });
			const read = () =>
				chart.evaluate((el) => {
					const scroller = el.parentElement!;
					const hint = el.closest('figure')!.querySelector('.timeline__hint') as HTMLElement;
					return {
						fits: el.scrollWidth <= el.clientWidth + 1,
						scrollLeft: el.scrollLeft,
						role: el.getAttribute('role'),
						label: el.getAttribute('aria-label'),
						tabindex: el.getAttribute('tabindex'),
						hint: hint.checkVisibility() ? hint.textContent!.trim() : null,
						fadeRight: getComputedStyle(scroller, '::after').opacity,
						fadeLeft: getComputedStyle(scroller, '::before').opacity
					};
				});
			const before = await read();
			if (before.fits) {
				expect(before.hint).toBeNull();
			} else {
				expect(before.role).toBe('region');
				expect(before.label).toMatch(/scrolls sideways/);
				expect(before.tabindex).toBe('0');
				expect(before.hint).toMatch(/scrolls sideways/);
				expect(before.fadeRight).toBe('1');
				expect(before.fadeLeft).toBe('0');
				expect(await page.getByRole('region', { name: before.label! }).count()).toBe(1);
				await chart.focus();
				expect(await chart.evaluate((el) => el.matches(':focus-visible') || getComputedStyle(el).outlineStyle !== 'none')).toBe(true);
				// The arrow keys scroll it, to its end, where the fade moves to the other side.
				const focusedChart = () => chart.evaluate((el) => document.activeElement === el);
				expect(await focusedChart()).toBe(true);
				await page.keyboard.press('ArrowRight');
				await expect.poll(async () => (await read()).scrollLeft, SLOW).toBeGreaterThan(20);
				await expect.poll(async () => (await read()).fadeLeft, SLOW).toBe('1');
				// On to its end, where the right-hand fade goes.
				await expect
					.poll(async () => {
						await page.keyboard.press('ArrowRight');
						return (await read()).fadeRight;
					}, SLOW)
					.toBe('0');
				expect(await focusedChart()).toBe(true);
			}
			// The page itself never scrolls sideways for it.
			expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(options.viewport!.width);
			expectClean(w);
			await w.context.close();
		});
	}

	it('at 320 px it does not fit, so the scrolling is what is tested there', async () => {
		const w = await openPage(browser, SMALL);
		await w.page.goto(`${baseURL}/#legacy`);
		const fits = await w.page.$eval('#legacy .timeline__chart', (el) => el.scrollWidth <= el.clientWidth + 1);
		expect(fits).toBe(false);
		await w.context.close();
	});

	it('without JavaScript, still shows the hint and the fade on a phone', async () => {
		const w = await openPage(browser, { ...SMALL, javaScriptEnabled: false });
		const { page } = w;
		await page.goto(`${baseURL}/#legacy`);
		const chart = page.locator('#legacy .timeline__chart');
		expect(await chart.getAttribute('role')).toBe('region');
		expect(await chart.getAttribute('tabindex')).toBe('0');
		expect(await page.locator('#legacy .timeline__hint').isVisible()).toBe(true);
		expect(await chart.evaluate((el) => getComputedStyle(el.parentElement!, '::after').opacity)).toBe('1');
		await w.context.close();
	});

	it('on a desktop, fits: no hint, no fade, no extra tab stop', async () => {
		const w = await openPage(browser, DESKTOP);
		const { page } = w;
		await page.goto(`${baseURL}/#legacy`);
		const chart = page.locator('#legacy .timeline__chart');
		await expect.poll(() => chart.getAttribute('tabindex'), SLOW).toBeNull();
		expect(await chart.getAttribute('role')).toBeNull();
		expect(await chart.evaluate((el) => el.scrollWidth <= el.clientWidth + 1)).toBe(true);
		expect(await page.locator('#legacy .timeline__hint').isVisible()).toBe(false);
		await w.context.close();
	});
});

describe('without JavaScript', () => {
	it('a chapter’s places and an embed card’s are links to their pages, which exist', async () => {
		const w = await openPage(browser, { ...PHONE, javaScriptEnabled: false });
		const { page } = w;
		for (const [url, scope, target] of [
			['/', '#isaf .chapter__places', null],
			['/embed/isaf', '.embed-places', '_top']
		] as const) {
			await page.goto(`${baseURL}${url}`);
			const links = await page.$$eval(`${scope} .place-button`, (els) =>
				els.map((el) => ({
					tag: el.tagName,
					id: el.getAttribute('data-place'),
					href: (el as HTMLAnchorElement).href,
					target: el.getAttribute('target')
				}))
			);
			expect(
				links.map((l) => l.id),
				url
			).toEqual(story.chapters.find((c) => c.id === 'isaf')!.places);
			for (const l of links) {
				expect(l.tag).toBe('A');
				expect(new URL(l.href).pathname).toBe(`/places/${l.id}`);
				expect(l.target).toBe(target);
				expect((await fetch(l.href)).status, l.href).toBe(200);
			}
		}
		await w.context.close();
	});

	it('with JavaScript the same places are buttons that open their details', async () => {
		const w = await openPage(browser, DESKTOP);
		const { page } = w;
		await page.goto(`${baseURL}/#isaf`);
		const button = page.locator('#isaf .chapter__places button.place-button[data-place="doghan-base"]');
		await button.click();
		await expect.poll(() => page.getByRole('dialog', { name: story.places.get('doghan-base')!.name }).isVisible(), SLOW).toBe(true);
		expect(await page.locator('#isaf .chapter__places a.place-button').count()).toBe(0);
		expect(page.url()).not.toContain('/places/');
		expectClean(w);
		await w.context.close();
	});
});

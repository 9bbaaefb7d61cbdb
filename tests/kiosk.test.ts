/**
 * The museum kiosk (/kiosk) as a visitor and an empty gallery use it, with short timings: the
 * attract loop advancing by itself, input stopping it, the controls, swipes, places, pinch and
 * zoom buttons, the "Still there?" countdown and the return to the loop, and the lock-down.
 */
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { story } from './helpers/stories';
import { launch, openPage, type Watched, expectClean } from './helpers/browser';
import { chaptersSeen, mapStats, pinch, readKiosk, recordChapters, touchSwipe, waitForKioskMapOn, waitForMode } from './helpers/kiosk';

const baseURL = inject('baseURL');
const ids: string[] = story.chapters.map((c) => c.id);
let browser: Browser;
/** Pages opened by a test, closed after it even when it fails (a kiosk left running loads the machine). */
const opened: Watched[] = [];

async function open(url: string, options: Parameters<typeof openPage>[1] = {}): Promise<Watched> {
	const w = await openPage(browser, options);
	opened.push(w);
	await w.page.goto(url);
	return w;
}

afterEach(async () => {
	for (const w of opened.splice(0)) await w.context.close();
});

beforeAll(async () => {
	// Maps in flight most of the time: GPU compositing (see launch).
	browser = await launch([], { softwareCompositing: false });
});

afterAll(async () => {
	await browser?.close();
});

describe('the attract loop', () => {
	it('plays every chapter in turn by itself and starts over after the last', async () => {
		const w = await open(`${baseURL}/kiosk?dwell=0.5&idle=600&testing`);
		await w.page.waitForSelector('.kiosk[data-mode="attract"]');
		await recordChapters(w.page);
		// Recording may start a few chapters into the first loop on a busy machine: wait for one
		// whole loop after that, and back to the second chapter, so that it surely started over.
		await w.page.waitForFunction(
			() => {
				const k = document.querySelector<HTMLElement>('.kiosk')!;
				return Number(k.dataset.loops) >= 2 && k.dataset.chapter === 'founding';
			},
			undefined,
			{ timeout: 30_000 }
		);
		const seen = await chaptersSeen(w.page);
		const start = seen.indexOf('intro', 1);
		expect(start, `saw ${seen.join(', ')}`).toBeGreaterThan(0);
		// Consecutive chapters, in the story's order, wrapping around.
		for (let i = 1; i < seen.length; i++) {
			expect(ids.indexOf(seen[i]!), `${seen[i - 1]} -> ${seen[i]}`).toBe((ids.indexOf(seen[i - 1]!) + 1) % ids.length);
		}
		expect(seen.length).toBeGreaterThanOrEqual(ids.length + 1);
		// The card shows the chapter's title and its short summary (read at once: the loop moves on).
		const card = await w.page.evaluate(() => ({
			chapter: document.querySelector<HTMLElement>('.kiosk')!.dataset.chapter,
			title: document.querySelector('.kiosk-card h2')?.textContent,
			summary: document.querySelector('.kiosk-card__summary')?.textContent
		}));
		const c = story.chapters.find((x) => x.id === card.chapter)!;
		expect(card).toEqual({ chapter: c.id, title: c.title, summary: c.summary });
		expectClean(w);
	});

	it('flies the map to the chapter when it stays long enough', async () => {
		// A long dwell: the map reaches each chapter's places and says so.
		const w = await open(`${baseURL}/kiosk?dwell=60&testing`);
		await waitForKioskMapOn(w.page, 'intro');
		expect(await w.page.locator('.story-marker[data-place="baku"]').isVisible()).toBe(true);
		expectClean(w);
	});
});

describe('a visitor', () => {
	let w: Watched;

	beforeAll(async () => {
		w = await openPage(browser, { hasTouch: true });
		await w.page.goto(`${baseURL}/kiosk?dwell=0.5&idle=600&testing`);
		await w.page.waitForFunction(() => document.querySelector<HTMLElement>('.kiosk')?.dataset.index !== '0', undefined, {
			timeout: 30_000
		});
	});

	afterAll(async () => {
		await w?.context.close();
	});

	it('stops the loop with a tap, and the chapter on screen stays', async () => {
		const { page } = w;
		await page.mouse.click(900, 650);
		await waitForMode(page, 'explore');
		const { chapter } = await readKiosk(page);
		await recordChapters(page);
		// The map has all the time it needs to arrive (many dwells): the loop would have moved on.
		await waitForKioskMapOn(page, chapter);
		expect(await chaptersSeen(page)).toEqual([chapter]);
		expect((await readKiosk(page)).mode).toBe('explore');
	});

	it('steps with the large controls and the arrow keys, wrapping around', async () => {
		const { page } = w;
		const start = (await readKiosk(page)).index;
		await page.click('.kiosk-nav button:has-text("Next")');
		expect((await readKiosk(page)).index).toBe((start + 1) % ids.length);
		await page.click('.kiosk-nav button:has-text("Previous")');
		await page.click('.kiosk-nav button:has-text("Previous")');
		expect((await readKiosk(page)).index).toBe((start - 1 + ids.length) % ids.length);
		await page.keyboard.press('ArrowRight');
		expect((await readKiosk(page)).index).toBe(start);
	});

	it('swipes between chapters on the chapter card', async () => {
		const { page } = w;
		const cdp = await w.context.newCDPSession(page);
		const box = (await page.locator('.kiosk-card').boundingBox())!;
		const start = (await readKiosk(page)).index;
		await touchSwipe(cdp, box.x + box.width * 0.8, box.y + box.height / 2, -200);
		await expect.poll(async () => (await readKiosk(page)).index).toBe((start + 1) % ids.length);
		await touchSwipe(cdp, box.x + box.width * 0.2, box.y + box.height / 2, 200);
		await expect.poll(async () => (await readKiosk(page)).index).toBe(start);
		await cdp.detach();
	});

	it('opens a place by tapping it, and closes it', async () => {
		const { page } = w;
		// Go to Iraq and let the map arrive.
		while ((await readKiosk(page)).chapter !== 'iraq') await page.keyboard.press('ArrowRight');
		await waitForKioskMapOn(page, 'iraq');
		await page.tap('.story-marker[data-place="haditha-dam"]');
		const panel = page.locator('.kiosk-panel[role="dialog"]');
		await expect.poll(() => panel.isVisible()).toBe(true);
		expect(await panel.locator('h2').textContent()).toBe(story.places.get('haditha-dam')!.name);
		await page.tap('.kiosk-panel button:has-text("Close details")');
		await expect.poll(() => panel.count()).toBe(0);
	});

	it('zooms with the + and - buttons and with a pinch', async () => {
		const { page } = w;
		await waitForKioskMapOn(page, 'iraq');
		const z0 = (await mapStats(page))!.zoom;
		await page.tap('.kiosk-map__zoom button:has-text("Zoom in")');
		await expect.poll(async () => (await mapStats(page))!.zoom).toBeCloseTo(z0 + 1, 1);
		await page.tap('.kiosk-map__zoom button:has-text("Zoom out")');
		await expect.poll(async () => (await mapStats(page))!.zoom).toBeCloseTo(z0, 1);
		const cdp = await w.context.newCDPSession(page);
		await pinch(cdp, 900, 400, 150);
		await expect.poll(async () => (await mapStats(page))!.zoom).toBeGreaterThan(z0 + 0.3);
		await cdp.detach();
	});

	it('has touch targets of at least 44 by 44 CSS pixels', async () => {
		const small = await w.page.$$eval('.kiosk button', (buttons) =>
			buttons
				.filter((b) => (b as HTMLElement).checkVisibility())
				.map((b) => ({ text: b.textContent?.trim(), ...b.getBoundingClientRect().toJSON() }))
				.filter((r) => r.width < 44 || r.height < 44)
		);
		expect(small).toEqual([]);
		expect(await w.page.locator('.story-marker:visible').count()).toBeGreaterThan(0);
	});

	it('logged no error and asked no other host', () => {
		expectClean(w);
	});
});

describe('idle reset', () => {
	it('asks "Still there?", continues when answered, and otherwise returns to the loop', async () => {
		const w = await open(`${baseURL}/kiosk?dwell=0.5&idle=2&countdown=4&testing`);
		await waitForMode(w.page, 'attract');
		await w.page.click('.kiosk-nav button:has-text("Next")');
		await w.page.click('.kiosk-nav button:has-text("Next")');
		await waitForMode(w.page, 'explore');
		const index = (await readKiosk(w.page)).index;

		// Answered: the visitor stays where they were.
		await waitForMode(w.page, 'countdown');
		expect(await w.page.textContent('.kiosk-countdown h2')).toBe('Still there?');
		expect(await w.page.evaluate(() => document.activeElement?.textContent?.trim())).toBe('Continue exploring');
		await w.page.keyboard.press('Enter');
		await waitForMode(w.page, 'explore');
		expect((await readKiosk(w.page)).index).toBe(index);

		// Not answered, with a place open: everything goes back. (The keyboard opens the place
		// wherever the map's flight is: the idle time here is shorter than a flight.)
		while ((await readKiosk(w.page)).chapter !== 'kosovo') await w.page.keyboard.press('ArrowRight');
		await w.page.focus('.story-marker[data-place="dragash"]');
		await w.page.keyboard.press('Enter');
		await w.page.waitForSelector('.kiosk-panel');
		await recordChapters(w.page);
		await waitForMode(w.page, 'countdown');
		await waitForMode(w.page, 'attract');
		expect(await w.page.locator('.kiosk-panel').count()).toBe(0);
		await w.page.waitForFunction(() => (window as unknown as { __seen: string[] }).__seen.length >= 4, undefined, {
			timeout: 30_000
		});
		// Back to the first chapter, and the loop runs on from there.
		expect((await chaptersSeen(w.page)).slice(0, 4)).toEqual(['kosovo', 'intro', 'founding', 'kosovo']);
		expectClean(w);
	});

	it('leaves nothing of the last visitor on the map: no label underlined, nothing focused', async () => {
		const w = await open(`${baseURL}/kiosk?dwell=600&idle=2&countdown=1&testing`, { hasTouch: true });
		const marker = '.story-marker[data-place="baku"]:not([hidden])';
		await w.page.waitForSelector(marker);
		await w.page.tap(marker);
		await w.page.waitForSelector('.kiosk-panel');
		await waitForMode(w.page, 'countdown');
		await waitForMode(w.page, 'attract');
		const left = await w.page.evaluate(() => ({
			underlined: [...document.querySelectorAll('.story-marker__label, .story-marker-group__label')]
				.filter((l) => getComputedStyle(l).textDecorationLine.includes('underline'))
				.map((l) => l.textContent),
			focused: document.activeElement === document.body ? null : document.activeElement?.outerHTML.slice(0, 80)
		}));
		expect(left).toEqual({ underlined: [], focused: null });
		expectClean(w);
	});
});

describe('locked down', () => {
	let w: Watched;

	beforeAll(async () => {
		w = await openPage(browser, { hasTouch: true });
		await w.page.goto(`${baseURL}/kiosk?dwell=600&testing`);
		await w.page.waitForSelector('.story-marker[data-place="baku"]:not([hidden])');
	});

	afterAll(async () => {
		await w?.context.close();
	});

	it('blocks the page zoom, pull-to-refresh, swipe-back and selection with CSS, not user-scalable=no', async () => {
		const css = await w.page.evaluate(() => {
			const html = getComputedStyle(document.documentElement);
			const body = getComputedStyle(document.body);
			return {
				touch: html.touchAction,
				overscroll: [html.overscrollBehaviorX, html.overscrollBehaviorY, body.overscrollBehaviorY],
				select: body.userSelect,
				viewport: document.querySelector('meta[name="viewport"]')?.getAttribute('content')
			};
		});
		expect(css.touch).toBe('none');
		expect(css.overscroll).toEqual(['none', 'none', 'none']);
		expect(css.select).toBe('none');
		expect(css.viewport).not.toMatch(/user-scalable|maximum-scale/);
	});

	it('has no context menu, no selection, and keys do not zoom the page', async () => {
		const prevented = await w.page.evaluate(() => {
			const fire = (e: Event) => !document.querySelector('.kiosk-card')!.dispatchEvent(e);
			return {
				contextmenu: fire(new MouseEvent('contextmenu', { bubbles: true, cancelable: true })),
				selectstart: fire(new Event('selectstart', { bubbles: true, cancelable: true })),
				zoomKey: fire(new KeyboardEvent('keydown', { key: '+', ctrlKey: true, bubbles: true, cancelable: true }))
			};
		});
		expect(prevented).toEqual({ contextmenu: true, selectstart: true, zoomKey: true });
	});

	it('follows no link and opens no window, even from a place’s citations', async () => {
		const { page, context } = w;
		await page.tap('.story-marker[data-place="baku"]');
		await page.waitForSelector('.kiosk-panel');
		const links = page.locator('.kiosk a[href]');
		const opened: string[] = [];
		context.on('page', (p) => opened.push(p.url()));
		const url = page.url();
		const historyBefore = await page.evaluate(() => history.length);
		const count = await links.count();
		expect(count).toBeGreaterThan(0);
		for (let i = 0; i < count; i++) {
			const link = links.nth(i);
			// Neither a tap, nor a click with the modifiers that open tabs and windows, nor the keyboard.
			await link.dispatchEvent('click', { button: 0 });
			await link.dispatchEvent('click', { button: 0, shiftKey: true, ctrlKey: true });
			await link.dispatchEvent('auxclick', { button: 1 });
		}
		await page.keyboard.press('Escape');
		expect(page.url()).toBe(url);
		expect(opened).toEqual([]);
		expect(await page.evaluate(() => history.length)).toBe(historyBefore);
		expectClean(w);
	});
});

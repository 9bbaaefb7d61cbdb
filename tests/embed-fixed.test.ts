/**
 * Embeds as CMSs make them, and the whole story with the real pym.js parent:
 * - every oEmbed response's `html`, inserted with its scripts stripped into a page on another
 *   origin, at a desktop's and a phone's width: the iframe keeps the fixed height it was given and
 *   shows all of its content in it, never scrolls inside itself, and the wheel over it scrolls the
 *   host; a chapter card keeps room for its map, and a place's details open within the height;
 * - the whole story in a pym.js host: its height holds still (±2 px) while the host scrolls, and
 *   on a phone the map and its caption leave the reader most of the screen;
 * - analytics events reach the host page as messages in the documented shape.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, BrowserContextOptions, Frame, Page } from 'playwright-core';
import { embedPagesFor } from '$lib/embed/embeds';
import { story } from './helpers/stories';
import { oembedPath } from '$lib/embed/pages';
import { serveHost, PYM, type Host } from './helpers/host';
import { launch, openPage, expectClean, type Watched } from './helpers/browser';
import { scrollSettled } from './helpers/story';

const baseURL = inject('baseURL');

let browser: Browser;
let host: Host;
let hostURL: string;

beforeAll(async () => {
	host = await serveHost({
		'/oembed-host.html': ['text/html', 'tests/fixtures/oembed-host.html'],
		'/host.html': ['text/html', 'tests/fixtures/embed-host.html'],
		...PYM
	});
	hostURL = host.url;
	browser = await launch();
});

afterAll(async () => {
	await browser?.close();
	await host?.close();
});

/** The first story's embeddable pages. */
const EMBEDS = embedPagesFor(story);

const VIEWPORTS: [string, BrowserContextOptions][] = [
	['a desktop', { viewport: { width: 1280, height: 800 } }],
	['a phone', { viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 }]
];

/** The oEmbed html, pointed at the test server (the build's URLs name the local preview's address). */
async function oembedHtml(id: string): Promise<{ html: string; height: number }> {
	const page = EMBEDS.find((p) => p.id === id)!;
	const body = (await (await fetch(`${baseURL}${oembedPath(page)}`)).json()) as { html: string; height: number };
	const src = /<iframe src="([^"]+)"/.exec(body.html)![1]!;
	return { html: body.html.replace(src, `${baseURL}${new URL(src).pathname}`), height: body.height };
}

async function insertOEmbed(w: Watched, id: string): Promise<{ frame: Frame; height: number }> {
	const { html, height } = await oembedHtml(id);
	await w.page.goto(`${hostURL}/oembed-host.html`);
	await w.page.evaluate((h) => (window as unknown as { insertEmbed(h: string): void }).insertEmbed(h), html);
	const handle = await w.page.waitForSelector('#embed iframe');
	// The iframe is lazy: bring it near the viewport as a reader would.
	await handle.scrollIntoViewIfNeeded();
	const frame = (await handle.contentFrame())!;
	await frame.waitForSelector('html[data-embed-layout="fit"] .embed-root');
	return { frame, height };
}

/** What the iframe shows: its own scroll extent and whether everything in it ends inside it. */
const inside = (frame: Frame) =>
	frame.evaluate(() => {
		const root = document.querySelector('.embed-root')!;
		const last = root.querySelector('footer, .story-card__foot, .embed-timeline__credit');
		return {
			innerHeight,
			scrollHeight: document.documentElement.scrollHeight,
			scrollWidth: document.documentElement.scrollWidth,
			innerWidth,
			lastBottom: last ? Math.ceil(last.getBoundingClientRect().bottom) : -1,
			map: Math.round(document.querySelector('.embed-map__frame, .story-card__map')?.getBoundingClientRect().height ?? 0)
		};
	});

async function expectAllInside(frame: Frame, label: string) {
	const r = await inside(frame);
	expect(r.scrollHeight, `${label}: scrolls inside`).toBeLessThanOrEqual(r.innerHeight);
	expect(r.scrollWidth, `${label}: scrolls sideways`).toBeLessThanOrEqual(r.innerWidth);
	expect(r.lastBottom, `${label}: its end is cut off`).toBeGreaterThan(0);
	expect(r.lastBottom, `${label}: its end is cut off`).toBeLessThanOrEqual(r.innerHeight);
	return r;
}

describe.each(VIEWPORTS)('oEmbed html with its scripts stripped, on %s', (_name, options) => {
	let w: Watched;

	beforeAll(async () => {
		w = await openPage(browser, options);
	});

	afterAll(async () => {
		await w?.context.close();
	});

	it.each(EMBEDS.map((p) => [p.id]))('%s shows all of itself at its fixed height and never scrolls inside', async (id) => {
		const { frame, height } = await insertOEmbed(w, id);
		const iframeHeight = await w.page.$eval('#embed iframe', (el) => el.getBoundingClientRect().height);
		expect(Math.abs(iframeHeight - height)).toBeLessThanOrEqual(1);
		const r = await expectAllInside(frame, id);
		// A chapter card's map and the story card's picture keep a useful size.
		if (id !== 'timeline') expect(r.map, `${id}: map height`).toBeGreaterThanOrEqual(options.isMobile ? 140 : 300);
		// The wheel over the embed moves the host page; the embed itself cannot scroll.
		if (!options.isMobile) {
			const box = (await (await w.page.$('#embed iframe'))!.boundingBox())!;
			await w.page.evaluate((y) => scrollTo(0, scrollY + y - 100), box.y);
			const before = await w.page.evaluate(() => scrollY);
			await w.page.mouse.move(box.x + box.width / 2, 300);
			await w.page.mouse.wheel(0, 300);
			await expect.poll(() => w.page.evaluate(() => scrollY)).toBeGreaterThan(before);
		}
		expect(await frame.evaluate(() => scrollY)).toBe(0);
		expectClean(w);
	});

	it('opens a place’s details within the card’s height, and tells the host in an analytics message', async () => {
		const { frame } = await insertOEmbed(w, 'isaf');
		await frame.locator('.embed-places .place-button[data-place="pul-e-charkhi-depot"]').click();
		await frame.waitForSelector('.embed-place h3');
		await expectAllInside(frame, 'isaf with a place open');
		const details = await frame.$eval('.embed-place', (el) => el.getBoundingClientRect());
		expect(details.top).toBeLessThan(await frame.evaluate(() => innerHeight));
		await expect
			.poll(() => w.page.evaluate(() => (window as unknown as { received: unknown[] }).received))
			.toContainEqual({
				type: 'peacekeeping:analytics',
				version: 1,
				name: 'place-open',
				detail: { place: 'pul-e-charkhi-depot', chapter: 'isaf' },
				page: `${baseURL}/embed/isaf`
			});
		expectClean(w);
	});
});

/** The whole story in the pym.js host page (tests/fixtures/embed-host.html). */
async function openStory(options: BrowserContextOptions): Promise<{ w: Watched; frame: Frame }> {
	const w = await openPage(browser, options);
	await w.page.goto(`${hostURL}/host.html?embed=${encodeURIComponent(baseURL)}&pages=/embed/`);
	const frame = (await (await w.page.waitForSelector('#embed-0 iframe')).contentFrame())!;
	await frame.waitForSelector('html[data-embed-layout="grow"] .embed-story.is-scrolly');
	await frame.waitForFunction(() => document.querySelector('.map-figure')?.getAttribute('data-status') === 'idle', null, {
		timeout: 30_000
	});
	return { w, frame };
}

const iframeHeight = (page: Page) => page.$eval('#embed-0 iframe', (el) => el.getBoundingClientRect().height);

describe('the whole story in a pym.js host', () => {
	it('keeps its height (±2 px) on a desktop while the host scrolls through every chapter', async () => {
		const { w, frame } = await openStory({ viewport: { width: 1280, height: 800 } });
		// Settled: the map and its caption are drawn and the height has been sent.
		await expect
			.poll(async () =>
				Math.abs(
					(await iframeHeight(w.page)) - (await frame.evaluate(() => document.querySelector('.embed-root')!.getBoundingClientRect().height))
				)
			)
			.toBeLessThanOrEqual(2);
		const start = await iframeHeight(w.page);
		const heights = [start];
		const seen = new Set<string>();
		await w.page.mouse.move(640, 500);
		const end = await w.page.evaluate(() => document.documentElement.scrollHeight - innerHeight);
		while ((await w.page.evaluate(() => scrollY)) < end - 5) {
			await w.page.mouse.wheel(0, 400);
			await scrollSettled(w.page);
			// Wait for the embed to take in the new position before reading its height.
			await frame.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
			heights.push(await iframeHeight(w.page));
			const active = await frame.$eval('.embed-chapter.is-active', (el) => el.getAttribute('data-chapter')).catch(() => null);
			if (active) seen.add(active);
		}
		expect(seen.size).toBeGreaterThanOrEqual(7);
		expect(Math.max(...heights) - Math.min(...heights)).toBeLessThanOrEqual(2);
		expectClean(w);
		await w.context.close();
	});

	it('on a phone, leaves more than half of the screen for reading under the map and its caption', async () => {
		const { w, frame } = await openStory({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 });
		const block = await frame.$eval('.embed-story__map', (el) => el.getBoundingClientRect().height);
		expect(block).toBeLessThanOrEqual(844 * 0.45);
		// The caption is two lines, whatever the chapter.
		const caption = await frame.$eval('.embed-map__caption-text', (el) => el.getBoundingClientRect().height);
		expect(caption).toBeLessThanOrEqual(2 * 1.4 * 14 + 4);
		expectClean(w);
		await w.context.close();
	});
});

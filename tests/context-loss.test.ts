/**
 * A lost WebGL context (WEBGL_lose_context) on the story and on the kiosk: the static map stands
 * in while it is lost, and the interactive map comes back, drawn, on the chapter that is active
 * by then, when the context is restored.
 */
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launch, openPage, waitForMapOn, type Watched } from './helpers/browser';
import { mapStats, readKiosk, waitForKioskMapOn } from './helpers/kiosk';
import { readCanvas, wheelUntilActive } from './helpers/story';

const baseURL = inject('baseURL');
let browser: Browser;
const opened: Watched[] = [];

beforeAll(async () => {
	browser = await launch();
});

afterEach(async () => {
	for (const w of opened.splice(0)) await w.context.close();
});

afterAll(async () => {
	await browser?.close();
});

async function open(url: string): Promise<Watched> {
	const w = await openPage(browser);
	opened.push(w);
	await w.page.goto(url);
	return w;
}

/** Loses the map canvas' WebGL context, keeping the extension to restore it later. */
function loseContext(page: Page, canvasSelector: string): Promise<void> {
	return page.evaluate((selector) => {
		const canvas = document.querySelector<HTMLCanvasElement>(selector)!;
		const gl = canvas.getContext('webgl2')!;
		const ext = gl.getExtension('WEBGL_lose_context')!;
		(window as unknown as { __lose: WEBGL_lose_context }).__lose = ext;
		ext.loseContext();
	}, canvasSelector);
}

function restoreContext(page: Page): Promise<void> {
	return page.evaluate(() => (window as unknown as { __lose: WEBGL_lose_context }).__lose.restoreContext());
}

/** Records the map's status at the moment the static map is taken away (read with `statusWhenStaticLeft`). */
function watchStaticMap(page: Page, figure: string): Promise<void> {
	return page.evaluate((selector) => {
		const fig = document.querySelector<HTMLElement>(selector)!;
		const seen: string[] = [];
		(window as unknown as { __staticLeft: string[] }).__staticLeft = seen;
		new MutationObserver((records) => {
			for (const r of records)
				for (const n of r.removedNodes)
					if (n instanceof HTMLImageElement || n instanceof HTMLPictureElement) seen.push(fig.dataset.status ?? '');
		}).observe(fig, { childList: true });
	}, figure);
}

function statusWhenStaticLeft(page: Page): Promise<string[]> {
	return page.evaluate(() => (window as unknown as { __staticLeft: string[] }).__staticLeft);
}

/** MapLibre and Chromium report the loss itself as a warning; anything else is a failure. */
function expectNoErrors(w: Watched) {
	expect(w.pageErrors, 'uncaught exceptions').toEqual([]);
	expect(w.consoleErrors, 'console errors').toEqual([]);
	expect(w.foreignRequests, 'requests to other hosts').toEqual([]);
}

describe('a lost WebGL context', () => {
	it('shows the story’s static map until the map is restored, then the map on the chapter now read', async () => {
		const w = await open(`${baseURL}/?testing`);
		const { page } = w;
		await waitForMapOn(page, 'intro');
		await loseContext(page, '.map-figure canvas');
		await page.waitForSelector('.map-figure[data-status="lost"] img.map-figure__static');
		await watchStaticMap(page, '.map-figure');

		// The reader scrolls on while the context is gone: the static map follows.
		await wheelUntilActive(page, 'founding');
		await expect.poll(() => page.getAttribute('.map-figure img.map-figure__static', 'src')).toMatch(/data\/maps\/founding\.svg$/);

		await restoreContext(page);
		await waitForMapOn(page, 'founding');
		expect(await page.locator('.map-figure img.map-figure__static').count()).toBe(0);
		// The static map stayed until the restored map had drawn the chapter.
		expect(await statusWhenStaticLeft(page)).toEqual(['idle']);
		const reading = await readCanvas(page);
		expect(reading.distinct, 'the restored map is blank').toBeGreaterThan(20);
		expect(await page.locator('.story-marker[data-place="baku"]').isVisible()).toBe(true);
		expectNoErrors(w);
	});

	it('on the kiosk: the loop goes on over the static map, and the same one map comes back', async () => {
		const w = await open(`${baseURL}/kiosk?dwell=600&testing`);
		const { page } = w;
		await waitForKioskMapOn(page, 'intro');
		const before = await mapStats(page);
		await loseContext(page, '.kiosk-map canvas');
		await page.waitForSelector('.kiosk-map[data-status="lost"] img.kiosk-map__static');
		await watchStaticMap(page, '.kiosk-map');

		await page.click('.kiosk-nav button:has-text("Next")');
		expect((await readKiosk(page)).chapter).toBe('founding');
		await expect.poll(() => page.getAttribute('.kiosk-map img.kiosk-map__static', 'src')).toMatch(/data\/maps\/founding-kiosk\.svg$/);

		await restoreContext(page);
		await waitForKioskMapOn(page, 'founding');
		expect(await page.locator('.kiosk-map img.kiosk-map__static').count()).toBe(0);
		expect(await statusWhenStaticLeft(page)).toEqual(['idle']);
		expect((await readCanvas(page, '.kiosk-map canvas')).distinct, 'the restored map is blank').toBeGreaterThan(20);
		// Nothing added twice by the rebuild, and still one canvas.
		const after = await mapStats(page);
		expect({ ...after, zoom: 0 }).toEqual({ ...before, zoom: 0 });
		expect(await page.locator('canvas').count()).toBe(1);
		// Places still open.
		await page.click('.story-marker[data-place="baku"]');
		await page.waitForSelector('.kiosk-panel');
		expectNoErrors(w);
	});
});

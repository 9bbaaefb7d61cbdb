/** Without WebGL2 the story still shows a map: the fixed map of each chapter, and no error. */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launch, openPage, type Watched } from './helpers/browser';
import { wheelUntilActive } from './helpers/story';

const baseURL = inject('baseURL');
let browser: Browser;
let w: Watched;

beforeAll(async () => {
	browser = await launch(['--disable-webgl']);
	w = await openPage(browser);
});

afterAll(async () => {
	await browser?.close();
});

describe('the story without WebGL', () => {
	it('says so, shows the fixed map of the chapter being read, and throws nothing', async () => {
		const { page } = w;
		await page.goto(`${baseURL}/#kosovo`);
		await page.waitForSelector('.map-figure[data-status="failed"]');
		expect(await page.textContent('.map-figure__fallback')).toContain('could not start');
		const src = () => page.getAttribute('.map-figure__static', 'src');
		expect(await src()).toMatch(/\/data\/maps\/kosovo\.svg$/);
		await expect
			.poll(() => page.$eval('.map-figure__static', (img: HTMLImageElement) => img.complete && img.naturalWidth))
			.toBe(800);
		await wheelUntilActive(page, 'isaf');
		await expect.poll(src).toMatch(/\/data\/maps\/isaf\.svg$/);
		// The places still open from the chapter's list.
		await page.locator('#isaf button.place-button[data-place="uthil"]').click();
		await expect.poll(() => page.getByRole('dialog').isVisible()).toBe(true);
		expect(w.pageErrors).toEqual([]);
		expect(w.consoleErrors).toEqual([]);
		expect(w.foreignRequests).toEqual([]);
	});
});

/**
 * What a screen reader gets from the map: a figure named by its caption, a polite live region
 * that speaks once per chapter change and stays quiet while the reader scrolls within a chapter,
 * markers named by their places and matching the chapter's list, and nothing decorative (the
 * canvas, the static image, the map key) in the accessibility tree.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { story } from './helpers/stories';
import { launch, openPage, waitForMapOn, type Watched } from './helpers/browser';
import { activeChapter } from './helpers/story';

const baseURL = inject('baseURL');
const chapter = (id: string) => story.chapters.find((c) => c.id === id)!;

let browser: Browser;
let w: Watched;

beforeAll(async () => {
	browser = await launch();
	w = await openPage(browser, { reducedMotion: 'reduce' });
	await w.page.goto(`${baseURL}/`);
	await waitForMapOn(w.page, 'intro');
});

afterAll(async () => {
	await browser?.close();
});

/** Starts counting the text changes of the map's live region. */
async function countAnnouncements() {
	await w.page.evaluate(() => {
		const region = document.querySelector('.map-figure [aria-live="polite"]')!;
		const said: string[] = [];
		let last = region.textContent;
		new MutationObserver(() => {
			if (region.textContent !== last) said.push((last = region.textContent ?? ''));
		}).observe(region, { subtree: true, characterData: true, childList: true });
		(window as unknown as { said: string[] }).said = said;
	});
	return () => w.page.evaluate(() => (window as unknown as { said: string[] }).said);
}

describe('the map for screen readers', () => {
	it('is a figure named by the caption of the view it shows', async () => {
		const figure = w.page.getByRole('figure', { name: chapter('intro').caption });
		expect(await figure.count()).toBe(1);
	});

	it('announces a chapter change once, politely, and nothing while scrolling within a chapter', async () => {
		const { page } = w;
		const said = await countAnnouncements();
		await page.mouse.move(200, 500);
		for (let i = 0; i < 4; i++) {
			await page.mouse.wheel(0, 60);
			await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(resolve)));
		}
		expect(await activeChapter(page)).toBe('intro');
		expect(await said()).toEqual([]);

		await page.locator('nav[aria-label="Chapters"] a[href="#kosovo"]').click();
		await waitForMapOn(page, 'kosovo');
		const spoken = await said();
		expect(spoken).toHaveLength(1);
		expect(spoken[0]).toContain(chapter('kosovo').caption);
	});

	it('names every marker by its place, and shows the same places as the chapter’s list', async () => {
		const { page } = w;
		for (const id of ['kosovo', 'isaf']) {
			await page.locator(`nav[aria-label="Chapters"] a[href="#${id}"]`).click();
			await waitForMapOn(page, id);
			const names = chapter(id).places.map((p) => story.places.get(p)!.name);
			const listed = await page.locator(`#${id} .chapter__places`).getByRole('button').allTextContents();
			expect(listed.map((t) => t.replace(/approximate$/, '').trim()).sort()).toEqual([...names].sort());
			const markers = page.locator('.map-figure__map').getByRole('button');
			const markerNames = await markers.evaluateAll((els) =>
				els.filter((el) => (el as HTMLElement).checkVisibility({ visibilityProperty: true })).map((el) => el.textContent?.trim())
			);
			// Markers panned out of view leave the tree; the rest are the chapter's places.
			expect(markerNames.length).toBeGreaterThan(0);
			for (const n of markerNames) expect(names).toContain(n);
			for (const n of markerNames) expect(await page.getByRole('button', { name: n!, exact: true }).count()).toBeGreaterThan(0);
		}
	});

	it('keeps the canvas, the static image and the key out of the accessibility tree', async () => {
		const { page } = w;
		expect(await page.getAttribute('.map-figure canvas', 'aria-hidden')).toBe('true');
		const tree = await page.locator('figure.map-figure').ariaSnapshot();
		expect(tree).not.toMatch(/- img/);
		expect(tree).not.toContain('exact position');
		expect(tree).toContain(chapter('isaf').caption.slice(0, 40));
		// Without JavaScript too: the chapters' fixed maps are decorative beside their captions.
		const alts = await page.$$eval('img[src*="/data/maps/"]', (imgs) => imgs.map((i) => i.getAttribute('alt')));
		for (const alt of alts) expect(alt).toBe('');
		expect(await activeChapter(page)).toBe('isaf');
		expect(w.pageErrors).toEqual([]);
	});
});

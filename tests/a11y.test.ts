/**
 * axe-core (WCAG 2.2 A and AA rules) on every kind of prerendered page in build/: every story's
 * page, its place pages, its embeds, its kiosk, and whatever other routes exist (the index, the
 * kiosk's menu, the 404 page), found from the files so that new routes are covered without
 * editing this test. Pages made from one template with other content (a place's page, a chapter's
 * card) are checked twice each, the first and the last of them in every story's order: the markup
 * and styles are the template's. The story is checked while its map loads (the static map
 * showing), once the interactive map has settled, and with a place open and the map explored:
 * in those states the map's figure and the place's panel, as the rest of the page is the one
 * checked whole on /.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import AxeBuilder from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { launch, openPage, waitForMapOn } from './helpers/browser';
import { prerenderedPaths, representatives, template } from './helpers/pages';

const baseURL = inject('baseURL');
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/**
 * Violations as short readable lines: rule, impact and the first offending elements. Of the
 * whole page, or of the parts given (CSS selectors).
 */
async function violations(page: Page, parts: string[] = []): Promise<string[]> {
	const axe = new AxeBuilder({ page }).withTags(TAGS);
	for (const part of parts) axe.include(part);
	const results = await axe.analyze();
	// axe really ran its rules on this page (an empty result would pass anything).
	expect(results.passes.length).toBeGreaterThan(10);
	return results.violations.map(
		(v) =>
			`${v.id} (${v.impact}): ${v.help} — ${v.nodes
				.slice(0, 3)
				.map((n) => n.target.join(' '))
				.join(' | ')}`
	);
}

let browser: Browser;

beforeAll(async () => {
	browser = await launch();
});

afterAll(async () => {
	await browser?.close();
});

const all = prerenderedPaths();

const paths = representatives(all);

describe('axe finds no WCAG 2.2 AA violation', () => {
	it('covers every story, and a place page and a chapter card of each', () => {
		expect(paths).toContain('/');
		expect(paths).toContain('/stories');
		for (const kind of ['/places/*', '/embed/*', '/kiosk', '/embed/']) expect(new Set(all.map(template))).toContain(kind);
		// The first story's pages and the last story's, of each template.
		expect(paths.filter((p) => template(p) === '/places/*')).toHaveLength(2);
		expect(paths.some((p) => p.startsWith('/stories/') && template(p) === '/')).toBe(true);
	});

	it.each(paths)('on %s', async (path) => {
		const w = await openPage(browser);
		try {
			await w.page.goto(`${baseURL}${path}`);
			expect(await violations(w.page)).toEqual([]);
			expect(w.pageErrors).toEqual([]);
		} finally {
			await w.context.close();
		}
	});

	it('on / while the map loads, once it has settled, with a place open, and while exploring', async () => {
		const w = await openPage(browser);
		const { page } = w;
		try {
			// Hold the basemap back: the figure shows the static map until it is released.
			let release = () => {};
			const held = new Promise<void>((resolve) => (release = resolve));
			await page.route('**/data/basemap-world.json', async (route) => {
				await held;
				await route.continue();
			});
			await page.goto(`${baseURL}/`);
			await page.waitForSelector('.map-figure[data-status="loading"] img.map-figure__static');
			expect(await violations(page, ['.map-figure']), 'while loading').toEqual([]);
			release();
			await waitForMapOn(page, 'intro');
			expect(await violations(page, ['.map-figure']), 'map settled').toEqual([]);

			await page.locator('#kosovo').scrollIntoViewIfNeeded();
			await waitForMapOn(page, 'kosovo');
			await page.locator('.story-marker[data-place="dragash"]').click();
			await page.getByRole('dialog').waitFor();
			expect(await violations(page, ['.map-figure', '[role="dialog"]']), 'place open').toEqual([]);
			await page.keyboard.press('Escape');

			await page.locator('.map-figure__controls button', { hasText: 'Explore the map' }).click();
			await page.waitForSelector('.maplibregl-ctrl-zoom-in');
			expect(await violations(page, ['.map-figure']), 'exploring').toEqual([]);
			expect(w.pageErrors).toEqual([]);
		} finally {
			await w.context.close();
		}
	});
});

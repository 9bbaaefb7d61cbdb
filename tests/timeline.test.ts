/**
 * The deployment timeline in the built site: the chart and its table without JavaScript, the
 * tooltips on hover and keyboard focus, bars that take the reader to their chapter (where the map
 * caption names the route and its transit), and the chart embedded on its own.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { story } from './helpers/stories';

const timeline = story.timeline!;
import { launch, openPage, waitForMapOn, type Watched, expectClean } from './helpers/browser';
import { activeChapter } from './helpers/story';

const baseURL = inject('baseURL');
let browser: Browser;

beforeAll(async () => {
	browser = await launch();
});

afterAll(async () => {
	await browser?.close();
});

/** The stated figures, operation by operation, as the chart should draw them. */
const stated = timeline.operations.map((o) => ({ id: o.id, chapter: o.chapter, values: o.strengths.map((s) => String(s.value)) }));

const tooltip = (page: Page) => page.locator('.timeline__tip');

describe('the timeline without JavaScript', () => {
	let w: Watched;

	beforeAll(async () => {
		w = await openPage(browser, { javaScriptEnabled: false });
		await w.page.goto(`${baseURL}/`);
	});

	afterAll(async () => {
		await w?.context.close();
	});

	it('draws every operation with its stated figures, in the legacy chapter', async () => {
		const rows = await w.page.$$eval('#legacy .timeline svg .timeline__row', (gs) =>
			gs.map((g) => ({
				id: g.getAttribute('data-operation'),
				values: [...g.querySelectorAll('.timeline__bar--stated')].map((a) => a.getAttribute('data-value')),
				hrefs: [...new Set([...g.querySelectorAll('a')].map((a) => a.getAttribute('href')))]
			}))
		);
		expect(rows.map(({ id, values }) => ({ id, values }))).toEqual(stated.map(({ id, values }) => ({ id, values })));
		// Every bar of an operation links to that operation’s chapter.
		expect(rows.map((r) => r.hrefs)).toEqual(stated.map((s) => [`#${s.chapter}`]));
		// Bars have a size: the SVG is laid out, not empty.
		const box = await w.page.locator('#legacy .timeline__bar[data-value="151"] rect:not(.timeline__hit)').boundingBox();
		expect(box!.width).toBeGreaterThan(20);
		expect(box!.height).toBeGreaterThan(10);
	});

	it('gives each bar its figure and source in words, and marks stretches without a figure apart', async () => {
		// Found by the name screen readers get (from the link's <title>): which element has it?
		const named = async (name: string | RegExp) => {
			const links = w.page.locator('#legacy .timeline svg').getByRole('link', { name });
			expect(await links.count(), String(name)).toBe(1);
			return links.evaluate((a) => ({
				value: a.getAttribute('data-value'),
				cls: a.getAttribute('class'),
				title: a.querySelector('title')?.textContent
			}));
		};
		const bar = await named('45 personnel from 15 January 2008 until 19 February 2009. Source: Report footnote 94.');
		expect(bar.value).toBe('45');
		expect(bar.title).toContain('Afghanistan (ISAF): 45 personnel');
		const unstated = await named(/^Kosovo \(KFOR\): 1 April 2008 to 15 April 2008: .*report states no strength/);
		expect(unstated.cls).toContain('timeline__bar--unstated');
		expect(await w.page.locator('#legacy .timeline__bar--unstated').count()).toBe(1);
		const band = await named(`${timeline.overlap!.value} servicemen`);
		expect(band.cls).toContain('timeline__band');
	});

	it('has the same figures as a table', async () => {
		await w.page.click('#legacy .timeline__table summary');
		const rows = await w.page.$$eval('#legacy .timeline__table tbody tr', (trs) =>
			trs.map((tr) => [tr.getAttribute('data-operation'), tr.querySelector('td.num')?.textContent])
		);
		expect(rows.filter(([, n]) => n !== 'not stated')).toEqual([
			...stated.flatMap((s) => s.values.map((v) => [s.id, v])),
			['overlap', String(timeline.overlap!.value)]
		]);
		expect(rows.filter(([, n]) => n === 'not stated')).toEqual([['kfor', 'not stated']]);
	});

	it('links its notes to the notes on the sources, and its data to the CSV', async () => {
		const hrefs = await w.page.$$eval('#legacy .timeline__source a', (as) => as.map((a) => a.getAttribute('href')!));
		const notes = hrefs.filter((h) => h.startsWith('#'));
		expect(notes.length).toBeGreaterThan(2);
		for (const h of notes) expect(await w.page.locator(h).count(), h).toBe(1);
		expect(hrefs).toContain('./data/timeline.csv');
	});

	it('links each figure’s sources in the table to their end notes', async () => {
		const hrefs = await w.page.$$eval('#legacy .timeline__table tbody td a', (as) => [...new Set(as.map((a) => a.getAttribute('href')!))]);
		expect(hrefs).toContain('#note-fn94');
		for (const h of hrefs) {
			expect(h).toMatch(/^#note-/);
			expect(await w.page.locator(h).count(), h).toBe(1);
		}
	});

	it('takes the reader to the chapter when a bar is clicked', async () => {
		await w.page.locator('#legacy .timeline__bar[data-value="151"]').click();
		await expect.poll(() => w.page.evaluate(() => location.hash)).toBe('#iraq');
		// The chapter sits at the top of the window, below the navigation bar (the page’s scroll padding).
		const [top, padding] = await w.page.$eval('#iraq', (el) => [
			el.getBoundingClientRect().top,
			parseFloat(getComputedStyle(document.documentElement).scrollPaddingTop) || 0
		]);
		expect(Math.abs(top - padding)).toBeLessThan(5);
	});
});

describe('the timeline with JavaScript', () => {
	let w: Watched;

	beforeAll(async () => {
		w = await openPage(browser, { reducedMotion: 'reduce' });
		await w.page.goto(`${baseURL}/?testing#legacy`);
		await waitForMapOn(w.page, 'legacy');
	});

	afterAll(async () => {
		await w?.context.close();
	});

	it('shows a figure and its source on hover', async () => {
		const { page } = w;
		await page.locator('#legacy .timeline__bar[data-value="120"]').hover();
		await expect.poll(() => tooltip(page).isVisible()).toBe(true);
		const text = await tooltip(page).textContent();
		expect(text).toContain('Afghanistan (Resolute Support)');
		expect(text).toContain('120 personnel from 9 January 2018 to 27 August 2021');
		expect(text).toContain('Source: Report footnote 118; Report footnote 119');
		await page.mouse.move(5, 5);
		await expect.poll(() => tooltip(page).count()).toBe(0);
	});

	it('shows them on keyboard focus, moving with Tab, and Escape hides them', async () => {
		const { page } = w;
		await page.locator('#legacy .timeline__bar[data-value="22"]').focus();
		await expect.poll(() => tooltip(page).textContent()).toContain('22 personnel from November 2002 until 15 January 2008');
		await page.keyboard.press('Tab');
		await expect.poll(() => tooltip(page).textContent()).toContain('45 personnel from 15 January 2008');
		expect(await page.evaluate(() => document.activeElement?.getAttribute('data-value'))).toBe('45');
		await page.keyboard.press('Escape');
		await expect.poll(() => tooltip(page).count()).toBe(0);
	});

	it('scrolls to the chapter when a bar is clicked, where the map shows the route and its caption says it is direct', async () => {
		const { page } = w;
		await page.locator('#legacy .timeline__bar[data-value="90"]').click();
		await expect.poll(() => activeChapter(page)).toBe('isaf');
		await expect.poll(() => page.evaluate(() => location.hash)).toBe('#isaf');
		await waitForMapOn(page, 'isaf');
		const caption = await page.textContent('figure.map-figure figcaption');
		expect(caption).toContain(story.chapters.find((c) => c.id === 'isaf')!.caption);
		expect(caption).toContain('from Baku to Kabul’s airport as the crow flies; the report gives no route');
	});

	it('made no request beyond 127.0.0.1 and logged no error', () => {
		expectClean(w);
	});
});

describe('the timeline on a phone', () => {
	it('scrolls sideways inside the chart instead of widening the page', async () => {
		const w = await openPage(browser, { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, javaScriptEnabled: false });
		await w.page.goto(`${baseURL}/#legacy`);
		const widths = await w.page.evaluate(() => {
			const chart = document.querySelector('#legacy .timeline__chart')!;
			return { page: document.documentElement.scrollWidth, viewport: innerWidth, chart: chart.clientWidth, content: chart.scrollWidth };
		});
		expect(widths.page).toBe(390);
		expect(widths.viewport).toBe(390);
		expect(widths.chart).toBeLessThan(390);
		expect(widths.content).toBeGreaterThanOrEqual(widths.chart);
		await w.context.close();
	});
});

describe('the timeline embedded on its own', () => {
	let w: Watched;

	beforeAll(async () => {
		w = await openPage(browser, { viewport: { width: 600, height: 700 } });
		await w.page.goto(`${baseURL}/embed/timeline`);
	});

	afterAll(async () => {
		await w?.context.close();
	});

	it('is the chart, its table, a source line and a way back to the story, all leaving the frame', async () => {
		const { page } = w;
		expect(await page.locator('.timeline svg .timeline__row').count()).toBe(timeline.operations.length);
		expect(await page.locator('.timeline__table tbody tr').count()).toBeGreaterThan(timeline.operations.length);
		expect(await page.textContent('main')).toContain('Source: Report on Peacekeeping Operations of the Azerbaijani Army');
		const story = page.getByRole('link', { name: /Read the full story/ });
		expect(await story.getAttribute('target')).toBe('_top');
		const links = await page.$$eval('main a', (as) => as.map((a) => [a.getAttribute('href'), a.getAttribute('target')]));
		expect(links.filter(([, t]) => t !== '_top')).toEqual([]);
		// Chapter links go to the story page’s chapters.
		const bar = await page.getAttribute('.timeline__bar[data-value="34"]', 'href');
		expect(new URL(bar!, page.url()).href).toBe(`${baseURL}/#kosovo`);
	});

	it('shows tooltips here too', async () => {
		const { page } = w;
		await page.locator('.timeline__bar[data-value="2"]').hover();
		await expect.poll(() => tooltip(page).textContent()).toContain('2 personnel from January 2019, continuing (as of 2026)');
		expectClean(w);
	});
});

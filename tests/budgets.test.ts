/**
 * What can be held about speed without timing it: the bytes of the built site (budgets in
 * gzipped bytes), MapLibre kept out of the first page's preload list and out of the requests
 * before the map is needed, a start-up in several tasks that reads no link and adds no preload
 * link, theatre detail fetched as the reader approaches it, and one map.
 * The timings themselves are measured by `npm run bench`, not asserted here.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { KB, gzipSize, gzipTotal, kindOf, linkHrefs, mapLibreFiles, sitePath } from '../bench/bytes';
import { launch, openPage, waitForMapOn, type Watched } from './helpers/browser';
import { wheelUntilActive } from './helpers/story';
import { stories, story } from './helpers/stories';

const BUILD = 'build';
const BUDGET = {
	html: 60 * KB,
	beforeMap: 60 * KB,
	firstChapterGeo: 100 * KB
};

const html = readFileSync(join(BUILD, 'index.html'), 'utf8');
const geoMeta = stories[0]!.geo;
const mapLibre = mapLibreFiles(BUILD);

describe('the built first page', () => {
	it('finds MapLibre in the build, by its code and by the manifest when it describes this build', () => {
		expect(mapLibre.files.some((f) => f.endsWith('.js') && !f.includes('/workers/'))).toBe(true);
		expect(mapLibre.files.some((f) => f.includes('/workers/'))).toBe(true);
	});

	it(`has HTML of at most ${BUDGET.html / KB} KB gzipped`, () => {
		expect(gzipSize(join(BUILD, 'index.html'))).toBeLessThanOrEqual(BUDGET.html);
	});

	it('carries the prose once, as HTML, and not again as load data', () => {
		// See src/lib/story/prose.ts. Paragraphs whose HTML is their text, without escapes or figures:
		const texts = story.chapters.flatMap((c) => c.paragraphs.map((p) => p.text)).filter((t) => !/[{&<>"']/.test(t));
		expect(texts.length).toBeGreaterThan(20);
		for (const text of texts) expect(html.split(text).length - 1, text.slice(0, 60)).toBe(1);
		const data = html.slice(html.lastIndexOf('<script'));
		for (const key of ['quotes', 'endNotes']) expect(data).not.toContain(`${key}:`);
	});

	it('leaves MapLibre out of its modulepreload list and stylesheets', () => {
		const preloads = linkHrefs(html, 'modulepreload');
		const styles = linkHrefs(html, 'stylesheet');
		expect(preloads.length).toBeGreaterThan(0);
		for (const file of [...preloads, ...styles]) expect(mapLibre.files).not.toContain(file);
	});

	it(`preloads at most ${BUDGET.beforeMap / KB} KB gzipped of JS and CSS`, () => {
		const files = [...linkHrefs(html, 'modulepreload'), ...linkHrefs(html, 'stylesheet')];
		expect(gzipTotal(BUILD, files)).toBeLessThanOrEqual(BUDGET.beforeMap);
	});
});

describe('a reader on the first page', () => {
	let browser: Browser;
	let w: Watched;
	/** Site paths in request order. */
	const requests: { path: string }[] = [];
	const requested = (pred: (p: string) => boolean) => requests.filter((r) => pred(r.path)).map((r) => r.path);
	const theatrePath = (id: string) => geoMeta.theatres.find((t) => t.id === id)!.url;
	/** Until the page is live: "Explore the map" shows. */
	const live = () => w.page.waitForSelector('.map-figure__controls .button:not([hidden])', { state: 'attached' });

	beforeAll(async () => {
		browser = await launch();
		w = await openPage(browser);
		// Counts WebGL contexts: one map means one.
		await w.page.addInitScript(() => {
			const original = HTMLCanvasElement.prototype.getContext;
			(window as unknown as { __webgl: number }).__webgl = 0;
			HTMLCanvasElement.prototype.getContext = function (this: HTMLCanvasElement, type: string, ...rest: unknown[]) {
				if (type.startsWith('webgl')) (window as unknown as { __webgl: number }).__webgl += 1;
				return original.call(this, type as '2d', ...(rest as [])) as never;
			} as typeof original;
		});
		// Counts reads of a link's resolved address (SvelteKit's router reads it for every link it
		// considers for preloading).
		await w.page.addInitScript(() => {
			const counted = window as unknown as { __linkReads: number };
			counted.__linkReads = 0;
			const href = Object.getOwnPropertyDescriptor(HTMLAnchorElement.prototype, 'href')!;
			Object.defineProperty(HTMLAnchorElement.prototype, 'href', {
				...href,
				get(this: HTMLAnchorElement) {
					counted.__linkReads += 1;
					return href.get!.call(this);
				}
			});
		});
		// Notes each yield to the browser (src/hooks.client.ts), and whether SvelteKit's router had
		// set up by then: it stamps its history entry as it does.
		await w.page.addInitScript(() => {
			const noted = window as unknown as { __yields: { routerSetUp: boolean }[] };
			noted.__yields = [];
			const scheduler = (window as unknown as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
			const original = scheduler?.yield?.bind(scheduler);
			if (!scheduler || !original) return;
			scheduler.yield = () => {
				const state: unknown = history.state;
				noted.__yields.push({ routerSetUp: !!state && Object.keys(state).some((k) => k.startsWith('sveltekit')) });
				return original();
			};
		});
		const base = inject('baseURL');
		w.page.on('request', (r) => {
			if (r.url().startsWith(base)) requests.push({ path: sitePath(r.url().slice(base.length)) });
		});
		await w.page.goto(`${base}/`);
		await w.page.waitForLoadState('load');
	});

	afterAll(async () => {
		await browser?.close();
	});

	it('goes live without reading its hundreds of links: the router has none to preload', async () => {
		// Live, and before the map starts (a later test), whose code is not start-up's. SvelteKit's
		// router used to read every link's options here, about a third of the phone's start-up task;
		// scripts/patches/ has it skip them when no link asks for preloading.
		await live();
		const reads = await w.page.evaluate(() => (window as unknown as { __linkReads: number }).__linkReads);
		// The links as served: the page's own count falls as the chapters' places become buttons.
		const links = html.match(/<a\s[^>]*href=/g)?.length ?? 0;
		expect(links).toBeGreaterThan(300);
		expect(reads).toBeLessThan(links / 10);
	});

	it('starts in more than one task: SvelteKit yields to the browser before it sets up its router and hydrates', async () => {
		// On a phone, the modules' run, the router's set-up and the hydration were one long task.
		await live();
		const yields = await w.page.evaluate(() => (window as unknown as { __yields: { routerSetUp: boolean }[] }).__yields);
		expect(yields[0]).toEqual({ routerSetUp: false });
	});

	it('puts no preload links of its own into the page as it starts (vite.config.ts, modulePreload)', async () => {
		// SvelteKit imports its error page's code at start; each link Vite's helper added for its
		// chunks was DOM work inside the start-up's task.
		await live();
		const served = html.match(/<link[^>]+rel="modulepreload"/g)?.length ?? 0;
		expect(served).toBeGreaterThan(0);
		expect(await w.page.locator('link[rel="modulepreload"]').count()).toBe(served);
	});

	it('fetches no MapLibre before the map is needed, and starts it when the pointer comes to the map', async () => {
		// Whatever has loaded so far, MapLibre is not among it (the idle start comes seconds later).
		const early = requests.map((r) => r.path);
		expect(early.filter((p) => mapLibre.files.includes(p))).toEqual([]);
		await w.page.hover('.map-figure');
		await waitForMapOn(w.page, 'intro', { ask: false });
		expect(requested((p) => mapLibre.files.includes(p)).length).toBeGreaterThan(0);
	});

	it(`needs at most ${BUDGET.beforeMap / KB} KB gzipped of JS and CSS before the map`, () => {
		const firstMap = requests.findIndex((r) => mapLibre.files.includes(r.path));
		expect(firstMap).toBeGreaterThan(0);
		const before = requests
			.slice(0, firstMap)
			.map((r) => r.path)
			.filter((p) => ['js', 'css'].includes(kindOf(p)));
		expect(before.length).toBeGreaterThan(0);
		expect(gzipTotal(BUILD, before)).toBeLessThanOrEqual(BUDGET.beforeMap);
	});

	it(`loads at most ${BUDGET.firstChapterGeo / KB} KB gzipped of map data for the first chapter, and no theatre detail`, () => {
		const data = requested((p) => ['data', 'static map'].includes(kindOf(p)));
		// The static map shown first, and the map's own data.
		expect(data).toContain('data/maps/intro.svg');
		expect(data.some((p) => kindOf(p) === 'data')).toBe(true);
		expect(gzipTotal(BUILD, data)).toBeLessThanOrEqual(BUDGET.firstChapterGeo);
		expect(data.filter((p) => p.includes('theatre-'))).toEqual([]);
	});

	it('fetches a theatre’s detail as the reader approaches it, and not the far ones yet', async () => {
		// The first chapter's requests (previous test) held no theatre detail.
		await wheelUntilActive(w.page, 'kosovo');
		await waitForMapOn(w.page, 'kosovo');
		const theatres = requested((p) => p.includes('theatre-'));
		expect(theatres).toContain(theatrePath('kosovo'));
		// Iraq and South Sudan come chapters later.
		expect(theatres).not.toContain(theatrePath('iraq'));
		expect(theatres).not.toContain(theatrePath('south-sudan'));
	});

	it('requests each file once, no font, and no static map of a chapter it has not shown', () => {
		const paths = requests.map((r) => r.path);
		const data = paths.filter((p) => ['data', 'static map'].includes(kindOf(p)));
		expect(data.length).toBe(new Set(data).size);
		expect(paths.filter((p) => kindOf(p) === 'font')).toEqual([]);
		const shown = new Set(['intro', 'founding', 'kosovo']);
		for (const p of paths.filter((p) => kindOf(p) === 'static map')) {
			expect(shown.has(p.replace(/^data\/maps\/|(-tall|-locator)?\.svg$/g, '')), p).toBe(true);
		}
		expect(w.foreignRequests).toEqual([]);
	});

	it('has exactly one map: one MapLibre container, one canvas, one WebGL context', async () => {
		const counts = await w.page.evaluate(() => ({
			maps: document.querySelectorAll('.maplibregl-map').length,
			canvases: document.querySelectorAll('canvas.maplibregl-canvas').length,
			webgl: (window as unknown as { __webgl: number }).__webgl
		}));
		expect(counts).toEqual({ maps: 1, canvases: 1, webgl: 1 });
		expect(w.pageErrors).toEqual([]);
		expect(w.consoleErrors).toEqual([]);
	});
});

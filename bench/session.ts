/**
 * A reader's session in Chromium, measured from inside the page: the start-up of `/` on a phone
 * with the CPU slowed down, when the map is needed (the reader's first scroll) and when it first
 * settles, three scripted scrolls through every chapter (time from each chapter's activation to
 * the map's idle on it), every long task with the scripts that ran in it (long animation frames),
 * layout shifts, the bytes requested by kind, and the JS heap, DOM nodes and listeners after each
 * scroll-through.
 */
import type { CDPSession, Page } from 'playwright-core';
import { longTasksBetween, type AttributedTask, type LongTasks, type RawFrame, type RawLink, type RawLongTask } from './attribution';
import { gzipSize, kindOf, sitePath, type Kind } from './bytes';
import { cumulativeLayoutShift } from './report';
import { launch } from '../tests/helpers/browser';
import { activeChapter, wheelUntilActive } from '../tests/helpers/story';
import { pageElements, pageListeners } from '../tests/helpers/counters';
import { join } from 'node:path';

export interface ChapterTiming {
	id: string;
	/** From the chapter becoming active to the map reporting idle on it. */
	toIdleMs: number;
}

export interface SessionFigures {
	viewport: { width: number; height: number };
	/** The largest contentful paint on a phone and on the desktop viewport: what it was, and when. */
	lcp: { phone: { t: number; element: string } | null; desktop: { t: number; element: string } | null };
	/** When the map was needed: the reader's first scroll after load, from navigation start. */
	mapRequestedMs: number;
	/** When the map first reported idle, from navigation start. */
	mapIdleMs: number;
	chapters: ChapterTiming[];
	/** The start-up of `/` on a phone, its CPU slowed down `cpuSlowdown` times: long tasks to a quiet spell after load. */
	phoneStart: LongTasks & { cpuSlowdown: number; domNodes: number; listeners: number };
	/** Long tasks in the three scroll-throughs (after the map's first idle), each with its pass and the chapter active then. */
	longTasks: LongTasks & {
		/** Per scroll-through. */
		passes: { count: number; maxMs: number; blockingMs: number }[];
		tasks: (AttributedTask & { pass: number; chapter: string })[];
	};
	/** Long tasks while MapLibre started (from the reader's first scroll to its first idle). */
	startupLongTasks: LongTasks;
	/** CLS over the whole session: the largest session window of shifts without recent input. */
	layoutShift: number;
	/** The larger shifts and what moved. */
	layoutShiftSources: { t: number; value: number; nodes: string[] }[];
	/** Gzipped bytes requested, by kind: before the map, for its start, and for the whole scroll-through. */
	bytes: Record<'beforeMap' | 'mapStart' | 'scrollThrough', Partial<Record<Kind, number>>>;
	heap: { beforeMB: number; afterOneMB: number; afterTwoMB: number; afterThreeMB: number; ratio: number };
	/** DOM nodes and event listeners before the first scroll-through and after each: a leak shows as steady growth. */
	domCounters: { nodes: number; listeners: number }[];
}

interface InPage {
	longTasks: RawLongTask[];
	/** Long animation frames (over 50 ms), with the scripts that ran in them. */
	frames: RawFrame[];
	/** WebGL program links (the map's shaders), timed with the wait for their status. */
	links: RawLink[];
	/** The reader's first scroll, key, tap or wheel turn (the map is needed from then on). */
	firstInput: number | null;
	shifts: { t: number; value: number }[];
	/** What moved, for the larger shifts: element and score. */
	shiftSources: { t: number; value: number; nodes: string[] }[];
	lcp: { t: number; element: string } | null;
	events: { t: number; kind: 'active' | 'idle'; value: string }[];
}

/** Installed before the page's own scripts: records long tasks, layout shifts, activations and map idles. */
function instrument() {
	const rec: InPage = { longTasks: [], frames: [], links: [], firstInput: null, shifts: [], shiftSources: [], lcp: null, events: [] };
	(window as unknown as { __bench: InPage }).__bench = rec;
	// MapLibre asks for a program's status right after linking it, so the page waits for the GPU
	// process to compile it then; timing the two together names that wait in the long tasks.
	for (const proto of [WebGL2RenderingContext.prototype, WebGLRenderingContext.prototype]) {
		const link = proto.linkProgram;
		proto.linkProgram = function (this: WebGLRenderingContext, program: WebGLProgram) {
			const start = performance.now();
			link.call(this, program);
			this.getProgramParameter(program, this.LINK_STATUS);
			rec.links.push({ start, duration: performance.now() - start });
		};
	}
	new PerformanceObserver((list) => {
		for (const e of list.getEntries()) rec.longTasks.push({ start: e.startTime, duration: e.duration });
	}).observe({ type: 'longtask', buffered: true });
	type Script = PerformanceEntry & {
		sourceURL: string;
		sourceFunctionName: string;
		invoker: string;
		invokerType: string;
		forcedStyleAndLayoutDuration: number;
	};
	type Frame = PerformanceEntry & { renderStart: number; styleAndLayoutStart: number; scripts: Script[] };
	try {
		new PerformanceObserver((list) => {
			for (const f of list.getEntries() as Frame[]) {
				rec.frames.push({
					start: f.startTime,
					duration: f.duration,
					renderStart: f.renderStart,
					styleAndLayoutStart: f.styleAndLayoutStart,
					scripts: f.scripts.map((s) => ({
						start: s.startTime,
						duration: s.duration,
						sourceURL: s.sourceURL,
						sourceFunctionName: s.sourceFunctionName,
						invoker: s.invoker,
						invokerType: s.invokerType,
						forcedStyleAndLayoutDuration: s.forcedStyleAndLayoutDuration
					}))
				});
			}
		}).observe({ type: 'long-animation-frame', buffered: true });
	} catch {
		// A browser without long animation frames: long tasks go unattributed.
	}
	const first = () => {
		rec.firstInput ??= performance.now();
	};
	for (const type of ['scroll', 'wheel', 'touchstart', 'pointerdown', 'keydown'])
		addEventListener(type, first, { capture: true, passive: true, once: true });
	new PerformanceObserver((list) => {
		type Shift = PerformanceEntry & { value: number; hadRecentInput: boolean; sources?: { node?: Node }[] };
		for (const e of list.getEntries() as Shift[]) {
			if (e.hadRecentInput) continue;
			rec.shifts.push({ t: e.startTime, value: e.value });
			if (e.value >= 0.001) {
				const nodes = (e.sources ?? []).map(({ node }) => {
					const el = node instanceof Element ? node : node?.parentElement;
					return el ? `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}.${[...el.classList].join('.')}` : '?';
				});
				rec.shiftSources.push({ t: Math.round(e.startTime), value: Number(e.value.toFixed(4)), nodes });
			}
		}
	}).observe({ type: 'layout-shift', buffered: true });
	new PerformanceObserver((list) => {
		const e = list.getEntries().at(-1) as (PerformanceEntry & { element?: Element | null; url?: string }) | undefined;
		if (!e) return;
		const el = e.element;
		const name = el ? `${el.tagName.toLowerCase()}${el.className ? `.${String(el.className).split(' ').join('.')}` : ''}` : '?';
		rec.lcp = { t: Math.round(e.startTime), element: e.url ? `${name} (${e.url.split('/').slice(-2).join('/')})` : name };
	}).observe({ type: 'largest-contentful-paint', buffered: true });
	const watch = () => {
		new MutationObserver((records) => {
			const t = performance.now();
			for (const r of records) {
				const el = r.target as Element;
				if (r.attributeName === 'aria-current' && el.getAttribute('aria-current') === 'step')
					rec.events.push({ t, kind: 'active', value: el.getAttribute('href')?.slice(1) ?? '' });
				if (el.classList.contains('map-figure') && el.getAttribute('data-status') === 'idle')
					rec.events.push({ t, kind: 'idle', value: el.getAttribute('data-scene') ?? '' });
			}
		}).observe(document.documentElement, {
			subtree: true,
			attributes: true,
			attributeFilter: ['aria-current', 'data-status', 'data-scene']
		});
	};
	if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', watch);
	else watch();
}

const readRecord = (page: Page) => page.evaluate(() => (window as unknown as { __bench: InPage }).__bench);

/**
 * Resolves once `selector` matches an element, watching the attributes the story changes rather
 * than polling each frame. By `page.evaluate` alone: Playwright's `waitForFunction` and `$$eval`
 * bring its selector engine into the page, about 0.5 MB of script and compiled code in the heap
 * the bench reads (2026-12-08), which is the driver's, not the page's.
 */
function waitForMatch(page: Page, selector: string, timeoutMs = 60_000): Promise<void> {
	return page.evaluate(
		([selector, timeoutMs]) =>
			new Promise<void>((resolve, reject) => {
				if (document.querySelector(selector)) return resolve();
				const observer = new MutationObserver(() => {
					if (!document.querySelector(selector)) return;
					clearTimeout(timer);
					observer.disconnect();
					resolve();
				});
				const timer = setTimeout(() => {
					observer.disconnect();
					reject(new Error(`Waited ${timeoutMs} ms for ${selector}`));
				}, timeoutMs);
				observer.observe(document.body, {
					subtree: true,
					attributes: true,
					attributeFilter: ['aria-current', 'data-status', 'data-scene']
				});
			}),
		[selector, timeoutMs] as const
	);
}

const waitForIdleOn = (page: Page, id: string) => waitForMatch(page, `.map-figure[data-status="idle"][data-scene="${id}"]`);

/**
 * The document's elements and the listeners on the window and the document's nodes, read as the
 * kiosk's soak test reads them: Chromium's own DOM counters also hold detached nodes waiting for a
 * collection and the listeners of requests in flight, which swing between two readings.
 */
async function domCounters(page: Page, cdp: CDPSession): Promise<{ nodes: number; listeners: number }> {
	return { nodes: await pageElements(page), listeners: await pageListeners(cdp) };
}

async function heapMB(cdp: CDPSession): Promise<number> {
	await cdp.send('HeapProfiler.collectGarbage');
	await cdp.send('HeapProfiler.collectGarbage');
	const { usedSize } = await cdp.send('Runtime.getHeapUsage');
	return usedSize / 1024 / 1024;
}

/**
 * One scroll-through: from the first chapter down to the last, waiting for the map on each, then
 * back to the top (a jump, as the Home key does) and the map back on the first chapter. Each
 * pass repeats the same work, so memory that grows from pass to pass is not a cache filling up.
 */
async function scrollThrough(page: Page, ids: readonly string[]): Promise<void> {
	for (const id of ids.slice(1)) {
		await wheelUntilActive(page, id, 200);
		await waitForIdleOn(page, id);
	}
	await page.evaluate(() => window.scrollTo({ top: 0, behavior: 'instant' }));
	await waitForMatch(page, `nav[aria-label="Chapters"] a[aria-current="step"][href="#${ids[0]}"]`);
	await waitForIdleOn(page, ids[0]!);
}

function bytesByKind(buildDir: string, paths: readonly string[]): Partial<Record<Kind, number>> {
	const out: Partial<Record<Kind, number>> = {};
	for (const p of new Set(paths)) {
		const file = p === '' ? 'index.html' : p;
		let size: number;
		try {
			size = gzipSize(join(buildDir, file));
		} catch {
			continue; // Not a file of the build (a 404): nothing transferred worth counting.
		}
		const kind = kindOf(file);
		out[kind] = (out[kind] ?? 0) + size;
	}
	return out;
}

/** How many times slower than this machine the phone's CPU is taken to be (Lighthouse's mobile preset). */
const PHONE_CPU_SLOWDOWN = 4;
/** A quiet spell after load: no long task for this long ends the phone's start-up. */
const QUIET_MS = 2000;

export async function runSession(baseURL: string, buildDir: string, mapFiles: readonly string[]): Promise<SessionFigures> {
	const browser = await launch([], { softwareCompositing: false });
	try {
		const phone = await browser.newContext({
			viewport: { width: 412, height: 823 },
			isMobile: true,
			hasTouch: true,
			deviceScaleFactor: 1.75
		});
		const phonePage = await phone.newPage();
		const phoneCdp = await phone.newCDPSession(phonePage);
		await phoneCdp.send('Emulation.setCPUThrottlingRate', { rate: PHONE_CPU_SLOWDOWN });
		await phonePage.addInitScript({ content: `globalThis.__name = (f) => f; (${instrument.toString()})();` });
		await phonePage.goto(`${baseURL}/`, { waitUntil: 'load' });
		await phonePage
			.waitForFunction(() => (window as unknown as { __bench: InPage }).__bench.lcp !== null, null, { timeout: 15_000 })
			.catch(() => {});
		// Start-up ends with a quiet spell: no long task for QUIET_MS (and none of the reader's input, so no map).
		await phonePage
			.waitForFunction(
				(quiet) => {
					const { longTasks } = (window as unknown as { __bench: InPage }).__bench;
					const last = longTasks.at(-1);
					return performance.now() - (last ? last.start + last.duration : 0) > quiet;
				},
				QUIET_MS,
				{ timeout: 30_000, polling: 250 }
			)
			.catch(() => {});
		const phoneRecord = await readRecord(phonePage);
		const phoneCounters = await domCounters(phonePage, phoneCdp);
		const phoneStart = {
			cpuSlowdown: PHONE_CPU_SLOWDOWN,
			domNodes: phoneCounters.nodes,
			listeners: phoneCounters.listeners,
			...longTasksBetween(phoneRecord.longTasks, phoneRecord.frames, 0, Infinity)
		};
		await phone.close();

		const viewport = { width: 1280, height: 800 };
		const context = await browser.newContext({ viewport });
		const page = await context.newPage();
		// As source, with the helper tsx's transform may add for function names.
		await page.addInitScript({ content: `globalThis.__name = (f) => f; (${instrument.toString()})();` });
		const paths: string[] = [];
		page.on('request', (r) => {
			if (r.url().startsWith(baseURL)) paths.push(sitePath(r.url().slice(baseURL.length)).replace(/[?#].*$/, ''));
		});
		const cdp = await context.newCDPSession(page);

		await page.goto(`${baseURL}/`, { waitUntil: 'load' });
		const beforeMap = paths.filter((p) => !mapFiles.includes(p));
		// The reader's first scroll: the map is needed from then on (a key or a tap would do as well).
		// A short one, so the first chapter stays the active one.
		await page.mouse.move(viewport.width * 0.2, viewport.height * 0.6);
		await page.mouse.wheel(0, 60);
		await waitForIdleOn(page, 'intro');
		const startRecord = await readRecord(page);
		const mapRequestedMs = startRecord.firstInput ?? NaN;
		const mapIdleMs = startRecord.events.find((e) => e.kind === 'idle')?.t ?? NaN;
		const mapStartPaths = paths.slice(beforeMap.length);

		const ids = await page.evaluate(() =>
			[...document.querySelectorAll('nav[aria-label="Chapters"] a')].map((a) => a.getAttribute('href')!.slice(1))
		);
		if ((await activeChapter(page)) !== ids[0]) throw new Error('The session must start on the first chapter');
		const pathsAtScroll = paths.length;
		const beforeMB = await heapMB(cdp);
		const counters = [await domCounters(page, cdp)];
		const heaps: number[] = [];
		/** [start, end] of each scroll-through, ms since navigation. */
		const passes: [number, number][] = [];
		let scrollPaths: string[] = [];
		for (let i = 0; i < 3; i++) {
			const from = await page.evaluate(() => performance.now());
			await scrollThrough(page, ids);
			passes.push([from, await page.evaluate(() => performance.now())]);
			if (i === 0) scrollPaths = paths.slice(pathsAtScroll);
			// Memory that grows with each pass would be a leak, not a cache filling up.
			heaps.push(await heapMB(cdp));
			counters.push(await domCounters(page, cdp));
		}
		const record = await readRecord(page);
		await context.close();
		const [afterOneMB = NaN, afterTwoMB = NaN, afterThreeMB = NaN] = heaps;
		const scrollStart = passes[0]![0];

		const chapters: ChapterTiming[] = [];
		for (const id of [...ids.slice(1), ids[0]!]) {
			const active = record.events.find((e) => e.kind === 'active' && e.value === id && e.t >= scrollStart);
			const idle = active && record.events.find((e) => e.kind === 'idle' && e.value === id && e.t >= active.t);
			const label = id === ids[0] ? `${id} (back to top)` : id;
			chapters.push({ id: label, toIdleMs: active && idle ? Math.round(idle.t - active.t) : NaN });
		}
		const chapterAt = (t: number) => record.events.filter((e) => e.kind === 'active' && e.t <= t).at(-1)?.value ?? '?';
		const passOf = (t: number) => passes.findIndex(([a, b]) => t >= a && t <= b) + 1;
		const during = longTasksBetween(record.longTasks, record.frames, scrollStart, passes.at(-1)![1], record.links);
		const perPass = passes.map(([a, b]) => longTasksBetween(record.longTasks, [], a, b));

		const round = (n: number) => Math.round(n);
		return {
			viewport,
			lcp: { phone: phoneRecord.lcp, desktop: startRecord.lcp },
			phoneStart,
			mapRequestedMs: round(mapRequestedMs),
			mapIdleMs: round(mapIdleMs),
			chapters,
			longTasks: {
				...during,
				passes: perPass.map((p) => ({ count: p.count, maxMs: p.maxMs, blockingMs: p.blockingMs })),
				tasks: during.tasks.map((t) => ({ ...t, pass: passOf(t.startMs), chapter: chapterAt(t.startMs) }))
			},
			startupLongTasks: longTasksBetween(record.longTasks, record.frames, mapRequestedMs, mapIdleMs, record.links),
			layoutShift: Number(cumulativeLayoutShift(record.shifts).toFixed(4)),
			layoutShiftSources: record.shiftSources,
			bytes: {
				beforeMap: bytesByKind(buildDir, beforeMap),
				mapStart: bytesByKind(buildDir, mapStartPaths),
				scrollThrough: bytesByKind(buildDir, scrollPaths)
			},
			heap: {
				beforeMB: Number(beforeMB.toFixed(2)),
				afterOneMB: Number(afterOneMB.toFixed(2)),
				afterTwoMB: Number(afterTwoMB.toFixed(2)),
				afterThreeMB: Number(afterThreeMB.toFixed(2)),
				ratio: Number((afterThreeMB / afterOneMB).toFixed(3))
			},
			domCounters: counters
		};
	} finally {
		await browser.close();
	}
}

/**
 * The kiosk runs for days: a soak run of many attract loops at accelerated timings keeps the JS
 * heap flat (within 10 % after warm-up), the page's listeners and nodes and the map's layers,
 * sources and markers constant, and exactly one map and one WebGL context.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, CDPSession, Page } from 'playwright-core';
import { launch, openPage, type Watched } from './helpers/browser';
import { mapStats, readKiosk } from './helpers/kiosk';

const baseURL = inject('baseURL');
const WARM_UP_LOOPS = 2;
const SOAK_LOOPS = 12;
let browser: Browser;
let w: Watched;

beforeAll(async () => {
	browser = await launch();
});

afterAll(async () => {
	await w?.context.close();
	await browser?.close();
});

/** Counts the canvases that ever got a WebGL context, from before the page's own scripts run. */
const COUNT_WEBGL = `(() => {
	const seen = new WeakSet();
	let count = 0;
	const original = HTMLCanvasElement.prototype.getContext;
	HTMLCanvasElement.prototype.getContext = function (type, ...rest) {
		const ctx = original.call(this, type, ...rest);
		if (ctx && String(type).startsWith('webgl') && !seen.has(this)) {
			seen.add(this);
			count += 1;
		}
		return ctx;
	};
	Object.defineProperty(window, '__webglContexts', { get: () => count });
})();`;

interface Snapshot {
	heap: number;
	listeners: number;
	nodes: number;
	canvases: number;
	contexts: number;
	map: Awaited<ReturnType<typeof mapStats>>;
}

async function snapshot(page: Page, cdp: CDPSession): Promise<Snapshot> {
	// Twice: the first collection can free objects whose finalisers free more.
	await cdp.send('HeapProfiler.collectGarbage');
	await cdp.send('HeapProfiler.collectGarbage');
	const { usedSize } = await cdp.send('Runtime.getHeapUsage');
	const { metrics } = await cdp.send('Performance.getMetrics');
	const metric = (name: string) => metrics.find((m) => m.name === name)?.value ?? -1;
	const map = await mapStats(page);
	return {
		heap: usedSize,
		listeners: metric('JSEventListeners'),
		nodes: metric('Nodes'),
		canvases: await page.locator('canvas').count(),
		contexts: await page.evaluate(() => (window as unknown as { __webglContexts: number }).__webglContexts),
		map: map && { ...map, zoom: 0 }
	};
}

function waitForLoops(page: Page, loops: number): Promise<unknown> {
	return page.waitForFunction(
		(n) => Number(document.querySelector<HTMLElement>('.kiosk')?.dataset.loops) >= n,
		loops,
		{ timeout: 240_000, polling: 250 }
	);
}

/**
 * Stops the loop with the keyboard on a given chapter and waits for the map to settle there: the
 * same quiet state for both measurements. If the countdown interrupts first, tries again.
 */
async function quietOn(page: Page, chapter: string): Promise<void> {
	for (let attempt = 0; attempt < 5; attempt++) {
		await page.keyboard.press('ArrowRight');
		while ((await readKiosk(page)).chapter !== chapter) await page.keyboard.press('ArrowRight');
		const settled = await page.waitForFunction(
			(id) => {
				const k = document.querySelector<HTMLElement>('.kiosk')!;
				const m = document.querySelector<HTMLElement>('.kiosk-map')!;
				if (k.dataset.mode !== 'explore' || k.dataset.chapter !== id) return 'interrupted';
				return m.dataset.status === 'idle' && m.dataset.scene === id ? 'settled' : false;
			},
			chapter,
			{ timeout: 60_000 }
		);
		if ((await settled.jsonValue()) === 'settled') return;
	}
	throw new Error(`The map never settled on ${chapter}`);
}

describe('a soak run', () => {
	it(`keeps the heap flat and one map over ${SOAK_LOOPS} loops`, { timeout: 400_000 }, async () => {
		w = await openPage(browser);
		const { page } = w;
		await page.addInitScript(COUNT_WEBGL);
		// Each measurement stops the loop; the idle reset then starts it again.
		await page.goto(`${baseURL}/kiosk?dwell=0.5&idle=8&countdown=1&testing`);
		const cdp = await w.context.newCDPSession(page);
		await cdp.send('Performance.enable');

		await waitForLoops(page, WARM_UP_LOOPS);
		await quietOn(page, 'iraq');
		const before = await snapshot(page, cdp);
		const loopsBefore = (await readKiosk(page)).loops;
		await page.waitForSelector('.kiosk[data-mode="attract"]', { timeout: 60_000 });
		await waitForLoops(page, loopsBefore + SOAK_LOOPS);
		await quietOn(page, 'iraq');
		const after = await snapshot(page, cdp);
		console.log('soak', { before, after });

		expect(after.canvases).toBe(1);
		expect(after.contexts).toBe(1);
		expect(after.map).toEqual(before.map);
		expect(after.listeners).toBeLessThanOrEqual(before.listeners);
		expect(after.nodes).toBeLessThanOrEqual(before.nodes);
		expect(after.heap / before.heap, `heap ${before.heap} -> ${after.heap}`).toBeLessThan(1.1);
		expect(w.pageErrors).toEqual([]);
		expect(w.consoleErrors).toEqual([]);
		await cdp.detach();
	});
});

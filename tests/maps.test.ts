/**
 * Maps that read right, checked in Chromium on a phone, a desktop and the kiosk: for every
 * chapter, when it has just become active and the map is still, each of its places' markers is
 * on top at its own centre (not under the text card, the caption or a control; a marker drawn
 * with a nearer one, its dot hidden, at its name's centre), no two markers
 * or labels overlap, the key is shown, and the scale bar agrees with the map. Also: the first
 * screen's static map fills its figure, with land to its top edge; and the theatres' finer data
 * hands over to the world's with no visible edge. (`npm run shots` shows the same views.)
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import * as turf from '@turf/turf';
import { stories, story } from './helpers/stories';
import { launch, openPage, type Watched, expectClean, waitForMapOn } from './helpers/browser';
import { nextFrames, scrollSettled } from './helpers/story';
import { waitForKioskMapOn } from './helpers/kiosk';

const baseURL = inject('baseURL');
const chapters = story.chapters;
const geo = stories[0]!.geo;
const anchors = new Map(geo.places.map((p) => [p.id, p.anchor as [number, number]]));

let browser: Browser;
beforeAll(async () => {
	browser = await launch();
});
afterAll(async () => {
	await browser?.close();
});

interface MarkerReading {
	id: string;
	/** Centre of the place's button. */
	x: number;
	y: number;
	/** What the page has on top at that centre belongs to this place's button. */
	onTop: boolean;
	/** The dot and the label, on screen. */
	boxes: { x: number; y: number; w: number; h: number }[];
}

/** The shown markers: each place's button, its centre, what is on top there, and its dot and label boxes. */
function readMarkers(page: Page, root: string): Promise<MarkerReading[]> {
	return page.evaluate((root) => {
		const out: MarkerReading[] = [];
		const box = (el: Element) => {
			const r = el.getBoundingClientRect();
			return { x: r.left, y: r.top, w: r.width, h: r.height };
		};
		for (const button of document.querySelectorAll<HTMLElement>(`${root} .story-marker:not([hidden])`)) {
			const markerRoot = button.closest('.story-marker-root')!;
			if (getComputedStyle(markerRoot).visibility === 'hidden') continue;
			// A marker drawn with a nearer one (its dot would touch that one's) has no dot: its name is its mark.
			const target = markerRoot.classList.contains('is-follower')
				? button.querySelector('.story-marker__label')!
				: button.classList.contains('story-marker-root')
					? button.querySelector('.story-marker__dot')!
					: button;
			const r = target.getBoundingClientRect();
			const x = r.left + r.width / 2;
			const y = r.top + r.height / 2;
			const hit = document.elementFromPoint(x, y);
			const boxes = [box(button.querySelector('.story-marker__label')!)];
			// Places drawn as one area share one symbol: it counts once, with the first of them.
			const dot = markerRoot.querySelector(':scope > .story-marker__dot');
			if (dot && !markerRoot.classList.contains('is-follower') && markerRoot.querySelector('.story-marker') === button)
				boxes.push(box(dot));
			out.push({ id: button.dataset.place!, x, y, onTop: Boolean(hit && hit.closest('.story-marker') === button), boxes });
		}
		return out;
	}, root);
}

const overlapArea = (a: MarkerReading['boxes'][number], b: MarkerReading['boxes'][number]) =>
	Math.max(0, Math.min(a.x + a.w, b.x + b.w) - Math.max(a.x, b.x)) * Math.max(0, Math.min(a.y + a.h, b.y + b.h) - Math.max(a.y, b.y));

/** The scale bar's metres per pixel, read from its text and width. */
function readScale(page: Page, root: string): Promise<{ metres: number; px: number } | null> {
	return page.evaluate((root) => {
		const el = document.querySelector<HTMLElement>(`${root} .maplibregl-ctrl-scale`);
		if (!el || !el.offsetWidth) return null;
		const m = /([\d.]+)\s*(km|m)/.exec(el.textContent ?? '');
		if (!m) return null;
		return { metres: Number(m[1]) * (m[2] === 'km' ? 1000 : 1), px: el.getBoundingClientRect().width };
	}, root);
}

/** Checks one settled chapter's map as a reader sees it. */
async function checkChapter(page: Page, root: string, chapterId: string, where: string): Promise<void> {
	const chapter = chapters.find((c) => c.id === chapterId)!;
	const markers = await readMarkers(page, root);
	expect(markers.map((m) => m.id).sort(), `${where} ${chapterId}: markers shown`).toEqual([...chapter.places].sort());
	for (const m of markers) expect(m.onTop, `${where} ${chapterId}: ${m.id} is covered at its centre`).toBe(true);
	for (let i = 0; i < markers.length; i++) {
		for (let j = i + 1; j < markers.length; j++) {
			for (const a of markers[i]!.boxes) {
				for (const b of markers[j]!.boxes) {
					expect(overlapArea(a, b), `${where} ${chapterId}: ${markers[i]!.id} and ${markers[j]!.id} overlap`).toBeLessThan(1);
				}
			}
		}
	}
	const key = await page.locator(`${root} .map-key, .kiosk-card .map-key`).first().boundingBox();
	expect(key?.height ?? 0, `${where} ${chapterId}: a key is shown`).toBeGreaterThan(8);

	// The scale bar against the map: two markers' ground distance over their distance on screen.
	const scale = await readScale(page, root);
	expect(scale, `${where} ${chapterId}: a scale bar`).not.toBeNull();
	const single = markers.filter((m) => m.boxes.length === 2 && !m.id.includes('section'));
	if (single.length >= 2) {
		const [a, b] = [...single].sort((p, q) => p.x - q.x);
		const px = Math.hypot(b!.x - a!.x, b!.y - a!.y);
		const metres = turf.distance(anchors.get(a!.id)!, anchors.get(b!.id)!) * 1000;
		if (px > 80) {
			// Mercator: the bar is true at the map's centre; across a chapter's view the two differ by a few percent.
			const ratio = metres / px / (scale!.metres / scale!.px);
			expect(ratio, `${where} ${chapterId}: scale bar against ${a!.id}–${b!.id}`).toBeGreaterThan(0.85);
			expect(ratio).toBeLessThan(1.18);
		}
	}
}

/** Scrolls like a reader until the chapter's top has just crossed the reading line, where it becomes active. */
async function arriveAt(page: Page, id: string): Promise<void> {
	await page.evaluate((id) => {
		const top = document.getElementById(id)!.getBoundingClientRect().top + scrollY;
		scrollTo({ top: Math.max(0, top - innerHeight * 0.44), behavior: 'instant' });
	}, id);
	await scrollSettled(page);
	await page.waitForFunction(
		(id) => {
			const f = document.querySelector<HTMLElement>('.map-figure');
			return f?.dataset.status === 'idle' && f.dataset.scene === id;
		},
		id,
		{ timeout: 45_000 }
	);
	// Labels are placed where the camera stops.
	await page.waitForFunction(() => !document.querySelector('.story-marker-root.is-moving:not([hidden])'));
}

describe.each([
	['phone', { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true }],
	['desktop', { viewport: { width: 1280, height: 800 } }]
] as const)('every chapter on a %s', (size, options) => {
	let w: Watched;
	beforeAll(async () => {
		w = await openPage(browser, options);
		// Counts the map's WebGL program links: each waits for the GPU, so none may fall in a chapter's flight.
		await w.page.addInitScript(() => {
			const counted = window as unknown as { __programLinks: number };
			counted.__programLinks = 0;
			for (const proto of [WebGL2RenderingContext.prototype, WebGLRenderingContext.prototype]) {
				const link = proto.linkProgram;
				proto.linkProgram = function (this: WebGLRenderingContext, program: WebGLProgram) {
					counted.__programLinks++;
					link.call(this, program);
				};
			}
		});
		await w.page.goto(`${baseURL}/?testing`);
		// A first scroll asks for the map.
		await w.page.mouse.wheel(0, 10);
	});
	afterAll(async () => {
		await w?.context.close();
	});

	it('shows each place on top at its centre, nothing overlapping, with a key and a true scale bar', async () => {
		const links = () => w.page.evaluate(() => (window as unknown as { __programLinks: number }).__programLinks);
		let atFirstIdle = 0;
		for (const c of chapters) {
			await arriveAt(w.page, c.id);
			if (c === chapters[0]) atFirstIdle = await links();
			await checkChapter(w.page, '.map-figure', c.id, size);
		}
		expect(atFirstIdle, 'the map made its programs').toBeGreaterThan(5);
		// src/lib/map/primer.ts has MapLibre make every program while the map starts.
		expect(await links(), 'WebGL programs made after the map’s first idle, in a chapter’s flight').toBe(atFirstIdle);
		expectClean(w);
	});
});

describe('every chapter on the kiosk', () => {
	let w: Watched;
	beforeAll(async () => {
		w = await openPage(browser, { viewport: { width: 1920, height: 1080 }, hasTouch: true });
		await w.page.goto(`${baseURL}/kiosk?testing&dwell=600&idle=3600`);
	});
	afterAll(async () => {
		await w?.context.close();
	});

	it('shows each place on top at its centre, nothing overlapping, with a key and a true scale bar', async () => {
		for (const [i, c] of chapters.entries()) {
			if (i > 0) await w.page.keyboard.press('ArrowRight');
			await waitForKioskMapOn(w.page, c.id, 45_000);
			await w.page.waitForFunction(() => !document.querySelector('.story-marker-root.is-moving:not([hidden])'));
			await checkChapter(w.page, '.kiosk-map', c.id, 'kiosk');
		}
		expectClean(w);
	});

	it('sizes its map labels for a wall read from two metres', async () => {
		const size = await w.page.$eval('.kiosk-map .story-marker__label', (el) => parseFloat(getComputedStyle(el).fontSize));
		expect(size).toBeGreaterThanOrEqual(20);
	});
});

/** One frame of the map figure: the canvas's visibility ('none': no canvas yet), whether the static map is up, the map's status. */
interface FrameReading {
	canvas: string;
	still: boolean;
	status: string;
	/** The canvas's pixels per CSS pixel, against the device's (1: as sharp as the screen; 0: no canvas). */
	sharpness: number;
}

describe('the first screen and the seams', () => {
	it('shows the first chapter’s static map filling its figure, with land to its top edge', async () => {
		for (const viewport of [
			{ width: 1280, height: 800 },
			{ width: 390, height: 844 }
		]) {
			const w = await openPage(browser, { viewport });
			await w.page.goto(`${baseURL}/`);
			const img = w.page.locator('.map-figure__static');
			await img.waitFor();
			await w.page.waitForFunction(() => document.querySelector<HTMLImageElement>('.map-figure__static')?.complete);
			const fig = (await w.page.locator('.map-figure').boundingBox())!;
			const shown = (await img.boundingBox())!;
			// The picture covers the whole figure: no letterbox.
			expect(shown.width).toBeGreaterThanOrEqual(fig.width - 1);
			expect(shown.height).toBeGreaterThanOrEqual(fig.height - 1);
			// Its top rows, as displayed, are partly land (Europe, Russia): the land does not stop in a line.
			const png = await w.page.screenshot({ clip: { x: fig.x, y: fig.y + 1, width: fig.width, height: 3 } });
			// Decoded in a blank page: the story's CSP rightly forbids fetching data: URLs.
			const scratch = await w.context.newPage();
			const land = await scratch.evaluate(async (b64) => {
				const bitmap = await createImageBitmap(await (await fetch(`data:image/png;base64,${b64}`)).blob());
				const c = new OffscreenCanvas(bitmap.width, bitmap.height);
				const ctx = c.getContext('2d')!;
				ctx.drawImage(bitmap, 0, 0);
				const d = ctx.getImageData(0, 0, bitmap.width, 1).data;
				let n = 0;
				for (let i = 0; i < d.length; i += 4) if (d[i]! > 235 && d[i + 1]! > 235 && d[i + 2]! > 225 && d[i]! - d[i + 2]! > 4) n++;
				return n / (d.length / 4);
			}, png.toString('base64'));
			await scratch.close();
			expect(land, `land along the top at ${viewport.width} px`).toBeGreaterThan(0.15);
			await w.context.close();
		}
	});

	it('keeps the static map up until the live map has drawn its first view in full and sharp, and never shows the canvas before', async () => {
		const w = await openPage(browser);
		// Every frame from the first: is the canvas there and shown, is the static map there, and the map's status.
		await w.page.addInitScript(() => {
			const frames: FrameReading[] = [];
			(window as unknown as { __frames: typeof frames }).__frames = frames;
			const sample = () => {
				const canvas = document.querySelector<HTMLCanvasElement>('.map-figure canvas');
				frames.push({
					canvas: canvas ? getComputedStyle(canvas).visibility : 'none',
					still: Boolean(document.querySelector('.map-figure img.map-figure__static')),
					status: document.querySelector<HTMLElement>('.map-figure')?.dataset.status ?? '',
					sharpness: canvas?.clientWidth ? Math.round((canvas.width / canvas.clientWidth / devicePixelRatio) * 100) / 100 : 0
				});
				requestAnimationFrame(sample);
			};
			requestAnimationFrame(sample);
		});
		await w.page.goto(`${baseURL}/`);
		await waitForMapOn(w.page, 'intro');
		await nextFrames(w.page, 2);
		const all = await w.page.evaluate(() => (window as unknown as { __frames: FrameReading[] }).__frames);
		// From the frame the figure was parsed in.
		const frames = all.filter((f) => f.status !== '');
		const firstIdle = frames.findIndex((f) => f.status === 'idle');
		const before = frames.slice(0, firstIdle);
		// MapLibre drew frames meanwhile (its canvas was there), none of them shown, all under the static map.
		expect(before.filter((f) => f.canvas !== 'none').length).toBeGreaterThan(0);
		expect(before.filter((f) => f.canvas === 'visible' || !f.still)).toEqual([]);
		// Hidden, it was drawn at a quarter of the screen's resolution (src/lib/map/engine.ts #reveal).
		expect(before.some((f) => f.sharpness === 0.25)).toBe(true);
		// Drawn: the live map replaces the static one in the same frame, at the screen's resolution, and stays.
		expect(frames.slice(firstIdle)).toEqual(frames.slice(firstIdle).map((f) => ({ ...f, canvas: 'visible', still: false, sharpness: 1 })));
		expectClean(w);
		await w.context.close();
	});

	it('hands a theatre’s finer land over to the world’s with no visible edge', async () => {
		const w = await openPage(browser);
		await w.page.goto(`${baseURL}/?testing#iraq`);
		await w.page.waitForFunction(() => document.querySelector<HTMLElement>('.map-figure')?.dataset.scene === 'iraq');
		// West edge of the Iraq theatre's box, in the empty desert, at a zoom where detail draws.
		const iraq = geo.theatres.find((t) => t.id === 'iraq')!;
		const edge: [number, number] = [iraq.bbox[0]!, 32.9];
		const px = await w.page.evaluate(
			async ({ edge }) => {
				const hook = (window as unknown as { __storyMap: { jump(c: [number, number], z: number): Promise<[number, number]> } }).__storyMap;
				const [x, y] = await hook.jump(edge, 7);
				const canvas = document.querySelector<HTMLCanvasElement>('.map-figure canvas')!;
				const ratio = canvas.width / canvas.clientWidth;
				const c = document.createElement('canvas');
				c.width = canvas.width;
				c.height = canvas.height;
				const ctx = c.getContext('2d')!;
				ctx.drawImage(canvas, 0, 0);
				const at = (dx: number) => [...ctx.getImageData(Math.round((x + dx) * ratio), Math.round(y * ratio), 1, 1).data];
				return { inside: at(4), outside: at(-4) };
			},
			{ edge }
		);
		for (let i = 0; i < 3; i++) expect(Math.abs(px.inside[i]! - px.outside[i]!), `channel ${i}`).toBeLessThanOrEqual(1);
		await w.context.close();
	});
});

describe('the basemap', () => {
	it('is made in the map’s workers, which keep it: the page’s main thread never fetches it, nor is sent a copy', async () => {
		const w = await openPage(browser);
		const requested: string[] = [];
		w.page.on('request', (r) => requested.push(new URL(r.url()).pathname));
		await w.page.goto(`${baseURL}/?testing#iraq`);
		await w.page.waitForFunction(() => {
			const fig = document.querySelector<HTMLElement>('.map-figure')?.dataset;
			return fig?.scene === 'iraq' && fig.status === 'idle';
		});
		const files = [geo.world, ...geo.theatres.filter((t) => t.id === 'iraq').map((t) => t.url)].map((u) => `/${u}`);
		// Requested (by a worker), and not among the main thread's own fetches.
		for (const f of files) expect(requested, f).toContain(f);
		const mainThread = await w.page.evaluate(() => performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname));
		for (const f of files) expect(mainThread, f).not.toContain(f);
		// MapLibre 6 posts what a worker loaded from a URL back to the main thread; every one of its
		// workers here has its sources adapted not to, for topo:// answers (keepBasemapInWorkers).
		const mapWorkers = [];
		for (const worker of w.page.workers()) {
			const state = await worker.evaluate(() => {
				const inner = (self as unknown as { worker?: object }).worker;
				return inner ? Object.hasOwn(inner, '_getWorkerSource') : null;
			});
			if (state !== null) mapWorkers.push(state);
		}
		expect(mapWorkers.length).toBeGreaterThan(0);
		expect(mapWorkers.every(Boolean)).toBe(true);
		expectClean(w);
		await w.context.close();
	});
});

describe('a place opened from the chapter’s list', () => {
	it('is highlighted on the map and stays in view beside its details', async () => {
		const w = await openPage(browser);
		const { page } = w;
		await page.goto(`${baseURL}/?testing`);
		await page.mouse.wheel(0, 10);
		await arriveAt(page, 'iraq');
		await page.locator('#iraq .chapter__places button, #iraq .chapter__places a').filter({ hasText: 'Ramadi' }).first().click();
		await page.waitForSelector('.place-panel');
		// Highlighted: its marker marked as picked.
		await page.waitForSelector('.story-marker.is-picked[data-place="ramadi"]');
		// In view beside the panel: after any pan, its dot is on top at its centre, left of the panel.
		await expect
			.poll(
				async () => {
					const m = (await readMarkers(page, '.map-figure')).find((r) => r.id === 'ramadi');
					const panel = await page.locator('.place-panel').boundingBox();
					return Boolean(m?.onTop && panel && m.x < panel.x);
				},
				{ timeout: 10_000 }
			)
			.toBe(true);
		expectClean(w);
		await w.context.close();
	});
});

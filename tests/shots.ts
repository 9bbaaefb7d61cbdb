/**
 * `npm run shots [-- --story ID --out DIR --sizes phone,desktop,kiosk --chapters a,b]`: pictures of
 * every chapter's map of a story (the first of src/content/site.yaml unless --story names another)
 * to look at, as a graphics editor would, after any map change. It serves the
 * existing build/ (run `npm run build` first), and writes into DIR (default shots/, not committed):
 * - <size>-<chapter>-live.png: the story (or the kiosk) as a reader sees it when the chapter has
 *   just become active by scrolling and the map has settled;
 * - <size>-<chapter>-static.png: the same chapter's static map, as shown before the map starts,
 *   without WebGL or without JavaScript;
 * - sheet.png, and sheet-<size>.png per size: contact sheets of all of them;
 * - with --readme, static/readme-maps.jpg (readme-maps-<story>.jpg for another story): the README's
 *   picture (the desktop and phone rows).
 * Not a test: it asserts nothing, it shows.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { join, resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import type { StoryContent } from '../src/lib/content/load';
import { launch } from './helpers/browser';
import { scrollSettled } from './helpers/story';
import { waitForKioskMapOn } from './helpers/kiosk';
import { serveStatic } from './setup/server';

const arg = (name: string, fallback: string) => {
	const i = process.argv.indexOf(`--${name}`);
	return i >= 0 && process.argv[i + 1] ? process.argv[i + 1]! : fallback;
};
const site = JSON.parse(readFileSync('src/lib/generated/site.json', 'utf8')) as { stories: string[]; prefixes: Record<string, string> };
const STORY = arg('story', site.stories[0]!);
if (!site.stories.includes(STORY)) throw new Error(`--story ${STORY}: the stories are ${site.stories.join(', ')}`);
const PREFIX = site.prefixes[STORY] ?? '';
const { chapters } = JSON.parse(readFileSync(`src/lib/generated/stories/${STORY}/content.json`, 'utf8')) as StoryContent;
const OUT = resolve(arg('out', STORY === site.stories[0] ? 'shots' : `shots/${STORY}`));
const SIZES = arg('sizes', 'phone,desktop,kiosk').split(',') as Size[];
const ONLY = arg('chapters', chapters.map((c) => c.id).join(',')).split(',');

type Size = 'phone' | 'desktop' | 'kiosk';
const VIEWPORTS: Record<Size, { width: number; height: number; isMobile?: boolean; hasTouch?: boolean }> = {
	phone: { width: 390, height: 844, isMobile: true, hasTouch: true },
	desktop: { width: 1280, height: 800 },
	kiosk: { width: 1920, height: 1080, hasTouch: true }
};

async function settled(page: Page, selector: string, chapter: string): Promise<void> {
	await page.waitForFunction(
		([sel, id]) => {
			const f = document.querySelector<HTMLElement>(sel!);
			return f?.dataset.status === 'idle' && f.dataset.scene === id;
		},
		[selector, chapter],
		{ timeout: 60_000 }
	);
	// Labels are placed where the camera stops: two frames for them to be drawn.
	await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
}

async function story(browser: Browser, base: string, size: Size, files: string[]): Promise<void> {
	const context = await browser.newContext({
		viewport: VIEWPORTS[size],
		isMobile: VIEWPORTS[size].isMobile,
		hasTouch: VIEWPORTS[size].hasTouch
	});
	await context.addInitScript(NAME_SHIM);
	const page = await context.newPage();
	await page.goto(`${base}/${PREFIX}?testing`.replace('/?', PREFIX ? '?' : '/?'));
	await page.waitForSelector('.map-figure');
	for (const c of chapters) {
		// In order, each chapter as it arrives: scrolled until its top has just crossed the
		// reading line (45% down), where it becomes the active one.
		await page.mouse.wheel(0, 1);
		await page.evaluate((id) => {
			const top = document.getElementById(id)!.getBoundingClientRect().top + scrollY;
			scrollTo({ top: Math.max(0, top - innerHeight * 0.44), behavior: 'instant' });
		}, c.id);
		await scrollSettled(page);
		await settled(page, '.map-figure', c.id);
		if (!ONLY.includes(c.id)) continue;
		const file = `${size}-${c.id}-live.png`;
		await page.screenshot({ path: join(OUT, file) });
		files.push(file);
	}
	await context.close();
}

async function kiosk(browser: Browser, base: string, files: string[]): Promise<void> {
	const context = await browser.newContext({ viewport: VIEWPORTS.kiosk, hasTouch: true });
	await context.addInitScript(NAME_SHIM);
	const page = await context.newPage();
	await page.goto(`${base}/${PREFIX}kiosk?testing&dwell=600&idle=3600`);
	for (const [i, c] of chapters.entries()) {
		if (i > 0) await page.keyboard.press('ArrowRight');
		await waitForKioskMapOn(page, c.id, 60_000);
		await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
		if (!ONLY.includes(c.id)) continue;
		const file = `kiosk-${c.id}-live.png`;
		await page.screenshot({ path: join(OUT, file) });
		files.push(file);
	}
	await context.close();
}

/** The static maps as shown in the figure (no JavaScript: the stacked chapters' own maps would differ). */
async function statics(browser: Browser, base: string, size: Size, files: string[]): Promise<void> {
	// At the size of the map's figure, covered as the figure covers it.
	const figure = { phone: { width: 390, height: 796 }, desktop: { width: 768, height: 752 }, kiosk: VIEWPORTS.kiosk }[size];
	const page = await browser.newPage({ viewport: figure });
	await page.goto(`${base}/noscript.css`);
	for (const c of chapters.filter((c) => ONLY.includes(c.id))) {
		const variant = size === 'phone' ? `${c.id}-tall` : size === 'kiosk' ? `${c.id}-kiosk` : c.id;
		await page.setContent(
			`<body style="margin:0"><img style="display:block;width:100vw;height:100vh;object-fit:cover" src="${base}/${PREFIX}data/maps/${variant}.svg"></body>`
		);
		await page.waitForFunction(() => document.querySelector('img')?.complete);
		const file = `${size}-${c.id}-static.png`;
		await page.screenshot({ path: join(OUT, file) });
		files.push(file);
	}
	await page.close();
}

async function sheet(browser: Browser, files: string[], name: string, columns: number, path = join(OUT, name)): Promise<void> {
	const page = await browser.newPage({ viewport: { width: 1800, height: 1000 } });
	const cells = files
		.map(
			(f) =>
				`<figure><img src="data:image/png;base64,${readFileSync(join(OUT, f)).toString('base64')}"><figcaption>${f}</figcaption></figure>`
		)
		.join('');
	await page.setContent(
		`<style>body{margin:8px;font:12px sans-serif;display:grid;grid-template-columns:repeat(${columns},1fr);gap:8px}figure{margin:0}img{width:100%;border:1px solid #ccc}</style>${cells}`
	);
	await page.evaluate(() => Promise.all([...document.images].map((i) => i.decode())));
	await page.screenshot({
		path,
		fullPage: true,
		timeout: 120_000,
		...(path.endsWith('.jpg') ? { type: 'jpeg' as const, quality: 82 } : {})
	});
	await page.close();
}

mkdirSync(OUT, { recursive: true });
const server = await serveStatic('build');
const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
const browser = await launch();
// tsx keeps function names with a helper (__name) that functions sent to the page would miss.
const NAME_SHIM = { content: 'globalThis.__name = (f) => f;' };
try {
	const all: string[] = [];
	for (const size of SIZES) {
		const files: string[] = [];
		if (size === 'kiosk') await kiosk(browser, base, files);
		else await story(browser, base, size, files);
		await statics(browser, base, size, files);
		await sheet(browser, files, `sheet-${size}.png`, size === 'phone' ? 8 : 4);
		all.push(...files);
		console.log(`shots: ${size}: ${files.length} pictures`);
	}
	await sheet(browser, all, 'sheet.png', 8);
	// --readme: the README's picture, the live maps on a desktop and on a phone.
	if (process.argv.includes('--readme')) {
		const rows = ['desktop', 'phone'].flatMap((size) => chapters.map((c) => `${size}-${c.id}-live.png`)).filter((f) => all.includes(f));
		const file = STORY === site.stories[0] ? 'readme-maps.jpg' : `readme-maps-${STORY}.jpg`;
		await sheet(browser, rows, 'readme', chapters.length, resolve('static', file));
	}
	console.log(`shots: ${all.length} pictures and contact sheets in ${OUT}`);
} finally {
	await browser.close();
	server.close();
}

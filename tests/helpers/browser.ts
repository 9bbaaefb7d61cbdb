/**
 * Debian's Chromium driven by playwright-core, with the flags known to work on these machines,
 * and a page that records what a reader should never see: console errors, uncaught exceptions,
 * and requests to any host other than the test server.
 */
import { expect } from 'vitest';
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions, type Page } from 'playwright-core';

export const CHROMIUM = process.env.CHROME_PATH ?? '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
	'--use-angle=swiftshader',
	'--enable-unsafe-swiftshader',
	'--disable-quic',
	'--no-first-run',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync'
];

/**
 * Most tests composite the page on the CPU directly: compositing through SwiftShader's GL cost the
 * GPU process twice the CPU, and the suite is CPU-bound on two cores (layout.test.ts ran a fifth
 * faster). WebGL, the map, still renders on SwiftShader. A page whose map flies most of the time
 * (the kiosk's loop) is the exception: each WebGL frame is then read back for the compositor,
 * which cost the soak test half as long again, so those files keep Chromium's default, as the
 * bench does.
 */
const SOFTWARE_COMPOSITING = '--disable-gpu-compositing';

export function launch(extraArgs: string[] = [], { softwareCompositing = true } = {}): Promise<Browser> {
	const args = [...CHROMIUM_ARGS, ...(softwareCompositing ? [SOFTWARE_COMPOSITING] : []), ...extraArgs];
	return chromium.launch({ executablePath: CHROMIUM, args });
}

export interface Watched {
	context: BrowserContext;
	page: Page;
	consoleErrors: string[];
	pageErrors: string[];
	foreignRequests: string[];
}

/** A new context and page that records errors and any request leaving 127.0.0.1. */
export async function openPage(browser: Browser, options: BrowserContextOptions = {}): Promise<Watched> {
	const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, ...options });
	const page = await context.newPage();
	const watched: Watched = { context, page, consoleErrors: [], pageErrors: [], foreignRequests: [] };
	page.on('console', (msg) => {
		if (msg.type() === 'error') watched.consoleErrors.push(msg.text());
	});
	page.on('pageerror', (err) => watched.pageErrors.push(err.message));
	page.on('request', (req) => {
		const url = new URL(req.url());
		if (!['127.0.0.1', ''].includes(url.hostname) && !url.protocol.startsWith('data') && !url.protocol.startsWith('blob'))
			watched.foreignRequests.push(req.url());
	});
	return watched;
}

/**
 * The reader moves on from the first screen, which starts the map at once: a key press that
 * moves nothing (Shift). A reader who stays put gets the map after seconds of quiet
 * (MapFigure's idle start), which story.test.ts's first test waits for.
 */
export async function askForMap(page: Page): Promise<void> {
	// On a story page, once it is live (its navigation marks the chapter): a key pressed before
	// hydration has attached the map's listeners is missed (a reader's next move starts the map),
	// and the map would wait for the idle start. A page opened at a #fragment lays out every
	// chapter first, so it hydrates later than 'load'. An embed has no navigation.
	await page.waitForFunction(
		() => {
			const nav = document.querySelector('nav[aria-label="Chapters"]');
			return !nav || nav.querySelector('a[aria-current="step"]');
		},
		null,
		{ timeout: 15_000 }
	);
	await page.keyboard.press('Shift');
}

/**
 * Waits until the map reports it has settled on the given chapter's view, asking for it first
 * as a reader moving on does (askForMap), unless the test waits for the idle start.
 */
export async function waitForMapOn(
	page: Page,
	chapter: string,
	{ timeout = 30_000, ask = true }: { timeout?: number; ask?: boolean } = {}
): Promise<void> {
	if (ask) await askForMap(page);
	await page.waitForFunction(
		(id) => {
			const fig = document.querySelector('.map-figure');
			return fig?.getAttribute('data-status') === 'idle' && fig.getAttribute('data-scene') === id;
		},
		chapter,
		{ timeout }
	);
}

/** Asserts that the page asked no other host, threw nothing and logged no error. */
export function expectClean(w: Watched): void {
	expect(w.foreignRequests, 'requests to other hosts').toEqual([]);
	expect(w.pageErrors, 'uncaught exceptions').toEqual([]);
	expect(w.consoleErrors, `console errors: ${w.consoleErrors.join(' | ')}`).toEqual([]);
}

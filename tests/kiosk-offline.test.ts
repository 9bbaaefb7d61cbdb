/**
 * The kiosk without a server: after a first visit its service worker has cached the app, the
 * pages and the geo data, so the kiosk loads and runs with the server gone, at the site's root
 * and under a sub-path (BASE_PATH). A new build's worker replaces the old one and its cache.
 */
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import sirv from 'sirv';
import { serveStatic } from './setup/server';
import { buildSubpath, SUBPATH } from './helpers/variant-build';
import { launch, openPage, type Watched } from './helpers/browser';
import { readKiosk, waitForKioskMapOn } from './helpers/kiosk';

// The sub-path build subpath.test.ts tests too: built once for both.
const { dir: SUB_DIR, prefix: SUB_PATH } = SUBPATH;
let browser: Browser;
const opened: Watched[] = [];
const servers: Server[] = [];

beforeAll(async () => {
	// Maps in flight most of the time: GPU compositing (see launch).
	browser = await launch([], { softwareCompositing: false });
});

afterEach(async () => {
	for (const w of opened.splice(0)) await w.context.close();
	for (const s of servers.splice(0)) stop(s);
});

afterAll(async () => {
	await browser?.close();
});

async function serve(dir: string, prefix = ''): Promise<{ server: Server; origin: string }> {
	const server = await serveStatic(dir, prefix);
	servers.push(server);
	return { server, origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
}

/** The server goes away: no new connections, and the open keep-alive ones are cut. */
function stop(server: Server): void {
	server.close();
	server.closeAllConnections();
}

/** Waits until the worker controls the page and its cache holds the kiosk, its data and its maps. */
async function waitForOfflineReady(page: Page, kioskPath: string): Promise<string[]> {
	await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 60_000 });
	return page.evaluate(async (kiosk) => {
		const keys = await caches.keys();
		const cache = await caches.open(keys[0]!);
		const paths = (await cache.keys()).map((r) => new URL(r.url).pathname);
		if (!paths.includes(kiosk)) throw new Error(`${kiosk} is not cached: ${paths.join(', ')}`);
		return keys;
	}, kioskPath);
}

/** The first visit, then the same kiosk with its server stopped. */
async function visitThenGoOffline(origin: string, server: Server, prefix: string): Promise<Watched> {
	const w = await openPage(browser);
	opened.push(w);
	const { page } = w;
	await page.goto(`${origin}${prefix}/kiosk?dwell=600&testing`);
	await waitForKioskMapOn(page, 'intro');
	const keys = await waitForOfflineReady(page, `${prefix}/kiosk`);
	expect(keys).toHaveLength(1);
	expect(keys[0]).toMatch(/^kiosk-/);
	stop(server);
	await expect(fetch(`${origin}${prefix}/kiosk`)).rejects.toThrow();
	return w;
}

async function expectKioskWorks(page: Page): Promise<void> {
	await waitForKioskMapOn(page, 'intro');
	// Map data for another theatre, never requested before going offline, comes from the cache too.
	await page.click('.kiosk-nav button:has-text("Next")');
	await page.click('.kiosk-nav button:has-text("Next")');
	expect((await readKiosk(page)).chapter).toBe('kosovo');
	await waitForKioskMapOn(page, 'kosovo');
	await page.click('.story-marker[data-place="dragash"]');
	await page.waitForSelector('.kiosk-panel');
}

describe('the kiosk offline', () => {
	it('loads and runs with the server stopped, after a first visit', async () => {
		const { server, origin } = await serve('build');
		const w = await visitThenGoOffline(origin, server, '');
		await w.page.reload();
		await expectKioskWorks(w.page);
		// Other timings in the URL still find the cached page, and the loop runs.
		await w.page.goto(`${origin}/kiosk?dwell=0.5&testing`);
		await w.page.waitForFunction(() => document.querySelector<HTMLElement>('.kiosk')?.dataset.index === '2', undefined, {
			timeout: 30_000
		});
		// And the story itself.
		await w.page.goto(`${origin}/`);
		await w.page.waitForSelector('section.chapter#iraq');
		expect(w.pageErrors).toEqual([]);
		expect(w.foreignRequests).toEqual([]);
	});

	it('works under a sub-path too', { timeout: 240_000 }, async () => {
		await buildSubpath();
		const { server, origin } = await serve(SUB_DIR, SUB_PATH);
		const w = await visitThenGoOffline(origin, server, SUB_PATH);
		// The worker's scope is the sub-path.
		expect(await w.page.evaluate(async () => (await navigator.serviceWorker.ready).scope)).toBe(`${origin}${SUB_PATH}/`);
		await w.page.reload();
		await expectKioskWorks(w.page);
		// The pages under the worker's scope were cached too.
		await w.page.goto(`${origin}${SUB_PATH}/places/haditha-dam`);
		await w.page.waitForSelector('h1:has-text("Haditha")');
		expect(w.pageErrors).toEqual([]);
	});

	it('takes up a new version when the server is back, and drops the old cache', async () => {
		// A new deploy, as the browser sees it: the worker's build version changes (and the page
		// carries a mark, to see it arrive). The same port, so the same origin.
		const version = JSON.parse(readFileSync('build/_app/version.json', 'utf8')).version as string;
		let deployed = 1;
		const files = sirv('build', { dev: true, extensions: ['html'] });
		const server = createServer((req, res) => {
			const path = (req.url ?? '/').split('?')[0];
			if (deployed === 2 && (path === '/service-worker.js' || path === '/kiosk')) {
				const file = path === '/kiosk' ? 'build/kiosk.html' : 'build/service-worker.js';
				const body = readFileSync(file, 'utf8')
					.replace(version, `${version}-2`)
					.replace('</head>', '<meta name="deploy" content="2"></head>');
				res.setHeader('content-type', path === '/kiosk' ? 'text/html' : 'text/javascript');
				res.end(body);
				return;
			}
			files(req, res, () => {
				res.statusCode = 404;
				res.end();
			});
		});
		servers.push(server);
		await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
		const { port } = server.address() as AddressInfo;
		const origin = `http://127.0.0.1:${port}`;
		const w = await visitThenGoOffline(origin, server, '');
		await w.page.reload();
		await waitForKioskMapOn(w.page, 'intro');

		// Back, with the new version; the kiosk is in its loop, so it reloads itself at once.
		deployed = 2;
		await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
		const reloaded = w.page.waitForEvent('load', { timeout: 60_000 });
		await w.page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());
		await reloaded;
		await w.page.waitForSelector('meta[name="deploy"][content="2"]', { state: 'attached', timeout: 30_000 });
		await expect.poll(() => w.page.evaluate(() => caches.keys())).toEqual([`kiosk-${version}-2`]);
		expect(w.pageErrors).toEqual([]);
	});
});

/**
 * The optional remote basemap (BASEMAP_STYLE_URL at build time): used when it loads, with the
 * story's layers on top; when it fails, the map falls back to the embedded basemap.
 */
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import sirv from 'sirv';
import type { Browser } from 'playwright-core';
import { buildVariant } from './helpers/variant-build';
import { launch, openPage, waitForMapOn } from './helpers/browser';

const DIR = 'tests/.output/build-remote-basemap';
const STYLE_PATH = '/hosted/basemap-style.json';
let serveStyle = true;
let server: Server;
let baseURL: string;
let browser: Browser;

beforeAll(async () => {
	// A same-origin path stands in for the remote host: the test machine has no network.
	await buildVariant({ BUILD_DIR: DIR, BASEMAP_STYLE_URL: STYLE_PATH });
	const files = sirv(DIR, { dev: true, extensions: ['html'] });
	const style = readFileSync('tests/fixtures/remote-style.json');
	server = createServer((req, res) => {
		if (req.url === STYLE_PATH) {
			res.statusCode = serveStyle ? 200 : 503;
			res.setHeader('content-type', 'application/json');
			res.end(serveStyle ? style : '{"error":"unavailable"}');
			return;
		}
		files(req, res, () => {
			res.statusCode = 404;
			res.end();
		});
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	baseURL = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
	browser = await launch();
}, 120_000);

afterAll(async () => {
	await browser?.close();
	await new Promise((resolve) => server?.close(resolve));
});

/** Opens the Iraq chapter and returns the page with the paths it requested. */
async function openIraq() {
	const w = await openPage(browser);
	const requested: string[] = [];
	w.page.on('request', (r) => requested.push(new URL(r.url()).pathname));
	await w.page.goto(`${baseURL}/#iraq`);
	await waitForMapOn(w.page, 'iraq');
	return { w, requested };
}

describe('a remote basemap', () => {
	it('is used when it loads, with the story drawn on top', async () => {
		serveStyle = true;
		const { w, requested } = await openIraq();
		expect(requested).toContain(STYLE_PATH);
		// The embedded world basemap is not needed then.
		expect(requested).not.toContain('/data/basemap-world.json');
		expect(await w.page.locator('.story-marker[data-place="haditha-dam"]').isVisible()).toBe(true);
		expect(w.pageErrors).toEqual([]);
		expect(w.consoleErrors).toEqual([]);
		await w.context.close();
	});

	it('falls back to the embedded basemap when it fails', async () => {
		serveStyle = false;
		const { w, requested } = await openIraq();
		expect(requested).toContain(STYLE_PATH);
		expect(requested).toContain('/data/basemap-world.json');
		expect(await w.page.locator('.story-marker[data-place="haditha-dam"]').isVisible()).toBe(true);
		expect(w.pageErrors).toEqual([]);
		// The browser reports the failed request itself; nothing else may go wrong.
		expect(w.consoleErrors.filter((e) => !e.includes('503'))).toEqual([]);
		await w.context.close();
	});
});

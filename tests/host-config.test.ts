/**
 * The host configuration the build writes (build/nginx.conf, from src/lib/site/headers.ts), run
 * in Debian's real nginx, needing no root: a free port of 127.0.0.1, a temporary prefix and log,
 * serving build/. Every file gets its headers (frame-ancestors on embeds and on
 * pages, nosniff, a year's cache for hashed files only, the data's content types), a missing
 * address gets the 404 page with status 404, and every page loads through it.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { createServer as createNetServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Browser } from 'playwright-core';
import { story } from './helpers/stories';
import { HOST_FILES, IMMUTABLE, headersFor, kindOf, urlPath } from '$lib/site/headers';
import { listFiles } from '$lib/site/host-files';
import { expectClean, launch, openPage } from './helpers/browser';

const BUILD = resolve('build');
const NGINX = ['/usr/sbin/nginx', '/usr/bin/nginx'].find(existsSync);
const files = listFiles(BUILD).filter((f) => !(HOST_FILES as readonly string[]).includes(f));
const pages = files.filter((f) => f.endsWith('.html')).map(urlPath);

let dir: string;
let nginx: ChildProcess;
let origin: string;
let browser: Browser;

function freePort(): Promise<number> {
	return new Promise((done) => {
		const s = createNetServer().listen(0, '127.0.0.1', () => {
			const { port } = s.address() as AddressInfo;
			s.close(() => done(port));
		});
	});
}

/** Resolves once nginx answers, or fails with its error log. */
async function answering(url: string, log: string): Promise<void> {
	const up = await vi
		.waitFor(
			async () => {
				if (nginx.exitCode !== null) return false;
				await fetch(url);
				return true;
			},
			{ timeout: 15_000, interval: 50 }
		)
		.catch(() => false);
	if (!up) throw new Error(`nginx did not start:\n${existsSync(log) ? readFileSync(log, 'utf8') : '(no log)'}`);
}

beforeAll(async () => {
	if (!NGINX) throw new Error('nginx is not installed: apt-get install nginx (.ci/run does)');
	dir = mkdtempSync(join(tmpdir(), 'story-nginx-'));
	const port = await freePort();
	const log = join(dir, 'error.log');
	// The build's own server block, only placed: this port, build/ as the root (no base path).
	const server = readFileSync(join(BUILD, 'nginx.conf'), 'utf8')
		.replace(/^\tlisten .*;$/m, `\tlisten 127.0.0.1:${port};`)
		.replace(/^\troot .*;$/m, `\troot ${BUILD};`);
	writeFileSync(join(dir, 'mime.types'), readFileSync('/etc/nginx/mime.types'));
	writeFileSync(join(dir, 'server.conf'), server);
	writeFileSync(
		join(dir, 'nginx.conf'),
		[
			'worker_processes 1;',
			`error_log ${log};`,
			'events { worker_connections 64; }',
			'http {',
			'\taccess_log off;',
			...['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((t) => `\t${t}_temp_path ${join(dir, t)};`),
			'\tinclude server.conf;',
			'}',
			''
		].join('\n')
	);
	nginx = spawn(NGINX, ['-p', dir, '-c', join(dir, 'nginx.conf'), '-e', log, '-g', `daemon off; pid ${join(dir, 'nginx.pid')};`], {
		stdio: 'ignore'
	});
	origin = `http://127.0.0.1:${port}`;
	await answering(origin, log);
	browser = await launch();
});

afterAll(async () => {
	await browser?.close();
	if (nginx && nginx.exitCode === null) {
		const exited = new Promise((r) => nginx.once('exit', r));
		nginx.kill('SIGQUIT');
		await exited;
	}
	if (dir) rmSync(dir, { recursive: true, force: true });
});

const head = async (path: string) => {
	const res = await fetch(`${origin}${path}`);
	await res.arrayBuffer();
	return res;
};

describe('the built site behind nginx', () => {
	it('sends every file its headers: framing, nosniff, caching and content types', async () => {
		expect(files.length).toBeGreaterThan(100);
		for (const file of files) {
			const path = `/${file}`;
			const res = await head(path);
			expect(res.status, path).toBe(200);
			const want = headersFor(path);
			for (const [name, value] of Object.entries(want)) {
				if (name === 'Content-Type') continue;
				expect(res.headers.get(name), `${path}: ${name}`).toBe(value);
			}
			if (kindOf(path) === 'embed') expect(res.headers.get('x-frame-options'), path).toBeNull();
			// A year's cache for the hashed files, and for nothing else.
			expect(res.headers.get('cache-control') === IMMUTABLE, path).toBe(file.startsWith('_app/immutable/'));
		}
	});

	it('gives the data and the pages their content types', async () => {
		const type = async (path: string) => (await head(path)).headers.get('content-type');
		expect(await type('/data/places.geojson')).toBe('application/geo+json; charset=utf-8');
		expect(await type('/data/routes.geojson')).toBe('application/geo+json; charset=utf-8');
		expect(await type('/data/places.csv')).toBe('text/csv; charset=utf-8');
		expect(await type('/data/timeline.csv')).toBe('text/csv; charset=utf-8');
		expect(await type('/data/basemap-world.json')).toBe('application/json; charset=utf-8');
		expect(await type('/embed/oembed/iraq.json')).toBe('application/json; charset=utf-8');
		expect(await type('/')).toBe('text/html; charset=utf-8');
		expect(await type('/data/maps/iraq.svg')).toBe('image/svg+xml; charset=utf-8');
	});

	it('serves every page at its address, with the headers of its kind', async () => {
		expect(pages).toContain('/');
		expect(pages).toContain('/places/juba');
		for (const path of pages) {
			const res = await head(path);
			expect(res.status, path).toBe(200);
			expect(res.headers.get('content-type'), path).toBe('text/html; charset=utf-8');
			const frame = kindOf(path) === 'embed' ? 'frame-ancestors *' : "frame-ancestors 'self'";
			expect(res.headers.get('content-security-policy'), path).toBe(frame);
			expect(res.headers.get('x-content-type-options'), path).toBe('nosniff');
		}
	});

	it('answers a missing address, at any depth, with the 404 page and status 404', async () => {
		for (const path of [
			'/no-such-page',
			'/places/atlantis',
			'/a/b/c/d',
			'/places/',
			'/data/nothing.csv',
			'/embed/nowhere',
			'/_headers',
			'/nginx.conf'
		]) {
			const res = await fetch(`${origin}${path}`);
			const html = await res.text();
			expect(res.status, path).toBe(404);
			expect(html, path).toContain('This page is not part of the story');
			expect(res.headers.get('x-content-type-options'), path).toBe('nosniff');
		}
	});

	it('shows the 404 page in the story’s design, with its navigation and the way back', async () => {
		const w = await openPage(browser, { viewport: { width: 1280, height: 800 } });
		const res = await w.page.goto(`${origin}/places/deep/missing/page`);
		expect(res?.status()).toBe(404);
		// Chromium logs the page's own 404; nothing else may fail.
		expect(w.consoleErrors).toEqual(['Failed to load resource: the server responded with a status of 404 (Not Found)']);
		w.consoleErrors.length = 0;
		expect(await w.page.textContent('h1')).toBe('This page is not part of the story');
		// The story's stylesheet applies at this depth: its links start from the root.
		expect(await w.page.$eval('.chapter-nav', (el) => getComputedStyle(el).position)).toBe('sticky');
		const nav = await w.page.$$eval('.chapter-nav a', (as) =>
			as.map((a) => new URL((a as HTMLAnchorElement).href).pathname + new URL((a as HTMLAnchorElement).href).hash)
		);
		expect(nav).toEqual(story.chapters.map((c) => `/#${c.id}`));
		await w.page.getByRole('link', { name: /Back to the story/ }).click();
		// The story's HTML is what is asserted, so its load event (images, the static map) is not
		// awaited: in one full-suite run, on a busy machine, waiting for it timed out.
		await w.page.waitForURL(`${origin}/`, { waitUntil: 'domcontentloaded' });
		expect(await w.page.textContent('h1')).toBe('Peacekeepers from the Caspian');
		expectClean(w);
		await w.context.close();
	});

	it('loads the pages of each kind in Chromium, and lets other sites frame the embeds only', async () => {
		const w = await openPage(browser);
		for (const path of ['/', '/places/haditha-dam', '/embed/iraq', '/embed/timeline', '/kiosk']) {
			const res = await w.page.goto(`${origin}${path}`, { waitUntil: 'load' });
			expect(res?.status(), path).toBe(200);
			expect(await w.page.locator('h1, h2').first().isVisible(), path).toBe(true);
		}
		await w.page.goto('about:blank');
		expectClean(w);
		await w.context.close();

		// A newsroom's page on another origin (localhost is not 127.0.0.1) frames an embed and the story.
		const host: Server = createServer((_, res) => {
			res.setHeader('content-type', 'text/html');
			res.end(`<iframe id="embed" src="${origin}/embed/iraq"></iframe><iframe id="story" src="${origin}/"></iframe>`);
		});
		await new Promise<void>((r) => host.listen(0, '127.0.0.1', r));
		const hostPort = (host.address() as AddressInfo).port;
		const context = await browser.newContext();
		const page = await context.newPage();
		const blocked = new Promise<string>((done) => page.on('console', (m) => m.text().includes('frame-ancestors') && done(m.text())));
		await page.goto(`http://localhost:${hostPort}/`);
		const embed = page.frameLocator('#embed');
		await expect.poll(() => embed.locator('h1, h2').first().textContent()).toBeTruthy();
		expect(await blocked).toMatch(/frame-ancestors 'self'/);
		await context.close();
		await new Promise((r) => host.close(r));
	});
});

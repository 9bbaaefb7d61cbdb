/**
 * Hosting under a sub-path: the site built with BASE_PATH=/graphics/peacekeeping and served only
 * under that prefix loads every page with no 404, no console error and no request outside the
 * prefix; every link, image and stylesheet it points to resolves; the maps (their worker and data)
 * start under the Content-Security-Policy; embed code and oEmbed responses carry the prefix.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { CHAPTER_IDS } from '$content/types';
import { serveStatic } from './setup/server';
import { launch, openPage } from './helpers/browser';

const DIR = 'tests/.output/build-subpath';
const PREFIX = '/graphics/peacekeeping';
const ORIGIN = 'https://graphics.example.org';

/** Every prerendered page of a build, as the URL path a reader would use. */
function pagesOf(dir: string): string[] {
	const walk = (d: string): string[] =>
		readdirSync(d, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(join(d, e.name)) : [join(d, e.name)]));
	return walk(dir)
		.filter((f) => f.endsWith('.html'))
		.map((f) => '/' + relative(dir, f).replace(/\\/g, '/'))
		.map((p) => p.replace(/(^|\/)index\.html$/, '$1').replace(/\.html$/, ''))
		.sort();
}

let server: Server;
let root: string;
let browser: Browser;
let pages: string[] = [];
/** Same-origin URLs the pages point to (links, images, stylesheets), checked once each. */
const referenced = new Set<string>();

beforeAll(async () => {
	execFileSync('npx', ['vite', 'build', '--logLevel', 'error'], {
		env: { ...process.env, BUILD_DIR: DIR, BASE_PATH: PREFIX, SITE_ORIGIN: ORIGIN },
		stdio: 'inherit'
	});
	pages = pagesOf(DIR);
	server = await serveStatic(DIR, PREFIX);
	root = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
	browser = await launch();
}, 180_000);

afterAll(async () => {
	await browser?.close();
	await new Promise((resolve) => server?.close(resolve));
});

/** Pages with an interactive map: the story and the chapter cards (not the timeline's embed). */
const hasMap = (path: string) => path === '/' || CHAPTER_IDS.some((id) => path === `/embed/${id}`);

describe(`the site built for ${PREFIX}`, () => {
	it('has the story, the places and the embeds', () => {
		expect(pages).toContain('/');
		expect(pages).toContain('/embed/');
		expect(pages).toContain('/embed/iraq');
		expect(pages.some((p) => p.startsWith('/places/'))).toBe(true);
	});

	it('loads every page under the prefix with no 404, no console error and no request outside it', async () => {
		for (const path of pages) {
			const w = await openPage(browser);
			const problems: string[] = [];
			w.page.on('response', (res) => {
				if (res.status() >= 400) problems.push(`${res.status()} ${res.url()}`);
			});
			w.page.on('request', (req) => {
				const url = new URL(req.url());
				if (url.protocol.startsWith('http') && !url.pathname.startsWith(`${PREFIX}/`)) problems.push(`outside the prefix: ${req.url()}`);
			});
			await w.page.goto(`${root}${PREFIX}${path}`, { waitUntil: 'load' });
			if (hasMap(path)) {
				await w.page.waitForFunction(() => document.querySelector('.map-figure')?.getAttribute('data-status') === 'idle', null, {
					timeout: 30_000
				});
			}
			// Under its Content-Security-Policy (a violation would be a console error).
			const csp = await w.page.getAttribute('meta[http-equiv="content-security-policy"]', 'content');
			expect(csp, path).toContain("script-src 'self'");
			expect(csp, path).toContain("worker-src 'self'");
			const urls = await w.page.evaluate(() =>
				[
					// getAttribute, not .href: the timeline's SVG links have an SVGAnimatedString there.
					...[...document.querySelectorAll('a[href]')].map((a) => new URL(a.getAttribute('href')!, document.baseURI).href),
					...[...document.querySelectorAll<HTMLImageElement>('img[src]')].map((i) => i.src),
					...[...document.querySelectorAll<HTMLLinkElement>('link[href]')].map((l) => l.href)
				].filter((u) => u.startsWith(location.origin))
			);
			for (const u of urls) referenced.add(u.replace(/#.*$/, ''));
			expect(problems, path).toEqual([]);
			expect(w.pageErrors, path).toEqual([]);
			expect(w.consoleErrors, path).toEqual([]);
			expect(w.foreignRequests, path).toEqual([]);
			await w.context.close();
		}
	}, 600_000);

	it('resolves every link, image and stylesheet the pages point to, under the prefix', async () => {
		expect(referenced.size).toBeGreaterThan(pages.length);
		const broken: string[] = [];
		for (const url of referenced) {
			const { pathname } = new URL(url);
			const status = (await fetch(url)).status;
			if (status !== 200 || !pathname.startsWith(`${PREFIX}/`)) broken.push(`${status} ${url}`);
		}
		expect(broken).toEqual([]);
	});

	it('gives embed code and oEmbed responses with the prefix', async () => {
		const w = await openPage(browser);
		await w.page.goto(`${root}${PREFIX}/#iraq`);
		await w.page.locator('#iraq details.embed-this summary').click();
		expect(await w.page.locator('#iraq textarea[data-format="iframe"]').inputValue()).toContain(
			`src="${root}${PREFIX}/embed/iraq"`
		);
		const oembed = (await (await fetch(`${root}${PREFIX}/embed/oembed/iraq.json`)).json()) as { html: string; provider_url: string };
		expect(oembed.html).toContain(`src="${ORIGIN}${PREFIX}/embed/iraq"`);
		expect(oembed.provider_url).toBe(`${ORIGIN}${PREFIX}/`);
		const html = await (await fetch(`${root}${PREFIX}/embed/iraq`)).text();
		expect(html).toContain(`href="${ORIGIN}${PREFIX}/embed/oembed/iraq.json"`);
		await w.context.close();
	});

	it('writes its host configuration and its 404 page for the sub-path', () => {
		const headers = readFileSync(join(DIR, '_headers'), 'utf8');
		expect(headers).toContain(`${PREFIX}/_app/immutable/*\n  Cache-Control: public, max-age=31536000, immutable`);
		expect(headers).toContain(`${PREFIX}/embed/*\n  Content-Security-Policy: frame-ancestors *`);
		const nginx = readFileSync(join(DIR, 'nginx.conf'), 'utf8');
		expect(nginx).toContain(`location ^~ ${PREFIX}/_app/immutable/ {`);
		expect(nginx).toContain(`error_page 404 ${PREFIX}/404.html;`);
		// Served for a missing address at any depth, the 404 page points from the root, under the prefix.
		const notFound = readFileSync(join(DIR, '404.html'), 'utf8');
		expect(notFound).toMatch(new RegExp(`<link href="${PREFIX}/_app/immutable/assets/[^"]+\\.css" rel="stylesheet">`));
		expect(notFound).toContain(`href="${PREFIX}/#kosovo"`);
		expect(notFound).not.toMatch(/(href|src)="\.\.?\//);
	});
});

/**
 * Hosting under a sub-path: the site built with BASE_PATH=/graphics/peacekeeping and served only
 * under that prefix loads every page with no 404, no console error and no request outside the
 * prefix; every link, image and stylesheet it points to resolves; the maps (their worker and data)
 * start under the Content-Security-Policy; embed code and oEmbed responses carry the prefix.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { allStories, storyPath } from './helpers/stories';
import { prerenderedPaths, representatives } from './helpers/pages';
import { serveStatic } from './setup/server';
import { askForMap, launch, openPage } from './helpers/browser';
import { buildSubpath, SUBPATH } from './helpers/variant-build';

const { dir: DIR, prefix: PREFIX, origin: ORIGIN } = SUBPATH;

/** Every prerendered page of a build, as the URL path a reader would use. */
let server: Server;
let root: string;
let browser: Browser;
let pages: string[] = [];
/** Same-origin URLs the pages point to (links, images, stylesheets), checked once each. */
const referenced = new Set<string>();

beforeAll(async () => {
	await buildSubpath();
	pages = prerenderedPaths(DIR);
	server = await serveStatic(DIR, PREFIX);
	root = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
	browser = await launch();
}, 180_000);

afterAll(async () => {
	await browser?.close();
	await new Promise((resolve) => server?.close(resolve));
});

/** Pages with an interactive map: the story and the chapter cards (not the timeline's embed). */
const hasMap = (path: string) =>
	allStories.some((s) => path === storyPath(s) || s.chapters.some((c) => path === storyPath(s, `embed/${c.id}`)));

describe(`the site built for ${PREFIX}`, () => {
	it('has the story, the places and the embeds', () => {
		expect(pages).toContain('/');
		expect(pages).toContain('/embed/');
		expect(pages).toContain('/embed/iraq');
		expect(pages.some((p) => p.startsWith('/places/'))).toBe(true);
	});

	it('loads every kind of page under the prefix with no 404, no console error and no request outside it', async () => {
		// One or two pages of each template in a browser (tests/helpers/pages.ts); every page's links are checked below.
		for (const path of representatives(pages)) {
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
				await askForMap(w.page);
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
		// The links of the pages a browser did not open, read from their HTML.
		for (const path of pages) {
			const html = await (await fetch(`${root}${PREFIX}${path}`)).text();
			const here = new URL(`${root}${PREFIX}${path}`);
			for (const [, href] of html.matchAll(/<(?:a|link|img|source)\b[^>]*?\s(?:href|src|srcset)="([^"#]+)[^"]*"/g)) {
				const url = new URL(href!.replace(/&amp;/g, '&'), here);
				if (url.origin === here.origin) referenced.add(url.href);
			}
		}
		expect(referenced.size).toBeGreaterThan(pages.length);
		const broken: string[] = [];
		for (const url of referenced) {
			const { pathname } = new URL(url);
			const status = (await fetch(url)).status;
			if (status !== 200 || !pathname.startsWith(`${PREFIX}/`)) broken.push(`${status} ${url}`);
		}
		expect(broken).toEqual([]);
	});

	it('gives every page its share tags, absolute, with a 1200×630 PNG for og:image', async () => {
		const problems: string[] = [];
		for (const path of pages) {
			const html = await (await fetch(`${root}${PREFIX}${path}`)).text();
			const tag = (name: string) =>
				new RegExp(`<meta (?:property|name)="${name.replace(/:/g, ':')}" content="([^"]*)"`).exec(html)?.[1] ?? null;
			const canonical = /<link rel="canonical" href="([^"]+)"/.exec(html)?.[1] ?? '';
			for (const [name, value] of [
				['canonical', canonical],
				['og:url', tag('og:url')],
				['og:image', tag('og:image')],
				['twitter:image', tag('twitter:image')]
			] as const)
				if (!value?.startsWith(`${ORIGIN}${PREFIX}/`)) problems.push(`${path}: ${name} is "${value}"`);
			for (const name of ['og:title', 'og:description', 'og:image:alt', 'twitter:title', 'twitter:image:alt'])
				if (!tag(name)) problems.push(`${path}: no ${name}`);
			if (tag('twitter:card') !== 'summary_large_image') problems.push(`${path}: twitter:card`);
			const image = tag('og:image');
			if (image?.startsWith(ORIGIN)) {
				const png = readFileSync(join(DIR, new URL(image).pathname.slice(PREFIX.length)));
				const size = [png.readUInt32BE(16), png.readUInt32BE(20)];
				if (png.toString('latin1', 1, 4) !== 'PNG' || size[0] !== 1200 || size[1] !== 630)
					problems.push(`${path}: og:image ${image} is ${size.join('×')}`);
				if (tag('og:image:width') !== '1200' || tag('og:image:height') !== '630') problems.push(`${path}: og:image size tags`);
			}
		}
		expect(problems).toEqual([]);
		// Each chapter's card and each place's page has a card of its own.
		const image = async (path: string) =>
			/<meta property="og:image" content="([^"]+)"/.exec(await (await fetch(`${root}${PREFIX}${path}`)).text())![1];
		expect(await image('/embed/iraq')).toBe(`${ORIGIN}${PREFIX}/data/share/iraq.png`);
		expect(await image('/places/juba')).toBe(`${ORIGIN}${PREFIX}/data/share/place-juba.png`);
	});

	it('describes the story in JSON-LD, and lists its pages in sitemap.xml and robots.txt, absolute', async () => {
		const html = await (await fetch(`${root}${PREFIX}/`)).text();
		const json = /<script type="application\/ld\+json">([^<]+)<\/script>/.exec(html)?.[1];
		const article = JSON.parse(json!) as Record<string, unknown> & {
			publisher: { name: string };
			citation: { name: string; publisher: { name: string }[] };
		};
		expect(article['@type']).toBe('NewsArticle');
		expect(article.headline).toBe('Peacekeepers from the Caspian');
		expect(article.url).toBe(`${ORIGIN}${PREFIX}/`);
		expect(article.publisher.name).toBeTruthy();
		expect(article.citation.name).toBe('Report on Peacekeeping Operations of the Azerbaijani Army');
		expect(article.citation.publisher.map((p) => p.name)).toEqual([
			'Ministry of Defense of the Republic of Azerbaijan',
			'Center of Analysis of International Relations'
		]);
		const sitemap = await (await fetch(`${root}${PREFIX}/sitemap.xml`)).text();
		const locs = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!);
		expect(locs).toContain(`${ORIGIN}${PREFIX}/`);
		expect(locs).toContain(`${ORIGIN}${PREFIX}/places/juba`);
		expect(locs.every((l) => l.startsWith(`${ORIGIN}${PREFIX}/`))).toBe(true);
		expect(await (await fetch(`${root}${PREFIX}/robots.txt`)).text()).toContain(`Sitemap: ${ORIGIN}${PREFIX}/sitemap.xml`);
	});

	it('gives embed code and oEmbed responses with the prefix', async () => {
		const w = await openPage(browser);
		await w.page.goto(`${root}${PREFIX}/#iraq`);
		await w.page.locator('#iraq details.embed-this summary').click();
		expect(await w.page.locator('#iraq textarea[data-format="iframe"]').inputValue()).toContain(`src="${root}${PREFIX}/embed/iraq"`);
		expect(await w.page.locator('#iraq textarea[data-format="pym"]').inputValue()).toContain(`src="${root}${PREFIX}/embed.js"`);
		expect((await fetch(`${root}${PREFIX}/embed.js`)).headers.get('content-type')).toContain('javascript');
		const oembed = (await (await fetch(`${root}${PREFIX}/embed/oembed/iraq.json`)).json()) as Record<string, string>;
		expect(oembed.html).toContain(`src="${ORIGIN}${PREFIX}/embed/iraq"`);
		expect(oembed.provider_url).toBe(`${ORIGIN}${PREFIX}/`);
		expect(oembed.thumbnail_url).toBe(`${ORIGIN}${PREFIX}/data/share/iraq.png`);
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

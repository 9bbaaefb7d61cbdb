/**
 * oEmbed: every embeddable page has a prerendered oEmbed response (rich, 1.0) at its documented
 * default size, with absolute URLs only (this build has no SITE_ORIGIN: they point at the local
 * preview's address, never relative), and carries the discovery link to it.
 */
import { describe, expect, inject, it } from 'vitest';
import { embedPagesFor } from '$lib/embed/embeds';
import { allStories } from './helpers/stories';
import { EMBED_WIDTH, oembedPath } from '$lib/embed/pages';
import { LOCAL_PREVIEW_ORIGIN } from '$lib/embed/site.server';

const baseURL = inject('baseURL');
/** Every story's embeddable pages. */
const EMBEDS = allStories.flatMap((s) => embedPagesFor(s));

describe.each(EMBEDS.map((p) => [p.path, p] as const))('%s', (_path, page) => {
	it('has an oEmbed response with every required field, at the default size', async () => {
		const res = await fetch(`${baseURL}${oembedPath(page)}`);
		expect(res.status).toBe(200);
		const body = (await res.json()) as Record<string, unknown>;
		expect(body).toMatchObject({
			type: 'rich',
			version: '1.0',
			title: page.title,
			width: EMBED_WIDTH,
			height: page.height
		});
		for (const field of ['html', 'provider_name', 'author_name']) expect(typeof body[field], field).toBe('string');
		for (const field of ['provider_url', 'author_url', 'thumbnail_url'])
			expect(body[field], field).toMatch(new RegExp(`^${LOCAL_PREVIEW_ORIGIN}/`));
		expect(body).toMatchObject({ thumbnail_width: 1200, thumbnail_height: 630 });
		expect(body.cache_age).toBeGreaterThan(0);
		// The html embeds this very page, by its absolute URL, with no script to strip.
		const src = /<iframe src="([^"]+)"/.exec(body.html as string)?.[1];
		expect(src).toBe(`${LOCAL_PREVIEW_ORIGIN}${page.path}`);
		expect((await fetch(`${baseURL}${page.path}`)).status).toBe(200);
		expect(body.html).toContain(`height="${page.height}"`);
		expect(body.html).not.toContain('<script');
		const thumb = await fetch(`${baseURL}${new URL(body.thumbnail_url as string).pathname}`);
		expect(thumb.headers.get('content-type')).toBe('image/png');
	});

	it('carries the discovery link to it', async () => {
		const html = await (await fetch(`${baseURL}${page.path}`)).text();
		const links = [...html.matchAll(/<link rel="alternate" type="application\/json\+oembed" href="([^"]+)"/g)].map((m) => m[1]);
		expect(links).toEqual([`${LOCAL_PREVIEW_ORIGIN}${oembedPath(page)}`]);
	});
});

/**
 * oEmbed: every embeddable page has a prerendered oEmbed response (rich, 1.0) at its documented
 * default size, and carries the discovery link to it.
 */
import { describe, expect, inject, it } from 'vitest';
import { EMBEDS } from '$lib/embed/embeds';
import { EMBED_WIDTH, oembedPath } from '$lib/embed/pages';

const baseURL = inject('baseURL');

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
		for (const field of ['html', 'provider_name', 'provider_url']) expect(typeof body[field], field).toBe('string');
		// The html embeds this very page (root-relative: this build has no SITE_ORIGIN).
		const src = /<iframe src="([^"]+)"/.exec(body.html as string)?.[1];
		expect(src).toBe(page.path);
		expect((await fetch(`${baseURL}${src}`)).status).toBe(200);
		expect(body.html).toContain(`height="${page.height}"`);
	});

	it('carries the discovery link to it', async () => {
		const html = await (await fetch(`${baseURL}${page.path}`)).text();
		const links = [...html.matchAll(/<link rel="alternate" type="application\/json\+oembed" href="([^"]+)"/g)].map((m) => m[1]);
		expect(links).toEqual([oembedPath(page)]);
	});
});

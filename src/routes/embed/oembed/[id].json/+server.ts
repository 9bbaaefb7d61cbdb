import { error, json } from '@sveltejs/kit';
import { storyMeta } from '$content';
import { EMBEDS } from '$lib/embed/embeds';
import { oembedFor } from '$lib/embed/oembed';
import { siteAddress } from '$lib/embed/site.server';
import { siteUrl } from '$lib/embed/url';
import type { EntryGenerator, RequestHandler } from './$types';

/** One static oEmbed response per embeddable page, written at build time. */
export const prerender = true;

export const entries: EntryGenerator = () => EMBEDS.map((p) => ({ id: p.id }));

export const GET: RequestHandler = ({ params }) => {
	const page = EMBEDS.find((p) => p.id === params.id);
	if (!page) error(404, `No embeddable page called “${params.id}”`);
	const { origin, base } = siteAddress();
	const src = siteUrl(origin, base, page.path);
	return json(oembedFor(page, src, { name: storyMeta.title, url: siteUrl(origin, base, '/') }));
};

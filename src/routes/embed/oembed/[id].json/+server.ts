import { error, json } from '@sveltejs/kit';
import { storyMeta } from '$content';
import { EMBEDS } from '$lib/embed/embeds';
import { oembedFor } from '$lib/embed/oembed';
import { siteAddress } from '$lib/embed/site.server';
import { siteUrl } from '$lib/embed/url';
import { SHARE_IMAGE, shareImageFile } from '$lib/share/images';
import { storyCredits } from '$lib/share/pages.server';
import type { EntryGenerator, RequestHandler } from './$types';

/** One static oEmbed response per embeddable page, written at build time, with absolute URLs only. */
export const prerender = true;

export const entries: EntryGenerator = () => EMBEDS.map((p) => ({ id: p.id }));

export const GET: RequestHandler = ({ params }) => {
	const page = EMBEDS.find((p) => p.id === params.id);
	if (!page) error(404, `No embeddable page called “${params.id}”`);
	const site = siteAddress(process.env, storyMeta.share.origin);
	const url = (path: string) => siteUrl(site.origin, site.base, path);
	const { author, publisher } = storyCredits(site);
	return json(
		oembedFor(page, url(page.path), {
			provider: { name: publisher.name, url: publisher.url },
			author,
			thumbnail: { url: url(`/${shareImageFile(page.shareKey)}`), ...SHARE_IMAGE },
			cacheAge: storyMeta.share.oembedCacheAge
		})
	);
};

import { story, storyMeta } from '$content';
import { EMBEDS } from '$lib/embed/embeds';
import { siteAddress } from '$lib/embed/site.server';
import { siteUrl } from '$lib/embed/url';
import { storyCredits } from '$lib/share/pages.server';
import { sitemapXml } from '$lib/share/sitemap';

/** The story, its places' pages and the embeddable chapter cards and timeline, with absolute URLs. */
export const prerender = true;

export const GET = () => {
	const site = siteAddress(process.env, storyMeta.share.origin);
	const url = (path: string) => siteUrl(site.origin, site.base, path);
	const credits = storyCredits(site);
	const paths = ['/', ...[...story.places.keys()].map((id) => `/places/${id}`), ...EMBEDS.filter((p) => p.id !== 'story').map((p) => p.path)];
	return new Response(sitemapXml(paths.map(url), credits.updated ?? credits.published), {
		headers: { 'content-type': 'application/xml; charset=utf-8' }
	});
};

import { storyMeta } from '$content';
import { siteAddress } from '$lib/embed/site.server';
import { siteUrl } from '$lib/embed/url';
import { robotsTxt } from '$lib/share/sitemap';

/** Crawlers read /robots.txt at the host's root only: under a BASE_PATH, copy it there (README, Deploying). */
export const prerender = true;

export const GET = () => {
	const site = siteAddress(process.env, storyMeta.share.origin);
	return new Response(robotsTxt(siteUrl(site.origin, site.base, '/sitemap.xml'), [`${site.base}/kiosk`]), {
		headers: { 'content-type': 'text/plain; charset=utf-8' }
	});
};

import { siteUrl } from '$lib/embed/url';
import { siteAddressFor } from '$lib/share/pages.server';
import { robotsTxt } from '$lib/share/sitemap';
import { stories } from '$lib/story/stories';

/** Crawlers read /robots.txt at the host's root only: under a BASE_PATH, copy it there (README, Deploying). */
export const prerender = true;

export const GET = () => {
	const site = siteAddressFor();
	// The kiosks are for the museum's screen only.
	const kiosks = [...stories.map(({ story }) => `${site.base}/${story.prefix}kiosk`), `${site.base}/kiosk/menu`];
	return new Response(robotsTxt(siteUrl(site.origin, site.base, '/sitemap.xml'), [...new Set(kiosks)]), {
		headers: { 'content-type': 'text/plain; charset=utf-8' }
	});
};

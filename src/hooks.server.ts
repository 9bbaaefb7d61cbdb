import type { Handle } from '@sveltejs/kit';
import { rootRelative } from '$lib/site/root-relative';

/**
 * The 404 page is served for missing addresses at any depth (/a/b/c), where the relative links
 * and assets of every other page (`paths.relative`) would point nowhere: its HTML gets them from
 * the site's root instead. Its own path, `<base>/404`, tells the base path.
 */
export const handle: Handle = ({ event, resolve }) => {
	if (event.route.id !== '/404') return resolve(event);
	const base = event.url.pathname.replace(/\/404$/, '');
	return resolve(event, { transformPageChunk: ({ html }) => rootRelative(html, base) });
};

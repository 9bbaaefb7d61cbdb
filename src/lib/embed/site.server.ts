/**
 * The site's public address, read at build time: `SITE_ORIGIN` (e.g. https://graphics.example.com)
 * and `BASE_PATH` (as svelte.config.js reads it). Server-only: prerendering runs it in Node.
 *
 * Every URL that leaves the site (oEmbed, share tags, sitemap) is absolute. Without SITE_ORIGIN
 * (or `storyMeta.share.origin`) the build uses the address of `npm start`'s local preview,
 * LOCAL_PREVIEW_ORIGIN, and vite.config.ts prints a warning: such a build works on this machine
 * and nowhere else. `REQUIRE_SITE_ORIGIN=1` makes a missing address fail the build instead.
 */
import { isHttpUrl } from './url';

/** Where `npm start` serves the build (package.json: vite preview --port 4173). */
export const LOCAL_PREVIEW_ORIGIN = 'http://127.0.0.1:4173';

export interface SiteAddress {
	/** An absolute http(s) origin, without a trailing slash. */
	origin: string;
	/** '' or '/graphics/story'. */
	base: string;
	/** True when no public address was given and the local preview's is used. */
	local: boolean;
}

/** The public address from the environment, or from the story's metadata (`configured`). */
export function siteAddress(env: Record<string, string | undefined> = process.env, configured = ''): SiteAddress {
	const given = (env.SITE_ORIGIN || configured).replace(/\/+$/, '');
	if (given && !isHttpUrl(given)) throw new Error(`SITE_ORIGIN must be an http(s) origin, not "${given}"`);
	if (!given && /^(1|true|yes)$/i.test(env.REQUIRE_SITE_ORIGIN ?? ''))
		throw new Error('SITE_ORIGIN is not set: give the public address, e.g. SITE_ORIGIN=https://graphics.example.com npm run build');
	return { origin: given || LOCAL_PREVIEW_ORIGIN, base: (env.BASE_PATH ?? '').replace(/\/+$/, ''), local: !given };
}

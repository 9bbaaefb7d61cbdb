/**
 * The site's public address, read at build time: `SITE_ORIGIN` (e.g. https://graphics.example.com)
 * and `BASE_PATH` (as svelte.config.js reads it). Server-only: prerendering runs it in Node.
 */
import { isHttpUrl } from './url';

export function siteAddress(env: Record<string, string | undefined> = process.env): { origin: string; base: string } {
	const origin = (env.SITE_ORIGIN ?? '').replace(/\/+$/, '');
	if (origin && !isHttpUrl(origin)) throw new Error(`SITE_ORIGIN must be an http(s) origin, not "${origin}"`);
	return { origin, base: (env.BASE_PATH ?? '').replace(/\/+$/, '') };
}

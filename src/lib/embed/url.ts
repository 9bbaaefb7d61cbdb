/** URL helpers for embeds. Pure: they take the origin and base path rather than reading the page. */

/** True for an absolute http(s) URL; `javascript:`, `data:` and everything else is refused. */
export function isHttpUrl(value: unknown): value is string {
	if (typeof value !== 'string') return false;
	try {
		const { protocol } = new URL(value);
		return protocol === 'http:' || protocol === 'https:';
	} catch {
		return false;
	}
}

/**
 * Joins an origin (may be empty), the base path (`''` or `/graphics/story`) and a path
 * under it (`/embed/chapter-id`). Without an origin the result is root-relative.
 */
export function siteUrl(origin: string, base: string, path: string): string {
	const cleanOrigin = origin.replace(/\/+$/, '');
	if (cleanOrigin && !isHttpUrl(cleanOrigin)) throw new Error(`Not an http(s) origin: "${origin}"`);
	const cleanBase = base.replace(/\/+$/, '');
	if (cleanBase && !cleanBase.startsWith('/')) throw new Error(`The base path must start with "/": "${base}"`);
	const cleanPath = path.startsWith('/') ? path : `/${path}`;
	return `${cleanOrigin}${cleanBase}${cleanPath}`;
}

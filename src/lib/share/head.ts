/**
 * The share tags of a page as HTML for its <head>: canonical link, Open Graph, Twitter card and,
 * for the story, its JSON-LD. Inserted at prerender time by src/hooks.server.ts, so none of it is
 * in the pages' JavaScript. Pure string building, every value escaped.
 */
import { isHttpUrl } from '$lib/embed/url';

export interface ShareImage {
	/** Absolute URL of a PNG. */
	url: string;
	width: number;
	height: number;
	alt: string;
}

export interface ShareInfo {
	/** The page's canonical absolute URL. */
	url: string;
	title: string;
	description: string;
	type: 'article' | 'website';
	siteName: string;
	image: ShareImage;
	/** `twitter:site`, e.g. '@newsroom'; '' for none. */
	twitterSite?: string;
	/** A schema.org object for `<script type="application/ld+json">`. */
	jsonLd?: Record<string, unknown>;
}

const attr = (s: string) => s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

function absolute(url: string, what: string): string {
	if (!isHttpUrl(url)) throw new Error(`Share tags need an absolute http(s) URL for ${what}, not "${url}"`);
	return url;
}

/** JSON safe inside a <script> element: no `</script>`, no `<!--`, no line separators. */
export function scriptJson(value: unknown): string {
	return JSON.stringify(value)
		.replace(/</g, '\\u003c')
		.replace(/>/g, '\\u003e')
		.replace(/&/g, '\\u0026')
		.replace(/\u2028/g, '\\u2028')
		.replace(/\u2029/g, '\\u2029');
}

export function shareHead(info: ShareInfo): string {
	const url = absolute(info.url, 'the page');
	const image = absolute(info.image.url, 'the image');
	const meta = (key: 'property' | 'name', name: string, content: string | number) =>
		`<meta ${key}="${name}" content="${attr(String(content))}">`;
	const tags = [
		`<link rel="canonical" href="${attr(url)}">`,
		meta('property', 'og:type', info.type),
		meta('property', 'og:site_name', info.siteName),
		meta('property', 'og:title', info.title),
		meta('property', 'og:description', info.description),
		meta('property', 'og:url', url),
		meta('property', 'og:image', image),
		meta('property', 'og:image:type', 'image/png'),
		meta('property', 'og:image:width', info.image.width),
		meta('property', 'og:image:height', info.image.height),
		meta('property', 'og:image:alt', info.image.alt),
		meta('name', 'twitter:card', 'summary_large_image'),
		...(info.twitterSite ? [meta('name', 'twitter:site', info.twitterSite)] : []),
		meta('name', 'twitter:title', info.title),
		meta('name', 'twitter:description', info.description),
		meta('name', 'twitter:image', image),
		meta('name', 'twitter:image:alt', info.image.alt)
	];
	// A data block, not a script: the CSP's script-src does not apply to it, and it runs nothing.
	if (info.jsonLd) tags.push(`<script type="application/ld+json">${scriptJson(info.jsonLd)}</script>`);
	return tags.join('\n\t\t');
}

/** The oEmbed response of an embeddable page (type `rich`, version 1.0), at its default size. */
import { EMBED_WIDTH, type EmbedPage } from './pages';
import { iframeSnippet } from './snippets';
import { isHttpUrl } from './url';

export interface OEmbedRich {
	type: 'rich';
	version: '1.0';
	title: string;
	provider_name: string;
	provider_url: string;
	author_name: string;
	author_url: string;
	html: string;
	width: number;
	height: number;
	thumbnail_url: string;
	thumbnail_width: number;
	thumbnail_height: number;
	cache_age: number;
}

export interface OEmbedContext {
	provider: { name: string; url: string };
	author: { name: string; url: string };
	/** The page's share card (a PNG). */
	thumbnail: { url: string; width: number; height: number };
	/** Seconds a consumer may keep the response. */
	cacheAge: number;
}

/**
 * `src` is the page's absolute URL. A static file cannot read `maxwidth`/`maxheight`: it
 * announces the documented default size. The html is a plain iframe, as consumers strip scripts:
 * every embed page lays itself out to fit a fixed-height iframe (see routes/embed/+layout.svelte).
 * Every URL must be absolute: a consumer resolves nothing against this site.
 */
export function oembedFor(page: EmbedPage, src: string, { provider, author, thumbnail, cacheAge }: OEmbedContext): OEmbedRich {
	for (const [what, url] of [
		['src', src],
		['provider_url', provider.url],
		['author_url', author.url],
		['thumbnail_url', thumbnail.url]
	])
		if (!isHttpUrl(url)) throw new Error(`oEmbed for ${page.id}: ${what} must be an absolute http(s) URL, not "${url}"`);
	return {
		type: 'rich',
		version: '1.0',
		title: page.title,
		provider_name: provider.name,
		provider_url: provider.url,
		author_name: author.name,
		author_url: author.url,
		html: iframeSnippet({ src, title: page.title, height: page.height }),
		width: EMBED_WIDTH,
		height: page.height,
		thumbnail_url: thumbnail.url,
		thumbnail_width: thumbnail.width,
		thumbnail_height: thumbnail.height,
		cache_age: cacheAge
	};
}

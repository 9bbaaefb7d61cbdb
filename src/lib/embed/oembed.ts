/** The oEmbed response of an embeddable page (type `rich`, version 1.0), at its default size. */
import { EMBED_WIDTH, type EmbedPage } from './pages';
import { iframeSnippet } from './snippets';

export interface OEmbedRich {
	type: 'rich';
	version: '1.0';
	title: string;
	provider_name: string;
	provider_url: string;
	html: string;
	width: number;
	height: number;
}

/**
 * `src` is the page's absolute URL. A static file cannot read `maxwidth`/`maxheight`: it
 * announces the documented default size (the iframe itself is 100% wide and resizes its height).
 */
export function oembedFor(page: EmbedPage, src: string, provider: { name: string; url: string }): OEmbedRich {
	return {
		type: 'rich',
		version: '1.0',
		title: page.title,
		provider_name: provider.name,
		provider_url: provider.url,
		html: iframeSnippet({ src, title: page.title, height: page.height }),
		width: EMBED_WIDTH,
		height: page.height
	};
}

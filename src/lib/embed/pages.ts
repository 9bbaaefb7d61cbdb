/**
 * The one list of embeddable pages: the whole story, each chapter's map card and the
 * timeline. Every list that newsrooms see is derived from this one: the oEmbed files, their
 * discovery links, the "Embed this" code. Pure: no DOM, no Svelte, no SvelteKit.
 */

/** Default width of every embed, in CSS pixels: the width the oEmbed files announce. */
export const EMBED_WIDTH = 640;

export interface EmbedPage {
	/** Also the oEmbed file's name: `/embed/oembed/<id>.json`. */
	id: string;
	/** The page's path under the site's base path. */
	path: string;
	title: string;
	/** Default height in CSS pixels, for a plain iframe and the oEmbed file. */
	height: number;
	/** The story's chapter it shows, for links back into the story. */
	chapter?: string;
	/** Its share card (src/lib/share/images.ts): the oEmbed thumbnail. */
	shareKey: string;
}

/**
 * Default heights, measured in Chromium (tests/embed-fixed.test.ts checks them): a page in a
 * fixed-height iframe fills it exactly and its map takes what the words leave, so a height must
 * leave the map about its natural 4:3 (416 px) at the announced 640 px width and at least about
 * 240 px at a phone's 360 px, where the words wrap onto more lines.
 */
export const CARD_HEIGHTS: Readonly<Record<string, number>> = {
	intro: 1000,
	founding: 790,
	kosovo: 980,
	isaf: 1090,
	'resolute-support': 1020,
	iraq: 1000,
	unmiss: 880,
	legacy: 950
};
/** The story card (the whole story where the host gives no scroll position): its map takes the rest. */
export const STORY_CARD_HEIGHT = 700;
/** The timeline has no part that gives up height: as tall as it is at 320 px, its narrowest. */
export const TIMELINE_HEIGHT = 1480;

/** The id of the whole story's embed. */
export const STORY_EMBED = 'story';

/** Builds the list from the story's chapters (and its title). */
export function embedPages(storyTitle: string, chapters: readonly { id: string; title: string }[]): EmbedPage[] {
	return [
		{ id: STORY_EMBED, path: '/embed/', title: storyTitle, height: STORY_CARD_HEIGHT, shareKey: 'story' },
		...chapters.map((c) => ({
			id: c.id,
			path: `/embed/${c.id}`,
			title: `${c.title} · ${storyTitle}`,
			height: CARD_HEIGHTS[c.id] ?? 1000,
			chapter: c.id,
			shareKey: c.id
		})),
		{ id: 'timeline', path: '/embed/timeline', title: `Timeline · ${storyTitle}`, height: TIMELINE_HEIGHT, shareKey: 'story' }
	];
}

/** The embeddable page at a path under the base path ('/embed/iraq'), if it is one. */
export function embedPageAt(pages: readonly EmbedPage[], path: string): EmbedPage | undefined {
	const norm = (p: string) => p.replace(/\/+$/, '') || '/';
	return pages.find((p) => norm(p.path) === norm(path));
}

/** Where a page's oEmbed file lives, under the base path. */
export const oembedPath = (page: EmbedPage) => `/embed/oembed/${page.id}.json`;

/** A page's path from its SvelteKit route id and params: '/embed/[chapter]' -> '/embed/iraq'. */
export function routePath(routeId: string, params: Readonly<Record<string, string>>): string {
	return routeId.replace(/\[(\w+)\]/g, (_, key: string) => params[key] ?? '');
}

/**
 * The one list of embeddable pages: the whole story, each chapter's map card and the
 * timeline. Every list that newsrooms see is derived from this one: the oEmbed files, their
 * discovery links, the "Embed this" code. Pure: no DOM, no Svelte, no SvelteKit.
 */
import * as ui from '../ui/strings';

/** Default width of every embed, in CSS pixels: the width the oEmbed files announce. */
export const EMBED_WIDTH = 640;

export interface EmbedPage {
	/** Also the oEmbed file's name: `/<prefix>embed/oembed/<id>.json`. */
	id: string;
	/** The story's prefix ('' or 'stories/<id>/'). */
	prefix: string;
	/** The page's path under the site's base path. */
	path: string;
	title: string;
	/** Default height in CSS pixels, for a plain iframe and the oEmbed file. */
	height: number;
	/** The story's chapter it shows, for links back into the story. */
	chapter?: string;
	/** Its share card (src/lib/share/images.ts, under the story's prefix): the oEmbed thumbnail. */
	shareKey: string;
}

/** A chapter card's default height when its chapter gives none (`embedHeight`, measured: tests/embed-fixed.test.ts checks them). */
export const CARD_HEIGHT = 1000;
/** The story card (the whole story where the host gives no scroll position): its map takes the rest. */
export const STORY_CARD_HEIGHT = 700;
/** The timeline has no part that gives up height: as tall as it is at 320 px, its narrowest. */
export const TIMELINE_HEIGHT = 1480;

/** The id of the whole story's embed. */
export const STORY_EMBED = 'story';

/** What the list is built from: the story's place, title, chapters and whether it has a timeline. */
export interface EmbeddableStory {
	prefix: string;
	title: string;
	chapters: readonly { id: string; title: string; embedHeight?: number }[];
	/** Whether the story has a timeline. */
	timeline?: boolean;
}

/** Builds the list from the story. */
export function embedPages({ prefix, title, chapters, timeline }: EmbeddableStory): EmbedPage[] {
	return [
		{ id: STORY_EMBED, prefix, path: `/${prefix}embed/`, title, height: STORY_CARD_HEIGHT, shareKey: 'story' },
		...chapters.map((c) => ({
			id: c.id,
			prefix,
			path: `/${prefix}embed/${c.id}`,
			title: ui.titles.within(c.title, title),
			height: c.embedHeight ?? CARD_HEIGHT,
			chapter: c.id,
			shareKey: c.id
		})),
		...(timeline
			? [
					{
						id: 'timeline',
						prefix,
						path: `/${prefix}embed/timeline`,
						title: ui.titles.within(ui.embed.timeline, title),
						height: TIMELINE_HEIGHT,
						shareKey: 'story'
					}
				]
			: [])
	];
}

/** The embeddable page at a path under the base path ('/embed/chapter-id'), if it is one. */
export function embedPageAt(pages: readonly EmbedPage[], path: string): EmbedPage | undefined {
	const norm = (p: string) => p.replace(/\/+$/, '') || '/';
	return pages.find((p) => norm(p.path) === norm(path));
}

/** Where a page's oEmbed file lives, under the base path. */
export const oembedPath = (page: EmbedPage) => `/${page.prefix}embed/oembed/${page.id}.json`;

/**
 * A page's path from its SvelteKit route id and params: '/[...prefix=story]/embed/[chapter]' with
 * { prefix: 'stories/x', chapter: 'c' } -> '/stories/x/embed/c'; an empty rest parameter leaves no segment.
 */
export function routePath(routeId: string, params: Readonly<Record<string, string>>): string {
	return routeId.replace(/\[(?:\.\.\.)?(\w+)(?:=\w+)?\]/g, (_, key: string) => params[key] ?? '').replace(/\/{2,}/g, '/');
}

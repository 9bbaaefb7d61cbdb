/**
 * The story page's prose (the chapters' text and quotes, the end notes and the notes on the
 * sources) reaches the browser once, as prerendered HTML, and never as data: nothing in it changes
 * while the page is read. The page writes it with {@html}; while hydrating, Svelte keeps the DOM
 * the server wrote for an {@html} block (its client value is not compared), so the browser adopts
 * the prose as it is instead of receiving it a second time as JSON and building it again.
 *
 * The HTML is rendered at build time by ./render-prose.ts, which only the server imports.
 */

export interface ChapterProse {
	/** Facts and paragraphs, with their citations. */
	text: string;
	quotes: string;
}

export interface StoryProse {
	chapters: Readonly<Record<string, ChapterProse>>;
	/**
	 * Every chapter's card (ChapterBody.svelte), its prose included, with Svelte's
	 * hydration markers kept: the browser hydrates each when the reader nears it (see
	 * ChapterSection.svelte). None of the markers at a card's top level is empty, where it would
	 * end the {@html} block.
	 */
	cards: Readonly<Record<string, string>>;
	/** The Sources section: end notes, computed figures, notes on the sources. */
	sources: string;
	/** “Get the data”: the story's files (DataDownloads.svelte). */
	downloads: string;
	/**
	 * The deployment timeline, with Svelte's hydration markers kept (none of them empty at its
	 * top level, where they would end the {@html} block): the browser hydrates it when the reader
	 * nears it (see StoryTimeline.svelte). Unlike the prose, its data does travel as load data.
	 */
	timeline: string;
}

/** What the browser passes to {@html} instead of the prose: any non-empty value keeps the server's DOM. */
export const PRERENDERED = ' ';

/** One prerendered part of the page: a chapter's text or quotes, the Sources section or the data downloads. */
export type ProsePart = { chapter: string; block: keyof ChapterProse } | 'sources' | 'downloads';

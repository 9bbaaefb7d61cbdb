import { createContext } from 'svelte';
import type { EmbedPage } from '$lib/embed/pages';
import type { Timeline } from '$lib/content/types';
import type { ReaderStory } from './model';

/** The story model, shared with every component of a page: on the story page without its prose. */
export const [getStory, setStory] = createContext<ReaderStory>();

/**
 * What the story page shows besides the chapters: the embeddable pages ("Embed this") and the
 * timeline. Passed down as load data, like the story, so the page's bundle carries no content.
 */
export interface StoryExtras {
	embeds: readonly EmbedPage[];
	timeline: Timeline | null;
}

export const [getStoryExtras, setStoryExtras] = createContext<StoryExtras>();

/** A story's embeddable pages: the list of pages.ts filled with the story's chapters. */
import type { Story } from '$lib/story/model';
import { embedPages, type EmbedPage } from './pages';

export const embedPagesFor = (story: Pick<Story, 'prefix' | 'meta' | 'chapters' | 'timeline'>): EmbedPage[] =>
	embedPages({ prefix: story.prefix, title: story.meta.title, chapters: story.chapters, timeline: Boolean(story.timeline) });

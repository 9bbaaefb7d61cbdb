/** The site's embeddable pages: the list of pages.ts filled with the story's chapters. */
import { story, storyMeta } from '$content';
import { embedPages } from './pages';

export const EMBEDS = embedPages(storyMeta.title, story.chapters);

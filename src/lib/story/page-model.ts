/**
 * What the story page's components read from their contexts (the story without its prose, the
 * embeddable pages and the timeline), made from the validated story on the server: sent to the
 * browser as load data, and given to the chapters' cards that are rendered alone at build time
 * (./render-prose.ts).
 */
import { embedPagesFor } from '$lib/embed/embeds';
import { timelineCitations } from '$lib/timeline/rows';
import type { StoryExtras } from './context';
import { readerStory, readerTimeline, type ReaderStory, type Story } from './model';

export function storyPageModel(story: Story): { story: ReaderStory; extras: StoryExtras } {
	return {
		story: readerStory(story, story.timeline ? timelineCitations(story.timeline) : {}),
		extras: { embeds: embedPagesFor(story), timeline: story.timeline ? readerTimeline(story.timeline) : null }
	};
}

/**
 * The deployment timeline's props as the story page shows it: its bars and notes link within the
 * page (to the chapters, end notes and notes on the sources). One function for the HTML written at
 * build time and for the browser, which hydrates that HTML later (see StoryTimeline.svelte), so
 * that both render the same chart.
 */
import type { ComponentProps } from 'svelte';
import type { Timeline as TimelineData } from '$lib/content/types';
import type Timeline from '$lib/components/shared/Timeline.svelte';
import type { ReaderStory } from './model';

export type StoryTimelineProps = ComponentProps<typeof Timeline>;

export function storyTimelineProps(
	timeline: TimelineData,
	story: Pick<ReaderStory, 'sources' | 'sourceNotes' | 'documentTitle' | 'documentKind'>,
	csvHref: string
): StoryTimelineProps {
	return {
		timeline,
		sources: story.sources,
		sourceNotes: story.sourceNotes,
		documentTitle: story.documentTitle,
		documentKind: story.documentKind,
		chapterHref: (id: string) => `#${id}`,
		endNoteHref: (id: string) => `#note-${id}`,
		noteHref: (id: string) => `#source-note-${id}`,
		csvHref
	};
}

/** The prefix of the ids the timeline's HTML carries, apart from the page's own (`$props.id()`). */
export const TIMELINE_ID_PREFIX = 'timeline';

/**
 * Renders the story page's prose to HTML at build time (see ./prose.ts). Server only: the page's
 * universal load imports it behind `import.meta.env.SSR`, so the browser bundle carries neither it
 * nor the content it renders.
 */
import { render } from 'svelte/server';
import { asset } from '$app/paths';
import ChapterBodyRoot from '$lib/components/story/ChapterBodyRoot.svelte';
import ProseRoot from '$lib/components/story/ProseRoot.svelte';
import Timeline from '$lib/components/shared/Timeline.svelte';
import type { Story } from './model';
import { storyPageModel } from './page-model';
import type { ProsePart, StoryProse } from './prose';
import { TIMELINE_ID_PREFIX, storyTimelineProps } from './timeline-props';

/** Svelte's hydration markers are comments, and an {@html} block ends at the first empty one: none may stay inside. */
const stripComments = (html: string) => html.replace(/<!--[\s\S]*?-->/g, '');

const html = (story: Story, part: ProsePart, routesFile?: string) =>
	stripComments(render(ProseRoot, { props: { story, part, routesFile } }).body);

/** The timeline as the story shows it, hydration markers and all (see StoryTimeline.svelte); '' for a story without one. */
export function renderTimeline(story: Story): string {
	if (!story.timeline) return '';
	const props = storyTimelineProps(story.timeline, story, asset(`/${story.prefix}data/timeline.csv`));
	return render(Timeline, { props, idPrefix: TIMELINE_ID_PREFIX }).body;
}

/** The story's prose and prerendered parts; `routesFile`: the routes file's path under the story (the geo build's metadata). */
export function renderProse(story: Story, routesFile: string): StoryProse {
	const timeline = renderTimeline(story);
	const chapters = Object.fromEntries(
		story.chapters.map((c) => [
			c.id,
			{ text: html(story, { chapter: c.id, block: 'text' }), quotes: html(story, { chapter: c.id, block: 'quotes' }) }
		])
	);
	const page = storyPageModel(story);
	return {
		timeline,
		chapters,
		// Every chapter's card, alone and with its hydration markers: the page hydrates each when
		// the reader nears it (ChapterSection.svelte).
		cards: Object.fromEntries(
			page.story.chapters.map((chapter) => {
				const props = { ...page, chapter, prose: chapters[chapter.id]!, timeline: chapter.figure === 'timeline' ? timeline : null };
				return [chapter.id, render(ChapterBodyRoot, { props }).body];
			})
		),
		sources: html(story, 'sources'),
		downloads: html(story, 'downloads', routesFile)
	};
}

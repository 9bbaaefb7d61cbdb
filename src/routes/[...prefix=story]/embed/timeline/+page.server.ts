import { error } from '@sveltejs/kit';
import { storyAt, stories } from '$lib/story/stories';
import * as ui from '$lib/ui/strings';
import type { EntryGenerator, PageServerLoad } from './$types';

/** Only the stories that have a timeline. */
export const entries: EntryGenerator = () => stories.filter((s) => s.story.timeline).map((s) => ({ prefix: s.param }));

export const load: PageServerLoad = ({ params }) => {
	const { story } = storyAt(params.prefix)!;
	if (!story.timeline) error(404, ui.notFound.noTimeline);
	return { timeline: story.timeline, sources: story.sources, sourceNotes: story.sourceNotes, meta: story.meta, prefix: story.prefix };
};

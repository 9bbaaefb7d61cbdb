import { error } from '@sveltejs/kit';
import { readerStory } from '$lib/story/model';
import { storyAt, stories } from '$lib/story/stories';
import * as ui from '$lib/ui/strings';
import type { EntryGenerator, PageServerLoad } from './$types';

/** Every place of every story gets its own prerendered page. */
export const entries: EntryGenerator = () => stories.flatMap((s) => [...s.story.places.keys()].map((id) => ({ prefix: s.param, id })));

export const load: PageServerLoad = ({ params }) => {
	const { story } = storyAt(params.prefix)!;
	if (!story.places.has(params.id)) error(404, ui.notFound.noPlace(params.id));
	return { story: readerStory(story), meta: story.meta, id: params.id };
};

import { readerStory } from '$lib/story/model';
import { storyAt, storyParams } from '$lib/story/stories';
import { mapFiles } from '$lib/geo-meta';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = storyParams;

export const load: PageServerLoad = ({ params }) => {
	const { story, geo } = storyAt(params.prefix)!;
	return { story: readerStory(story), geo: mapFiles(geo), meta: story.meta };
};

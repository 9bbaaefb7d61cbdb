import { storyAt, storyParams } from '$lib/story/stories';
import { mapFiles } from '$lib/geo-meta';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = storyParams;

/** The whole story with its prose (the embed renders it in the browser, in a Pym host). */
export const load: PageServerLoad = ({ params }) => {
	const { story, geo } = storyAt(params.prefix)!;
	return { story, geo: mapFiles(geo), meta: story.meta };
};

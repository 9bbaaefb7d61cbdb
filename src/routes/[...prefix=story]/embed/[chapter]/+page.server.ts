import { error } from '@sveltejs/kit';
import { readerStory } from '$lib/story/model';
import { storyAt, stories } from '$lib/story/stories';
import * as ui from '$lib/ui/strings';
import { mapFiles } from '$lib/geo-meta';
import type { EntryGenerator, PageServerLoad } from './$types';

/** A map card per chapter of every story. */
export const entries: EntryGenerator = () => stories.flatMap((s) => s.story.chapters.map((c) => ({ prefix: s.param, chapter: c.id })));

export const load: PageServerLoad = ({ params }) => {
	const { story, geo } = storyAt(params.prefix)!;
	const chapter = story.chapters.find((c) => c.id === params.chapter);
	if (!chapter) error(404, ui.notFound.noChapter(params.chapter));
	return { story: readerStory(story), geo: mapFiles(geo), meta: story.meta, chapterId: chapter.id };
};

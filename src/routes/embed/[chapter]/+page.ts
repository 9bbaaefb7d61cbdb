import { error } from '@sveltejs/kit';
import { story } from '$content';
import type { EntryGenerator, PageLoad } from './$types';

/** A map card per chapter. */
export const entries: EntryGenerator = () => story.chapters.map((c) => ({ chapter: c.id }));

export const load: PageLoad = ({ params }) => {
	const chapter = story.chapters.find((c) => c.id === params.chapter);
	if (!chapter) error(404, `No chapter called “${params.chapter}” in this story`);
	return { chapterId: chapter.id };
};

import { error } from '@sveltejs/kit';
import { story } from '$content';
import type { EntryGenerator, PageLoad } from './$types';

/** Every place gets its own prerendered page. */
export const entries: EntryGenerator = () => [...story.places.keys()].map((id) => ({ id }));

export const load: PageLoad = ({ params }) => {
	if (!story.places.has(params.id)) error(404, `No place called “${params.id}” in this story`);
	return { id: params.id };
};

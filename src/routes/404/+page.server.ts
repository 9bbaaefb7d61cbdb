// The page static hosts serve for a missing address (build/404.html): plain HTML, no script.
// Its links and assets are written from the site's root, not relative: it answers at any depth
// (see src/hooks.server.ts). It leads into the first story, and lists the others.
import { stories } from '$lib/story/stories';
import type { PageServerLoad } from './$types';

export const csr = false;

export const load: PageServerLoad = () => {
	const [first, ...others] = stories;
	const story = first!.story;
	return {
		title: story.meta.title,
		chapters: story.chapters.map((c) => ({ id: c.id, nav: c.nav })),
		others: others.map((s) => ({ prefix: s.story.prefix, title: s.story.meta.title }))
	};
};

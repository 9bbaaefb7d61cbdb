// What the story page needs in the browser reaches it as load data: SvelteKit inlines it in the
// prerendered HTML as JSON, so the client bundle carries neither the content nor its validation,
// which ran in `npm run geo`. The prose is not in it: see ./+page.ts.
import { dev } from '$app/environment';
import { storyPageModel } from '$lib/story/page-model';
import { renderProse } from '$lib/story/render-prose';
import { storyAt, storyParams } from '$lib/story/stories';
import { mapFiles } from '$lib/geo-meta';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = storyParams;

export const load: PageServerLoad = ({ params }) => {
	const { story, geo } = storyAt(params.prefix)!;
	return {
		...storyPageModel(story),
		geo: mapFiles(geo),
		meta: story.meta,
		// In development the prose travels as data too: a component that hot reloading renders again
		// in the browser (not hydrated) would otherwise lose it.
		devProse: dev ? renderProse(story, geo.routes) : null
	};
};

// What the story page needs in the browser reaches it as load data: SvelteKit inlines it in the
// prerendered HTML as JSON, so the client bundle carries neither the content modules nor their
// validation, which runs here, at build time. The prose is not in it: see ./+page.ts.
import { dev } from '$app/environment';
import { geoData, story, storyMeta, timeline } from '$content';
import { EMBEDS } from '$lib/embed/embeds';
import { readerStory } from '$lib/story/model';
import { renderProse } from '$lib/story/render-prose';
import { timelineCitations } from '$lib/timeline/rows';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = () => ({
	story: readerStory(story, timelineCitations(timeline)),
	geo: geoData,
	meta: storyMeta,
	extras: { embeds: EMBEDS, timeline },
	// In development the prose travels as data too: a component that hot reloading renders again
	// in the browser (not hydrated) would otherwise lose it.
	devProse: dev ? renderProse(story, timeline) : null
});

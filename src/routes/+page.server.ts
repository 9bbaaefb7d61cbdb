// The story reaches the page as load data: SvelteKit inlines it in the prerendered HTML as JSON,
// so the client bundle carries neither the content modules nor their validation, which runs
// here, at build time.
import { geoData, story, storyMeta, timeline } from '$content';
import { EMBEDS } from '$lib/embed/embeds';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = () => ({ story, geo: geoData, meta: storyMeta, extras: { embeds: EMBEDS, timeline } });

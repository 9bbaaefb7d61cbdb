/**
 * Every story of the site, built from what `npm run geo` wrote after checking each story folder
 * (src/lib/generated/): the content, its geo data and its place in the site. For build-time code
 * only (server loads, endpoints, prerendering): pages get what they draw as load data, so no
 * story's content ever reaches a browser bundle whole.
 */
import type { StoryContent } from '$lib/content/load';
import type { SiteConfig } from '$lib/content/schema';
import type { GeoMeta } from '$lib/geo-meta';
import site from '$lib/generated/site.json';
import { buildStory, type Story } from './model';
import { prefixParam, storyAtParam } from './prefix';

const contents = import.meta.glob<StoryContent>('/src/lib/generated/stories/*/content.json', { eager: true, import: 'default' });
const geos = import.meta.glob<GeoMeta>('/src/lib/generated/stories/*/geo-meta.json', { eager: true, import: 'default' });
const placeFiles = import.meta.glob<GeoJSON.FeatureCollection>('/src/lib/generated/stories/*/places.json', {
	eager: true,
	import: 'default'
});

export interface SiteStory {
	story: Story;
	geo: GeoMeta;
	/** The drawn places, served as <prefix>data/places.geojson. */
	placeShapes: GeoJSON.FeatureCollection;
	/** Its pages' route parameter: '' for the first story, 'stories/<id>' for the others. */
	param: string;
}

export const siteConfig = site as SiteConfig & { prefixes: Record<string, string> };

const file = (id: string, name: string) => `/src/lib/generated/stories/${id}/${name}`;

/** The stories in the site's order. */
export const stories: readonly SiteStory[] = siteConfig.stories.map((id) => {
	const content = contents[file(id, 'content.json')];
	const geo = geos[file(id, 'geo-meta.json')];
	const placeShapes = placeFiles[file(id, 'places.json')];
	if (!content || !geo || !placeShapes)
		throw new Error(`story "${id}": run \`npm run geo\` (src/lib/generated/stories/${id}/ is incomplete)`);
	const prefix = siteConfig.prefixes[id] ?? '';
	return { story: buildStory(content, geo, prefix), geo, placeShapes, param: prefixParam(prefix) };
});

/** The story a page's route parameter names; undefined for anything else. */
export function storyAt(param: string | undefined): SiteStory | undefined {
	const id = storyAtParam(param ?? '', siteConfig.stories);
	return stories.find((s) => s.story.id === id);
}

/** Every story's route parameter, for prerendering (`entries`). */
export const storyParams = (): { prefix: string }[] => stories.map((s) => ({ prefix: s.param }));

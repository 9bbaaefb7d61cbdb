/**
 * The validated story. Importing this module validates the content against the geo data; a
 * problem throws, so the prerender (and with it the build) fails with the list of problems.
 */
import geoMeta from '$lib/generated/geo-meta.json';
import type { GeoMeta } from '$lib/geo-meta';
import { buildStory } from '$lib/story/model';
import { chapters } from './chapters';
import { storyMeta } from './meta';
import { sourceNotes } from './notes';
import { placeStories } from './places';
import { allRoutesCaption, routeStories } from './routes';
import { sources } from './sources';
import { timeline } from './timeline';
import { ContentError, validateContent, validateMeta } from './validate';
import { validateTimeline } from './validate-timeline';

const geo = geoMeta as unknown as GeoMeta;
const content = { chapters, placeStories, sources, sourceNotes };
const problems = [
	...validateContent(content, geo),
	...validateMeta(storyMeta),
	...validateTimeline(timeline, new Set(sources.map((s) => s.id)), new Set(sourceNotes.map((n) => n.id)))
];
if (problems.length > 0) throw new ContentError(problems);

export const story = buildStory({ ...content, routeStories, allRoutesCaption }, geo);
export const geoData = geo;
export { storyMeta, timeline };

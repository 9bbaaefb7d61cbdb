// Every place and area as GeoJSON, with the same fields as places.csv, written at build time
// from the geo build's shapes (see $lib/data/downloads). The map reads it too.
import { placesGeojson } from '$lib/data/downloads';
import { storyAt, storyParams } from '$lib/story/stories';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;
export const entries: EntryGenerator = storyParams;

export const GET: RequestHandler = ({ params }) => {
	const { story, placeShapes } = storyAt(params.prefix)!;
	return new Response(JSON.stringify(placesGeojson(story, placeShapes)), { headers: { 'content-type': 'application/geo+json; charset=utf-8' } });
};

// Every place and area as GeoJSON, with the same fields as places.csv, written at build time
// from the geo build's shapes (see $lib/data/downloads). The map reads it too.
import { story } from '$content';
import geo from '$lib/generated/places.json';
import type { FeatureCollection } from 'geojson';
import { placesGeojson } from '$lib/data/downloads';

export const prerender = true;

export function GET(): Response {
	const body = JSON.stringify(placesGeojson(story, geo as unknown as FeatureCollection));
	return new Response(body, { headers: { 'content-type': 'application/geo+json; charset=utf-8' } });
}

/**
 * For writing a story (the development camera helper): the map's view as a chapter's `camera:`
 * line and a clicked point as a place's feature, rounded to what a reader can see.
 */

export interface CameraView {
	center: [number, number];
	zoom: number;
	bearing: number;
	pitch: number;
}

const round = (x: number, digits: number) => Math.round(x * 10 ** digits) / 10 ** digits;

/** A position to 4 decimals (about 10 m), as the stories' places give it. */
export const roundLngLat = ([lng, lat]: [number, number]): [number, number] => [round(lng, 4), round(lat, 4)];

/** The view, rounded: position to 4 decimals, zoom to 2, bearing and pitch to whole degrees. */
export function roundView(v: CameraView): CameraView {
	return { center: roundLngLat(v.center), zoom: round(v.zoom, 2), bearing: Math.round(v.bearing), pitch: Math.round(v.pitch) };
}

/** The chapter front matter's `camera:` line; bearing and pitch only when the map is turned or tilted. */
export function cameraLine(view: CameraView): string {
	const v = roundView(view);
	const parts = [`center: [ ${v.center[0]}, ${v.center[1]} ]`, `zoom: ${v.zoom}`];
	if (v.bearing) parts.push(`bearing: ${v.bearing}`);
	if (v.pitch) parts.push(`pitch: ${v.pitch}`);
	return `camera: { ${parts.join(', ')} }`;
}

/** A feature for places.geojson at a clicked point, its other properties left to fill in. */
export function placeFeature(lngLat: [number, number]): string {
	return JSON.stringify({
		type: 'Feature',
		id: 'new-place',
		properties: { name: 'New place', kind: 'point', certainty: 'exact', expected_country: '', sources: [], certainty_note: '' },
		geometry: { type: 'Point', coordinates: roundLngLat(lngLat) }
	});
}

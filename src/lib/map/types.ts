/** Types of the map engine. The engine knows places by id, name and position only: no story wording. */

export type LngLat = [lon: number, lat: number];
export type Bbox = [west: number, south: number, east: number, north: number];

export interface MapPlace {
	id: string;
	name: string;
	kind: 'point' | 'area' | 'line';
	/** Where the marker goes (for an approximate area, a point on its outline). */
	lngLat: LngLat;
	certainty: 'exact' | 'approximate';
	/** Places with the same anchor and group note share one marker, labelled with the note. */
	group?: string;
}

export interface MapCamera {
	center: LngLat;
	zoom: number;
	bearing?: number;
	pitch?: number;
}

/** What the map shows: a view (fitted bounds or a fixed camera) and the highlighted places. */
export interface Scene {
	/** Identifies the scene in status reports (the chapter id in the story). */
	key: string;
	bounds?: Bbox;
	camera?: MapCamera;
	/** Place and area ids drawn highlighted, with visible markers; the rest are dimmed. */
	highlight: readonly string[];
	/** Route ids (routes.geojson) drawn with the scene. */
	routes?: readonly string[];
	/** Do not zoom in further than this when fitting bounds. */
	maxZoom?: number;
}

export type MapStatus = 'loading' | 'moving' | 'idle' | 'failed' | 'lost';

export interface Theatre {
	id: string;
	bbox: Bbox;
	url: string;
}

/** URLs of the map data, already resolved against the site's base path. */
export interface DataUrls {
	world: string;
	places: string;
	routes?: string;
	theatres: Theatre[];
}

export interface Padding {
	top: number;
	right: number;
	bottom: number;
	left: number;
}

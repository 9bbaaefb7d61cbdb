/** The shape of src/lib/generated/geo-meta.json, written by the geo build (`npm run geo`). */
import type { Bbox, LngLat, Theatre } from '$lib/map/types';

export interface PlaceMeta {
	id: string;
	name: string;
	kind: 'point' | 'area' | 'line';
	/** How the map draws it: a dot, a circle around an estimated centre, an outline or a line. */
	drawn_as: 'point' | 'circle' | 'outline' | 'line';
	lngLat: LngLat;
	/** Where the map puts the marker (the top of an approximate circle, else lngLat). */
	anchor: LngLat;
	/** Places drawn as one area share this note and are labelled together. */
	group?: string;
	certainty: 'exact' | 'approximate';
	radius_m?: number;
	/** A water body: drawn in the water's colour. */
	water?: boolean;
	certainty_note: string;
	sources: string[];
	country: string;
	bbox: Bbox;
}

export interface Figure {
	value: number;
	unit: string;
	/** Display text, e.g. "about 18 km". */
	text: string;
	/** How it was computed, in words. */
	method: string;
}

export interface GeoMeta {
	places: PlaceMeta[];
	figures: Record<string, Figure>;
	theatres: Theatre[];
	world: string;
	routes: string;
}

/** What of the geo data a page's map needs in the browser: where its files are (the places come with the story). */
export type MapFiles = Pick<GeoMeta, 'world' | 'routes' | 'theatres'>;

export const mapFiles = ({ world, routes, theatres }: MapFiles): MapFiles => ({ world, routes, theatres });

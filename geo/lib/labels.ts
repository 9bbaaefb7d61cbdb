/** Hand-placed labels: towns (with coordinate sources), seas, and which admin-1 names each theatre shows. */
import type { TheatreId } from './theatres';

export type LabelKind = 'country' | 'sea' | 'region' | 'town' | 'river' | 'lake';

export interface Town {
	name: string;
	lngLat: [number, number];
	source: string;
	/** Place id in places.geojson when the town is also a story place (the app may skip the duplicate). */
	place?: string;
}

/** Towns labelled on the theatre maps. Coordinates from GEO.md's table (GeoNames/Wikipedia). */
export const TOWNS: readonly Town[] = [
	{ name: 'Prizren', lngLat: [20.7392, 42.2128], source: 'Wikipedia', place: 'prizren' },
	{ name: 'Dragash', lngLat: [20.6528, 42.0611], source: 'Wikipedia', place: 'dragash' },
	{ name: 'Kabul', lngLat: [69.1723, 34.5281], source: 'GeoNames', place: 'kabul' },
	{ name: 'Sarobi', lngLat: [69.7625, 34.5897], source: 'GeoNames' },
	{ name: 'Jalalabad', lngLat: [70.4515, 34.4265], source: 'Wikipedia' },
	{ name: 'Haditha', lngLat: [42.3725, 34.1397], source: 'Russian Wikipedia' },
	{ name: 'Hit', lngLat: [42.8264, 33.645], source: 'Wikipedia' },
	{ name: 'Ramadi', lngLat: [43.3125, 33.4197], source: 'Wikipedia', place: 'ramadi' },
	{ name: 'Baghdad', lngLat: [44.4009, 33.3406], source: 'GeoNames' },
	{ name: 'Juba', lngLat: [31.6, 4.85], source: 'Wikipedia', place: 'juba' },
	{ name: 'Torit', lngLat: [32.575, 4.4081], source: 'Wikipedia', place: 'torit' },
	{ name: 'Malakal', lngLat: [31.65, 9.55], source: 'Wikipedia', place: 'malakal' },
	{ name: 'Kuajok', lngLat: [27.99, 8.31], source: 'Wikipedia', place: 'kuajok' },
	{ name: 'Bor', lngLat: [31.5608, 6.2125], source: 'Wikipedia', place: 'bor' },
	{ name: 'Bentiu', lngLat: [29.8, 9.26], source: 'Wikipedia', place: 'bentiu' }
];

export interface Runway {
	name: string;
	/** The runway's two thresholds [lon, lat]. */
	ends: [[number, number], [number, number]];
	source: string;
}

/** Runways drawn as context where the story is at an airport: its footprint, from published thresholds. */
export const RUNWAYS: readonly Runway[] = [
	{ name: 'Runway 11/29', ends: [[69.1943, 34.5705], [69.2305, 34.5612]], source: 'OurAirports runways data (public domain)' }
];

/**
 * Stops of the routes drawn through a transit the report states (GeoNames). Only Kuwait: the report
 * says the contingent for Iraq travelled through it. It names no transit for the other theatres.
 */
export const TRANSIT = {
	kuwait: { name: 'Kuwait City', lngLat: [47.9743, 29.367] as [number, number], source: 'GeoNames' }
} as const;

/** Sea labels on the world map: placement points chosen by hand in open water, not data. */
export const SEAS: readonly { name: string; lngLat: [number, number] }[] = [
	{ name: 'Caspian Sea', lngLat: [51.0, 41.5] },
	{ name: 'Black Sea', lngLat: [34.0, 43.2] },
	{ name: 'Mediterranean Sea', lngLat: [18.0, 34.0] },
	{ name: 'Persian Gulf', lngLat: [51.5, 27.0] },
	{ name: 'Red Sea', lngLat: [38.3, 20.5] },
	{ name: 'Arabian Sea', lngLat: [63.0, 16.0] }
];

/**
 * Admin-1 units labelled per theatre (ISO 3166-2 code -> display name), at Natural Earth's own
 * label point. Other units are drawn as lines only.
 */
export const REGION_LABELS: Readonly<Record<TheatreId, Record<string, string>>> = {
	kosovo: { 'XK-X03~': 'Dragash (Dragaš) municipality', 'XK-X21~': 'Prizren municipality' },
	afghanistan: { 'AF-KAB': 'Kabul province', 'AF-NAN': 'Nangarhar', 'AF-LOG': 'Logar', 'AF-LAG': 'Laghman' },
	iraq: { 'IQ-AN': 'Al Anbar', 'IQ-BG': 'Baghdad', 'IQ-SD': 'Salah ad-Din' },
	'south-sudan': {
		'SS-BN': 'Northern Bahr el Ghazal',
		'SS-BW': 'Western Bahr el Ghazal',
		'SS-EC': 'Central Equatoria',
		'SS-EE': 'Eastern Equatoria',
		'SS-EW': 'Western Equatoria',
		'SS-JG': 'Jonglei',
		'SS-LK': 'Lakes',
		'SS-NU': 'Upper Nile',
		'SS-UY': 'Unity',
		'SS-WR': 'Warrap'
	}
};

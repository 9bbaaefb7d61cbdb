/** Turning validated source places into drawn features and geo-meta entries. */
import * as turf from '@turf/turf';
import polylabel from 'polylabel';
import type { BBox, Feature, Geometry, LineString, MultiPolygon, Polygon, Position } from 'geojson';
import type { Certainty, Kind } from '../../src/lib/content/schema';
import type { CountryAt, SourcePlace } from './validate';

/** How the map draws a place: a dot, a circle around an estimated centre, an outline or a line. */
export type DrawnAs = 'point' | 'circle' | 'outline' | 'line';

export interface PlaceProps {
	name: string;
	kind: Kind;
	drawn_as: DrawnAs;
	certainty: Certainty;
	radius_m?: number;
	/** A water body (drawn in the water's colour, with the approximate area's dashed outline). */
	water?: boolean;
	/** Shared by places drawn as one area. */
	group?: string;
	certainty_note: string;
	sources: string[];
	country: string;
}

export interface PlaceMeta extends Omit<PlaceProps, 'radius_m'> {
	id: string;
	lngLat: [number, number];
	/**
	 * Where the map puts the place's marker: its point; for an approximate area drawn as a circle,
	 * the top of the circle, so that the marker (a label on the outline) is not read as an exact
	 * centre and does not sit on what the circle is centred on.
	 */
	anchor: [number, number];
	/** Places drawn as one area carry the same note ("positions not published") and are labelled together. */
	group?: string;
	radius_m?: number;
	bbox: [number, number, number, number];
}

/** Geometries the build constructs for a place (constructs.ts), by place id. */
export type Constructed = ReadonlyMap<string, Geometry>;

const r6 = (x: number) => Math.round(x * 1e6) / 1e6;

/** The drawn geometry of one place. */
export function placeGeometry(p: SourcePlace, constructed: Constructed): Geometry {
	if (p.properties.construct === 'circle') {
		const centre = (p.geometry as { coordinates: Position }).coordinates;
		return turf.truncate(turf.circle(centre, p.properties.radius_m! / 1000, { steps: 64 }), { precision: 6 }).geometry;
	}
	const made = constructed.get(p.id);
	if (made) return made;
	if (!p.geometry) throw new Error(`place "${p.id}": nothing constructs its geometry`);
	return p.geometry as Geometry;
}

/**
 * Marker/label point: the point itself, a circle's centre, a line's midpoint, an area's inner
 * centre; for a country, the point of its largest part farthest from its coast and borders (a
 * centroid can fall in a gulf).
 */
export function labelPoint(p: SourcePlace, g: Geometry): [number, number] {
	if (p.geometry?.type === 'Point') return [r6(p.geometry.coordinates[0]), r6(p.geometry.coordinates[1])];
	const construct = p.properties.construct;
	if (typeof construct === 'object' && construct.kind === 'country' && (g.type === 'Polygon' || g.type === 'MultiPolygon')) {
		const parts = g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
		const largest = parts.reduce((a, b) => (turf.area(turf.polygon(b)) > turf.area(turf.polygon(a)) ? b : a));
		const [x, y] = polylabel(largest as [number, number][][], 0.01);
		return [r6(x!), r6(y!)];
	}
	let pt: Position;
	if (g.type === 'LineString') pt = turf.along(g, turf.length(turf.feature(g)) / 2).geometry.coordinates;
	else {
		const f = turf.feature(g as Polygon | MultiPolygon);
		const c = turf.centroid(f).geometry.coordinates;
		pt = turf.booleanPointInPolygon(c, f) ? c : turf.pointOnFeature(f).geometry.coordinates;
	}
	return [r6(pt[0]!), r6(pt[1]!)];
}

/** Output feature (served as data/places.geojson) and meta entry for one place. */
export function buildPlace(
	p: SourcePlace,
	constructed: Constructed,
	countryAt: CountryAt
): { feature: Feature<Geometry, PlaceProps>; meta: PlaceMeta } {
	const geometry = placeGeometry(p, constructed);
	const lngLat = labelPoint(p, geometry);
	const { name, kind, certainty, radius_m, certainty_note, sources } = p.properties;
	const construct = p.properties.construct;
	const drawn_as: DrawnAs =
		construct === 'circle'
			? 'circle'
			: geometry.type === 'Point'
				? 'point'
				: geometry.type === 'LineString' || geometry.type === 'MultiLineString'
					? 'line'
					: 'outline';
	const props: PlaceProps = {
		name,
		kind,
		drawn_as,
		certainty,
		...(radius_m !== undefined ? { radius_m } : {}),
		...(typeof construct === 'object' && construct.kind === 'river-band' ? { water: true } : {}),
		...(p.properties.map_group ? { group: p.properties.map_group } : {}),
		certainty_note,
		sources,
		country: countryAt(lngLat) ?? 'none'
	};
	const bbox = turf.bbox(geometry as Geometry).map(r6) as BBox as [number, number, number, number];
	const along = p.properties.anchor_km;
	const anchor: [number, number] =
		drawn_as === 'circle' && kind === 'area'
			? [lngLat[0], r6(turf.destination(lngLat, radius_m! / 1000, 0).geometry.coordinates[1]!)]
			: along !== undefined && geometry.type === 'LineString'
				? (turf.along(geometry as LineString, along).geometry.coordinates.map(r6) as [number, number])
				: lngLat;
	const group = p.properties.map_group;
	return {
		feature: { type: 'Feature', id: p.id, properties: props, geometry },
		meta: { id: p.id, ...props, lngLat, anchor, ...(group ? { group } : {}), bbox }
	};
}

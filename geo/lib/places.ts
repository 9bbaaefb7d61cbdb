/** Turning validated source places into drawn features and geo-meta entries. */
import * as turf from '@turf/turf';
import type { BBox, Feature, Geometry, LineString, MultiPolygon, Polygon, Position } from 'geojson';
import type { CountryAt, SourcePlace, Kind, Certainty } from './validate';

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

/** Geometries the build constructs (not stored in the source file). */
export interface Constructed {
	'dragash-aor': Feature<Polygon | MultiPolygon>;
	'euphrates-slice': (from: Position, to: Position) => Feature<LineString>;
}

const r6 = (x: number) => Math.round(x * 1e6) / 1e6;

/** The drawn geometry of one place. */
export function placeGeometry(p: SourcePlace, c: Constructed): Geometry {
	const construct = p.properties.construct;
	if (construct === 'circle') {
		const centre = (p.geometry as { coordinates: Position }).coordinates;
		return turf.truncate(turf.circle(centre, p.properties.radius_m! / 1000, { steps: 64 }), { precision: 6 }).geometry;
	}
	if (construct === 'dragash-aor') return c['dragash-aor'].geometry;
	if (construct === 'euphrates-reservoir') {
		// No shoreline of the reservoir is available here: a band along the river's course, as wide as radius_m each side.
		const [from, to] = p.properties.band!;
		// The river smoothed first: the band follows the valley, not every meander.
		const course = turf.simplify(c['euphrates-slice'](from, to), { tolerance: 0.02, highQuality: true });
		const band = turf.buffer(course, p.properties.radius_m! / 1000, { units: 'kilometers', steps: 8 });
		// A meander can leave a hole in the band: a reservoir has none.
		const g = band!.geometry;
		const outer: Polygon = g.type === 'Polygon' ? { type: 'Polygon', coordinates: [g.coordinates[0]!] } : { type: 'Polygon', coordinates: [g.coordinates[0]![0]!] };
		return turf.truncate(turf.simplify(turf.feature(outer), { tolerance: 0.0008 }), { precision: 5 }).geometry;
	}
	if (construct === 'euphrates-slice') {
		const [from, to] = (p.geometry as LineString).coordinates as [Position, Position];
		return c['euphrates-slice'](from, to).geometry;
	}
	return p.geometry as Geometry;
}

/** Marker/label point: the point itself, a circle's centre, a line's midpoint, an area's inner centre. */
export function labelPoint(p: SourcePlace, g: Geometry): [number, number] {
	if (p.geometry?.type === 'Point') return [r6(p.geometry.coordinates[0]!), r6(p.geometry.coordinates[1]!)];
	let pt: Position;
	if (g.type === 'LineString') pt = turf.along(g, turf.length(turf.feature(g)) / 2).geometry.coordinates;
	else {
		const f = turf.feature(g as Polygon | MultiPolygon);
		const c = turf.centroid(f).geometry.coordinates;
		pt = turf.booleanPointInPolygon(c, f) ? c : turf.pointOnFeature(f).geometry.coordinates;
	}
	return [r6(pt[0]!), r6(pt[1]!)];
}

/** Output feature (src/lib/generated/places.json, served as data/places.geojson) and meta entry for one place. */
export function buildPlace(p: SourcePlace, c: Constructed, countryAt: CountryAt): { feature: Feature<Geometry, PlaceProps>; meta: PlaceMeta } {
	const geometry = placeGeometry(p, c);
	const lngLat = labelPoint(p, geometry);
	const { name, kind, certainty, radius_m, certainty_note, sources } = p.properties;
	const drawn_as: DrawnAs =
		p.properties.construct === 'circle'
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
		...(p.properties.construct === 'euphrates-reservoir' ? { water: true } : {}),
		...(p.properties.map_group ? { group: p.properties.map_group } : {}),
		certainty_note,
		sources,
		country: countryAt(lngLat) ?? 'none'
	};
	const bbox = turf.bbox(geometry).map(r6) as BBox as [number, number, number, number];
	const along = p.properties.anchor_km;
	const anchor: [number, number] =
		drawn_as === 'circle' && kind === 'area'
			? [lngLat[0], r6(turf.destination(lngLat, radius_m! / 1000, 0).geometry.coordinates[1]!)]
			: along !== undefined && geometry.type === 'LineString'
				? (turf.along(geometry, along).geometry.coordinates.map(r6) as [number, number])
				: lngLat;
	const group = p.properties.map_group;
	return {
		feature: { type: 'Feature', id: p.id, properties: props, geometry },
		meta: { id: p.id, ...props, lngLat, anchor, ...(group ? { group } : {}), bbox }
	};
}

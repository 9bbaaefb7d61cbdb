/**
 * Geometries the build makes for places whose shape the sources do not give whole (places.geojson
 * `construct`): an area fitted to stretches of border a document gives, a stretch of river, a
 * reservoir drawn as a band along its river, a country's outline. Each says, in the place's own
 * certainty note, how it was made; here is only the geometry.
 */
import * as turf from '@turf/turf';
import { mesh } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { Feature, FeatureCollection, Geometry, LineString, MultiLineString, MultiPolygon, Polygon, Position } from 'geojson';
import { GeoValidationError, type SourcePlace } from './validate';
import type { CountryFeature } from './countries';
import { aorPolygon, fitCircle, sampleLines, samplesAlong, type CircleFit } from './aor';
import { bboxContains } from '../../src/lib/geo/bbox';

export interface ConstructSources {
	/** world-atlas 10 m topology (raw Natural Earth names), for borders. */
	topo10: Topology;
	/** Natural Earth names to the story's (map.yaml `renames`). */
	renames: Readonly<Record<string, string>>;
	/** Countries for outlines (10 m), with the story's names. */
	countries: readonly CountryFeature[];
	admin1: FeatureCollection;
	rivers: FeatureCollection;
}

export interface Constructions {
	geometries: Map<string, Geometry>;
	/** The circle each border-fitted area was cut with, and its border lengths by neighbour. */
	fits: Map<string, CircleFit>;
	/** The admin-1 polygons used, by code (for figures). */
	admin1: Map<string, Feature<Polygon | MultiPolygon>>;
}

/** Splits a (multi)line into its parts with at least 2 vertices. */
export function lineParts(g: LineString | MultiLineString): Position[][] {
	return (g.type === 'LineString' ? [g.coordinates] : g.coordinates).filter((l) => l.length > 1);
}

/** Lines shared by two named countries (the story's names) in a world-atlas topology. */
function borderBetween(s: ConstructSources, a: string, b: string): MultiLineString {
	const name = (x: { properties?: unknown }) => {
		const n = (x.properties as { name: string }).name;
		return s.renames[n] ?? n;
	};
	return mesh(s.topo10, s.topo10.objects.countries as GeometryCollection<{ name: string }>, (x, y) => {
		const [n1, n2] = [name(x), name(y)];
		return x !== y && ((n1 === a && n2 === b) || (n1 === b && n2 === a));
	});
}

/** An area of an admin-1 unit whose stretches of border match the lengths given: unit ∩ fitted circle. */
function borderFit(
	s: ConstructSources,
	unit: Feature<Polygon | MultiPolygon>,
	country: string,
	borders: Record<string, number>,
	searchKm: number
) {
	const box = turf.bbox(turf.buffer(unit, 2)!);
	const inBox = (x: { mid: Position }) => bboxContains(box, x.mid);
	const lines = Object.fromEntries(Object.keys(borders).map((n) => [n, borderBetween(s, country, n)]));
	// Border pieces within 0.5 km of the unit's outline belong to it (NE 10 m admin-0 and admin-1 differ by a few hundred metres).
	const samples = samplesAlong(
		Object.entries(lines)
			.flatMap(([n, l]) => sampleLines(l.coordinates, n))
			.filter(inBox),
		unit,
		0.5
	);
	// Search around the meeting point of the borders: the vertex of the first nearest the second.
	const [first, second] = Object.values(lines);
	let origin: Position = turf.centroid(unit).geometry.coordinates;
	if (first && second) {
		let best = Infinity;
		for (const a of first.coordinates.flat())
			for (const b of second.coordinates.flat()) {
				const d = turf.distance(a, b);
				if (d < best) [best, origin] = [d, a];
			}
	}
	const radii = Array.from({ length: 53 }, (_, i) => 2 + i * 0.25);
	const fit = fitCircle(samples, { targets: borders, origin, searchKm, gridKm: 0.5, radii, tolerance: 0.05 });
	return { fit, polygon: aorPolygon(unit, fit.centre, fit.radiusKm) };
}

export function buildConstructions(places: readonly SourcePlace[], s: ConstructSources, where: (id: string) => string): Constructions {
	const out: Constructions = { geometries: new Map(), fits: new Map(), admin1: new Map() };
	const problems: string[] = [];
	const riverLines = (name: string) =>
		s.rivers.features
			.filter((f) => f.properties?.name === name)
			.flatMap((f) => lineParts(f.geometry as LineString | MultiLineString).map((c) => turf.lineString(c)));
	/** The river between two points: the part of the nearest river line between them. */
	const slice = (river: string, from: Position, to: Position): Feature<LineString> | null => {
		const lines = riverLines(river);
		if (lines.length === 0) return null;
		const line = [...lines].sort((a, b) => turf.pointToLineDistance(from, a) - turf.pointToLineDistance(from, b))[0]!;
		return turf.truncate(turf.lineSlice(from, to, line), { precision: 5 });
	};
	for (const p of places) {
		const c = p.properties.construct;
		if (c === undefined || c === 'circle') continue;
		const fail = (m: string) => problems.push(`${where(p.id)}: place "${p.id}": ${m}`);
		if (c.kind === 'border-fit') {
			const unit = s.admin1.features.find((f) => f.properties?.iso_3166_2 === c.admin1) as Feature<Polygon | MultiPolygon> | undefined;
			if (!unit) {
				fail(`admin-1 unit ${c.admin1} is not in geo/sources/natural-earth/admin1.geojson`);
				continue;
			}
			const { fit, polygon } = borderFit(s, unit, c.country, c.borders, c.searchKm);
			out.admin1.set(c.admin1, unit);
			out.fits.set(p.id, fit);
			out.geometries.set(p.id, polygon.geometry);
		} else if (c.kind === 'river-slice') {
			const [from, to] = (p.geometry as { coordinates: Position[] }).coordinates as [Position, Position];
			const line = slice(c.river, from, to);
			if (!line) fail(`no river called ${c.river} in geo/sources/gshhg/rivers.geojson`);
			else out.geometries.set(p.id, line.geometry);
		} else if (c.kind === 'river-band') {
			// No shoreline of the water is available: a band along the river's course, as wide as radius_m each side.
			const line = slice(c.river, c.band[0], c.band[1]);
			if (!line) {
				fail(`no river called ${c.river} in geo/sources/gshhg/rivers.geojson`);
				continue;
			}
			// The river smoothed first: the band follows the valley, not every meander.
			const course = turf.simplify(line, { tolerance: 0.02, highQuality: true });
			const band = turf.buffer(course, p.properties.radius_m! / 1000, { units: 'kilometers', steps: 8 })!.geometry;
			// A meander can leave a hole in the band: a reservoir has none.
			const outer: Polygon =
				band.type === 'Polygon'
					? { type: 'Polygon', coordinates: [band.coordinates[0]!] }
					: { type: 'Polygon', coordinates: [band.coordinates[0]![0]!] };
			out.geometries.set(p.id, turf.truncate(turf.simplify(turf.feature(outer), { tolerance: 0.0008 }), { precision: 5 }).geometry);
		} else if (c.kind === 'country') {
			const names = [c.country].flat();
			const found = names.map((n) => s.countries.find((x) => x.properties.name === n));
			const missing = names.filter((_, i) => !found[i]);
			if (missing.length) {
				fail(`no country called ${missing.join(', ')} in Natural Earth (with map.yaml's renames)`);
				continue;
			}
			// Several countries read as one area (an island Natural Earth splits in two): joined.
			const joined = found.length === 1 ? found[0]! : turf.union(turf.featureCollection(found as CountryFeature[]))!;
			// As fine as the scale a country of its size is seen at (a small one close up, where the
			// theatres draw the 10 m borders; a large one from afar): under a pixel either way.
			const tolerance = Math.min(0.02, Math.max(0.002, Math.sqrt(turf.area(joined) / 1e6) / 6e4));
			const simple = turf.truncate(turf.simplify(joined, { tolerance, highQuality: true }), { precision: 4 }).geometry as
				Polygon | MultiPolygon;
			out.geometries.set(p.id, withoutIslets(simple, 50));
		}
	}
	if (problems.length) throw new GeoValidationError(problems);
	return out;
}

/** A country's outline without its islets: parts under `km2` (and under a hundredth of the largest) are left out. */
function withoutIslets(g: Polygon | MultiPolygon, km2: number): Polygon | MultiPolygon {
	if (g.type === 'Polygon') return g;
	const areas = g.coordinates.map((c) => turf.area(turf.polygon(c)) / 1e6);
	const largest = Math.max(...areas);
	const kept = g.coordinates.filter((_, i) => areas[i]! >= km2 || areas[i]! >= largest / 100);
	return kept.length === 1 ? { type: 'Polygon', coordinates: kept[0]! } : { type: 'MultiPolygon', coordinates: kept };
}

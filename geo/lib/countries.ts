/// <reference types="node" />
/** Natural Earth countries from world-atlas (public domain). */
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { feature } from 'topojson-client';
import * as turf from '@turf/turf';
import type { Topology, GeometryCollection } from 'topojson-specification';
import type { Feature, MultiPolygon, Polygon, Position } from 'geojson';

export type CountryFeature = Feature<Polygon | MultiPolygon, { name: string }>;
export type Resolution = '10m' | '50m' | '110m';

const require = createRequire(import.meta.url);

/** Raw world-atlas topology (parsed on each call: callers keep what they need). */
export function loadWorldAtlas(res: Resolution): Topology {
	const path = require.resolve(`world-atlas/countries-${res}.json`);
	return JSON.parse(readFileSync(path, 'utf8')) as Topology;
}

/**
 * Countries as GeoJSON features sorted by name (deterministic output order). world-atlas 2.0.2
 * ships Natural Earth 4.1 names; a story names some as they are called now (its map.yaml
 * `renames`), everything else keeps Natural Earth's short name.
 */
export function countryFeatures(topo: Topology, renames: Readonly<Record<string, string>> = {}): CountryFeature[] {
	const fc = feature(topo, topo.objects.countries as GeometryCollection<{ name: string }>);
	return fc.features
		.filter((f): f is CountryFeature => !!f.geometry && (f.geometry.type === 'Polygon' || f.geometry.type === 'MultiPolygon'))
		.map((f) => ({
			type: 'Feature' as const,
			properties: { name: renames[f.properties.name] ?? f.properties.name },
			geometry: f.geometry
		}))
		.sort((a, b) => a.properties.name.localeCompare(b.properties.name, 'en'));
}

/** Point-in-country lookup; returns the Natural Earth (renamed) country name or null at sea. */
export function countryLookup(countries: CountryFeature[]): (lngLat: Position) => string | null {
	const boxed = countries.map((c) => ({ c, b: turf.bbox(c) }));
	return (p) => {
		for (const { c, b } of boxed) {
			if (p[0]! < b[0] || p[0]! > b[2] || p[1]! < b[1] || p[1]! > b[3]) continue;
			if (turf.booleanPointInPolygon(p, c)) return c.properties.name;
		}
		return null;
	};
}

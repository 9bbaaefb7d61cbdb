/// <reference types="node" />
/**
 * The map data every story draws from, read once per build: Natural Earth countries (world-atlas,
 * 10 m and 50 m), and the small committed subsets under geo/sources/ (Natural Earth admin-1 and
 * lakes, WDBII rivers, GeoNames towns), cut for the stories' theatres by geo/scripts/.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FeatureCollection, Position } from 'geojson';
import { ContentError, loadStory, readSite } from '../../src/lib/content/load';
import type { MapConfig } from '../../src/lib/content/schema';
import type { Topology } from 'topojson-specification';
import { loadWorldAtlas } from './countries';

export const ROOT = join(import.meta.dirname, '../..');
/** Where the stories live: one folder each, and site.yaml. */
export const CONTENT_DIR = join(ROOT, 'src/content');
export const SOURCE_FILES = {
	admin1: 'geo/sources/natural-earth/admin1.geojson',
	lakes: 'geo/sources/natural-earth/lakes.geojson',
	rivers: 'geo/sources/gshhg/rivers.geojson',
	towns: 'geo/sources/geonames/towns.geojson'
} as const;

export interface SharedSources {
	topo10: Topology;
	topo50: Topology;
	admin1: FeatureCollection;
	/** WDBII rivers (GSHHG), see geo/scripts/extract-context.ts. */
	rivers: FeatureCollection;
	lakes: FeatureCollection;
	/** GeoNames towns, see geo/scripts/extract-context.ts. */
	towns: FeatureCollection;
}

export function loadSharedSources(root = ROOT): SharedSources {
	const read = (rel: string) => JSON.parse(readFileSync(join(root, rel), 'utf8')) as FeatureCollection;
	return {
		topo10: loadWorldAtlas('10m'),
		topo50: loadWorldAtlas('50m'),
		admin1: read(SOURCE_FILES.admin1),
		rivers: read(SOURCE_FILES.rivers),
		lakes: read(SOURCE_FILES.lakes),
		towns: read(SOURCE_FILES.towns)
	};
}

/**
 * What the extraction scripts (geo/scripts/) cut the shared sources for: every story's theatres,
 * its river names and its places' positions. A story with a broken folder stops them with its problems.
 */
export function storiesGeography(): { theatres: MapConfig['theatres']; rivers: MapConfig['rivers']; places: Position[] } {
	const { site, problems } = readSite(CONTENT_DIR);
	if (!site) throw new ContentError(problems);
	const maps = site.stories.map((id) => loadStory(join(CONTENT_DIR, id), id).content);
	return {
		theatres: maps.flatMap((c) => c.map.theatres),
		rivers: maps.flatMap((c) => c.map.rivers),
		places: maps.flatMap((c) =>
			c.places.features.flatMap((f) => (f.geometry?.type === 'Point' ? [f.geometry.coordinates as Position] : []))
		)
	};
}

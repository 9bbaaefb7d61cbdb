/// <reference types="node" />
/**
 * Part of `npm run geo`, after the data build: one static SVG map per chapter, drawn from the
 * built data and the chapters' scenes, in static/data/maps/<chapter>.svg.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FeatureCollection } from 'geojson';
import type { Topology } from 'topojson-specification';
import { chapters } from '../src/content/chapters';
import { allRoutesCaption, routeStories } from '../src/content/routes';
import type { GeoMeta } from '../src/lib/geo-meta';
import { basemapFromTopology, theatresFor } from '../src/lib/map/topo';
import { STATIC_MAP_SIZE, routeCaption, sceneFor, staticMapFile } from '../src/lib/story/model';
import { ROOT } from './lib/pipeline';
import { renderStaticMap, viewBbox, viewFor } from './lib/static-map';

/** The static maps' size, and room on the right for the names of the places. */
const STATIC_MAP = { ...STATIC_MAP_SIZE, padding: { top: 40, right: 150, bottom: 40, left: 40 } };

const read = <T>(rel: string): T => JSON.parse(readFileSync(join(ROOT, rel), 'utf8')) as T;

const t0 = performance.now();
const meta = read<GeoMeta>('src/lib/generated/geo-meta.json');
const world = basemapFromTopology(read<Topology>(join('static', meta.world)));
const places = read<FeatureCollection>('static/data/places.geojson');
const routes = read<FeatureCollection>(join('static', meta.routes));
const theatres = new Map(
	meta.theatres.map((t) => [t.id, basemapFromTopology(read<Topology>(join('static', t.url)))])
);
const metas = new Map(meta.places.map((p) => [p.id, p]));
const routeIds = routes.features.map((f) => String(f.id));
mkdirSync(join(ROOT, 'static/data/maps'), { recursive: true });

let bytes = 0;
for (const chapter of chapters) {
	const scene = sceneFor(chapter, metas, routeIds, routeStories);
	const view = viewFor(scene, STATIC_MAP.width, STATIC_MAP.height, STATIC_MAP.padding);
	const box = viewBbox(view, STATIC_MAP.width, STATIC_MAP.height, 0);
	const detail = theatresFor(box, meta.theatres).map((t) => theatres.get(t.id)!);
	const svg = renderStaticMap({
		scene,
		...STATIC_MAP,
		basemaps: [world, ...detail],
		places,
		placeList: meta.places,
		routes,
		title: routeCaption(chapter.caption, scene.routes ?? [], routeStories, allRoutesCaption)
	});
	bytes += svg.length;
	writeFileSync(join(ROOT, 'static', staticMapFile(chapter.id)), svg);
}
console.log(`geo: ${chapters.length} static maps (${Math.round(bytes / 1024)} KB) in ${Math.round(performance.now() - t0)} ms`);

/// <reference types="node" />
/**
 * `npm run geo`: builds the map data into static/data and src/lib/generated. Exit 1 on invalid sources.
 * The places go to src/lib/generated/places.json: the site serves them as data/places.geojson
 * with what the story says of each (src/routes/data/places.geojson), to the map and to readers.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildAll, ROOT } from './lib/pipeline';
import { GeoValidationError } from './lib/validate';

function write(rel: string, data: unknown): void {
	const path = join(ROOT, rel);
	mkdirSync(join(path, '..'), { recursive: true });
	writeFileSync(path, JSON.stringify(data));
}

try {
	const t0 = performance.now();
	const out = buildAll();
	write('src/lib/generated/places.json', out.places);
	write('static/data/routes.geojson', out.routes);
	write('static/data/basemap-world.json', out.world);
	for (const [id, topo] of Object.entries(out.theatres)) write(`static/data/theatre-${id}.json`, topo);
	write('src/lib/generated/geo-meta.json', out.meta);
	console.log(`geo: ${out.meta.places.length} places, ${Object.keys(out.meta.figures).length} figures in ${Math.round(performance.now() - t0)} ms`);
} catch (e) {
	if (e instanceof GeoValidationError) {
		console.error(e.message);
		process.exit(1);
	}
	throw e;
}

/// <reference types="node" />
/**
 * `npm run geo`, first step: reads every story of src/content/site.yaml, checks it against its
 * schemas and itself (src/lib/content), builds its map data, and writes
 * - src/lib/generated/site.json (the stories, in order) and, per story,
 *   src/lib/generated/stories/<id>/content.json (the checked content), geo-meta.json and
 *   places.json (served as <prefix>data/places.geojson with what the story says of each place);
 * - static/<prefix>data/: the world and theatre basemaps and routes.geojson.
 * A problem exits 1 with every message, each naming the file, the line, the item and the problem.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ContentError, loadStory, readSite } from '../src/lib/content/load';
import { storyPrefix } from '../src/lib/story/prefix';
import { buildStoryGeo } from './lib/pipeline';
import { CONTENT_DIR, ROOT, loadSharedSources } from './lib/sources';
import { GeoValidationError } from './lib/validate';

function write(rel: string, data: unknown): void {
	const path = join(ROOT, rel);
	mkdirSync(join(path, '..'), { recursive: true });
	writeFileSync(path, JSON.stringify(data));
}

try {
	const t0 = performance.now();
	const { site, problems } = readSite(CONTENT_DIR);
	if (!site) throw new ContentError(problems);
	const shared = loadSharedSources();
	// Nothing of a story no longer listed is left behind.
	rmSync(join(ROOT, 'src/lib/generated/stories'), { recursive: true, force: true });
	const counts: string[] = [];
	for (const id of site.stories) {
		const { content, where } = loadStory(join(CONTENT_DIR, id), id);
		const out = buildStoryGeo(content, where, shared);
		const prefix = storyPrefix(id, site.stories);
		const gen = `src/lib/generated/stories/${id}`;
		// The plain-text copy of the source is for the accuracy tests, never for the site.
		const { sourceText: _, ...meta } = content.meta;
		write(`${gen}/content.json`, { ...content, meta });
		write(`${gen}/geo-meta.json`, out.meta);
		write(`${gen}/places.json`, out.places);
		write(`static/${prefix}${out.meta.routes}`, out.routes);
		write(`static/${prefix}${out.meta.world}`, out.world);
		for (const [tid, topo] of Object.entries(out.theatres)) write(`static/${prefix}data/theatre-${tid}.json`, topo);
		counts.push(
			`${id}: ${content.chapters.length} chapters, ${out.meta.places.length} places, ${Object.keys(out.meta.figures).length} figures`
		);
	}
	write('src/lib/generated/site.json', {
		...site,
		prefixes: Object.fromEntries(site.stories.map((id) => [id, storyPrefix(id, site.stories)]))
	});
	console.log(`geo: ${counts.join('; ')} in ${Math.round(performance.now() - t0)} ms`);
} catch (e) {
	if (e instanceof GeoValidationError || e instanceof ContentError) {
		console.error(e instanceof ContentError ? e.message : `The map data has ${e.errors.length} problem(s):\n- ${e.errors.join('\n- ')}`);
		process.exit(1);
	}
	throw e;
}

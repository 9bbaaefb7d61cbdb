/// <reference types="node" />
/**
 * Part of `npm run geo`, after the static maps: the share cards of every story in
 * static/<prefix>data/share/, 1200×630 PNGs for Open Graph, Twitter cards and oEmbed thumbnails:
 * the story's (the overview's map), each chapter's (its wide static map) and each place's (its own
 * map), with the title beside the map.
 * Rendered with resvg and the system's DejaVu Sans; a card whose SVG has not changed since the
 * last build is kept (node_modules/.cache/share-cards.json holds each card's hash).
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import type { StoryContent } from '../src/lib/content/load';
import type { GeoMeta } from '../src/lib/geo-meta';
import { STORY_CARD, chapterCardKey, placeCardKey, shareImageFile, SHARE_IMAGE } from '../src/lib/share/images';
import { placeMapFile, staticMapFile } from '../src/lib/story/model';
import { ROOT } from './lib/pipeline';
import { SHARE_CARD, shareCardSvg } from './lib/share-card';

const t0 = performance.now();
if (SHARE_CARD.width !== SHARE_IMAGE.width || SHARE_CARD.height !== SHARE_IMAGE.height) throw new Error('share card sizes disagree');
const read = <T>(rel: string): T => JSON.parse(readFileSync(join(ROOT, rel), 'utf8')) as T;
const site = read<{ stories: string[]; prefixes: Record<string, string> }>('src/lib/generated/site.json');
mkdirSync(join(ROOT, 'node_modules/.cache'), { recursive: true });
const cacheFile = join(ROOT, 'node_modules/.cache/share-cards.json');
const cache = (existsSync(cacheFile) ? JSON.parse(readFileSync(cacheFile, 'utf8')) : {}) as Record<string, string>;

const cards: { file: string; svg: string }[] = [];
for (const id of site.stories) {
	const prefix = site.prefixes[id] ?? '';
	const meta = read<GeoMeta>(`src/lib/generated/stories/${id}/geo-meta.json`);
	const { meta: story, chapters } = read<StoryContent>(`src/lib/generated/stories/${id}/content.json`);
	mkdirSync(join(ROOT, 'static', prefix, 'data/share'), { recursive: true });
	const map = (rel: string) => readFileSync(join(ROOT, 'static', prefix, rel), 'utf8');
	const file = (key: string) => join(prefix, shareImageFile(key));
	const footer = [story.title, `From the ${story.sourceDocument.title}`];
	const overview = chapters.find((c) => c.overview) ?? chapters[0]!;
	cards.push(
		{
			file: file(STORY_CARD),
			svg: shareCardSvg({ mapSvg: map(staticMapFile(overview.id)), eyebrow: 'A map story', title: story.title, footer: [story.subtitle] })
		},
		...chapters.map((c) => ({
			file: file(chapterCardKey(c.id)),
			svg: shareCardSvg({ mapSvg: map(staticMapFile(c.id)), eyebrow: c.kicker, title: c.title, footer })
		})),
		...meta.places.map((p) => ({
			file: file(placeCardKey(p.id)),
			svg: shareCardSvg({ mapSvg: map(placeMapFile(p.id)), eyebrow: 'A place in the story', title: p.name, footer })
		}))
	);
}

let rendered = 0;
for (const { file: rel, svg } of cards) {
	const file = join(ROOT, 'static', rel);
	const hash = createHash('sha256').update(svg).digest('hex').slice(0, 16);
	if (cache[rel] === hash && existsSync(file)) continue;
	const resvg = new Resvg(svg, { fitTo: { mode: 'original' }, font: { loadSystemFonts: true, defaultFontFamily: 'DejaVu Sans' } });
	const png = resvg.render();
	if (png.width !== SHARE_CARD.width || png.height !== SHARE_CARD.height) throw new Error(`share card ${rel}: ${png.width}×${png.height}`);
	writeFileSync(file, png.asPng());
	cache[rel] = hash;
	rendered += 1;
}
writeFileSync(cacheFile, JSON.stringify(cache, null, '\t') + '\n');
console.log(
	`geo: ${cards.length} share cards (${rendered} rendered, ${cards.length - rendered} unchanged) in ${Math.round(performance.now() - t0)} ms`
);

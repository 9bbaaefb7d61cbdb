/// <reference types="node" />
/**
 * Part of `npm run geo`, after the data build: the static SVG maps of every story, drawn from the
 * built data and the chapters' scenes with the live map's symbols, in static/<prefix>data/maps/:
 * - <chapter>.svg, framed like the live map on a wide screen (buttons at the top, the caption
 *   below), and <chapter>-tall.svg, framed like a phone's (the caption at the top, the text card
 *   over the lower half): each fills its figure (object-fit: cover) with no letterbox;
 *   <chapter>-kiosk.svg, framed like the kiosk's 16:9 screen, its card down the left;
 * - <chapter>-locator.svg, the locator inset of chapters closer than country scale;
 * - place-<id>.svg, each place framed on itself, for its page.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FeatureCollection } from 'geojson';
import type { Topology } from 'topojson-specification';
import type { StoryContent } from '../src/lib/content/load';
import type { GeoMeta, PlaceMeta } from '../src/lib/geo-meta';
import type { Padding, Scene } from '../src/lib/map/types';
import type { Rect } from '../src/lib/map/labels';
import { basemapFromTopology, tagTheatreParts, theatresFor } from '../src/lib/map/topo';
import { needsLocator } from '../src/lib/story/legend';
import {
	LOCATOR_SIZE,
	STATIC_MAPS,
	buildStory,
	locatorFile,
	placeMapFile,
	staticMapFile,
	type StaticMapVariant
} from '../src/lib/story/model';
import { ROOT } from './lib/pipeline';
import { renderLocator, renderStaticMap, viewBbox, viewFor, type StaticMapInput } from './lib/static-map';

interface Frame {
	width: number;
	height: number;
	padding: Padding;
	covered: readonly Rect[];
	scaleAt: [number, number];
}

/** How each variant is framed: where the live page puts its caption, buttons and text. */
const FRAMES: Record<StaticMapVariant, Frame> = {
	wide: {
		...STATIC_MAPS.wide,
		padding: { top: 80, right: 90, bottom: 170, left: 60 },
		covered: [
			{ x: 0, y: 0, w: 230, h: 64 },
			{ x: 0, y: STATIC_MAPS.wide.height - 150, w: STATIC_MAPS.wide.width, h: 150 }
		],
		scaleAt: [16, 84]
	},
	tall: {
		...STATIC_MAPS.tall,
		padding: { top: 150, right: 50, bottom: Math.round(STATIC_MAPS.tall.height * 0.55) + 20, left: 50 },
		covered: [
			{ x: 0, y: 56, w: STATIC_MAPS.tall.width, h: 84 },
			{ x: 0, y: Math.round(STATIC_MAPS.tall.height * 0.45), w: STATIC_MAPS.tall.width, h: STATIC_MAPS.tall.height }
		],
		scaleAt: [12, Math.round(STATIC_MAPS.tall.height * 0.45) - 8]
	},
	// The kiosk's screen (KioskMap.svelte, 1920 × 1080 shown at 1.6 times this): its padding, and
	// the chapter card down the left, the locator at the top right, the zoom buttons on the right.
	kiosk: {
		...STATIC_MAPS.kiosk,
		padding: { top: 188, right: 125, bottom: 100, left: 389 },
		covered: [
			{ x: 0, y: 0, w: 350, h: STATIC_MAPS.kiosk.height },
			{ x: STATIC_MAPS.kiosk.width - 180, y: 0, w: 180, h: 150 },
			{ x: STATIC_MAPS.kiosk.width - 65, y: 285, w: 65, h: 105 }
		],
		scaleAt: [STATIC_MAPS.kiosk.width - 130, STATIC_MAPS.kiosk.height - 36]
	}
};

const read = <T>(rel: string): T => JSON.parse(readFileSync(join(ROOT, rel), 'utf8')) as T;

const t0 = performance.now();
let bytes = 0;
let files = 0;
const site = read<{ stories: string[]; prefixes: Record<string, string> }>('src/lib/generated/site.json');

for (const id of site.stories) {
	const prefix = site.prefixes[id] ?? '';
	const meta = read<GeoMeta>(`src/lib/generated/stories/${id}/geo-meta.json`);
	const content = read<StoryContent>(`src/lib/generated/stories/${id}/content.json`);
	const story = buildStory(content, meta, prefix);
	const worldLayers = basemapFromTopology(read<Topology>(join('static', prefix, meta.world)));
	// As the engine does: the world's lines marked inside or outside the theatres' boxes.
	const world = {
		...worldLayers,
		lines: tagTheatreParts(
			worldLayers.lines,
			meta.theatres.map((t) => t.bbox)
		)
	};
	const places = read<FeatureCollection>(`src/lib/generated/stories/${id}/places.json`);
	const routes = read<FeatureCollection>(join('static', prefix, meta.routes));
	const theatres = new Map(meta.theatres.map((t) => [t.id, basemapFromTopology(read<Topology>(join('static', prefix, t.url)))]));
	const metas = new Map(meta.places.map((p) => [p.id, p]));
	// The marker goes where the live map puts it.
	const placeList = meta.places.map((p: PlaceMeta) => ({ ...p, lngLat: p.anchor }));
	mkdirSync(join(ROOT, 'static', prefix, 'data/maps'), { recursive: true });

	const write = (rel: string, svg: string) => {
		bytes += svg.length;
		files += 1;
		writeFileSync(join(ROOT, 'static', prefix, rel), svg);
	};

	const render = (scene: Scene, frame: Frame, title: string): string => {
		const view = viewFor(scene, frame.width, frame.height, frame.padding);
		const box = viewBbox(view, frame.width, frame.height, 0);
		const detail = theatresFor(box, meta.theatres).map((t) => theatres.get(t.id)!);
		const input: StaticMapInput = {
			scene,
			width: frame.width,
			height: frame.height,
			padding: frame.padding,
			covered: frame.covered,
			basemaps: [world, ...detail],
			places,
			placeList,
			routes,
			title,
			...(needsLocator(scene) ? { scaleAt: frame.scaleAt } : {})
		};
		return renderStaticMap(input);
	};

	for (const chapter of story.chapters) {
		const scene = story.scenes.get(chapter.id)!;
		write(staticMapFile(chapter.id), render(scene, FRAMES.wide, chapter.caption));
		write(staticMapFile(chapter.id, 'tall'), render(scene, FRAMES.tall, chapter.caption));
		write(staticMapFile(chapter.id, 'kiosk'), render(scene, FRAMES.kiosk, chapter.caption));
		if (needsLocator(scene)) {
			const country = metas.get(scene.highlight[0] ?? '')?.country;
			// A fixed camera may come without the places' box: the area its view covers then.
			const { width, height } = STATIC_MAPS.wide;
			const bounds = scene.bounds ?? viewBbox(viewFor(scene, width, height, FRAMES.wide.padding), width, height, 0);
			write(locatorFile(chapter.id), renderLocator({ bounds, ...LOCATOR_SIZE, world, ...(country ? { country } : {}) }));
		}
	}

	// Each place on its own page: framed on the place, with its home chapter's context and routes.
	for (const place of story.places.values()) {
		const [w, s, e, n] = place.bbox;
		// A point alone would zoom to street level: at least a few kilometres around it.
		const pad = Math.max(0, 0.04 - (e - w) / 2);
		const scene: Scene = { key: `place-${place.id}`, bounds: [w - pad, s - pad, e + pad, n + pad], highlight: [place.id], maxZoom: 12 };
		write(placeMapFile(place.id), render(scene, { ...FRAMES.wide, covered: [], scaleAt: [16, 24] }, `Map: ${place.name}.`));
	}
}
console.log(`geo: ${files} static maps (${Math.round(bytes / 1024)} KB) in ${Math.round(performance.now() - t0)} ms`);

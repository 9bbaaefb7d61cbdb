/** Where the map's data lives under the site's base path: shared by every component that owns a map. */
import { asset } from '$app/paths';
import type { MapFiles } from '$lib/geo-meta';
import type { Rect, StoryMap, StoryMapOptions } from '$lib/map/engine';
import type { DataUrls } from '$lib/map/types';
import { mapPlaces, type ReaderStory } from './model';
import type { StoryState } from './state.svelte';
import * as ui from '$lib/ui/strings';

/** The map data of a story, under the base path and the story's prefix ('' or 'stories/<id>/'). */
export function mapDataUrls(geo: MapFiles, prefix: string): DataUrls {
	const url = (path: string) => asset(`/${prefix}${path}`);
	return {
		world: url(geo.world),
		places: url('data/places.geojson'),
		routes: url(geo.routes),
		theatres: geo.theatres.map((t) => ({ ...t, url: url(t.url) }))
	};
}

/** A map on its way: `map` once created (`ready` comes once it has drawn); `stop()` destroys it, created or still coming. */
export interface MapStart {
	readonly map: StoryMap | null;
	stop(): void;
}

/**
 * Loads the engine (a dynamic import: MapLibre stays out of the page's first bundle) and creates
 * the page's one map. Every map owner starts its map this way. A failure is not an error for the
 * reader – the static map and the text carry the story – so it is a warning, then `failed`.
 */
export function startStoryMap(
	options: Omit<StoryMapOptions, 'sourcesLabel'>,
	on: { ready: (map: StoryMap) => void; failed: (error: unknown) => void }
): MapStart {
	let stopped = false;
	let map: StoryMap | null = null;
	import('$lib/map/engine')
		.then(({ StoryMap }) => StoryMap.create({ ...options, sourcesLabel: ui.map.data }))
		.then(async (created) => {
			map = created;
			if (stopped) {
				created.destroy();
				return;
			}
			// The owner's static map stays up until the map has drawn its first view in full.
			await created.drawn;
			if (!stopped) on.ready(created);
		})
		.catch((error: unknown) => {
			if (stopped) return;
			console.warn('The interactive map could not start:', error);
			on.failed(error);
		});
	return {
		get map() {
			return map;
		},
		stop() {
			stopped = true;
			map?.destroy();
		}
	};
}

/**
 * Starts the map of a page a reader reads (the story's figure, an embedded card): the story's
 * places and data, the reader's motion setting, places opening in the reader's details panel,
 * and the map's status reported to the reader's state. The owner adds its container, first scene,
 * padding and the canvas's name.
 */
export function startReaderMap(
	reader: StoryState,
	story: ReaderStory,
	geo: MapFiles,
	options: Pick<StoryMapOptions, 'container' | 'scene' | 'padding' | 'covered' | 'canvasLabel' | 'textScale'>,
	on: { ready: (map: StoryMap) => void; failed: () => void }
): MapStart {
	return startStoryMap(
		{
			...options,
			places: mapPlaces(story),
			data: mapDataUrls(geo, story.prefix),
			reducedMotion: () => reader.reducedMotion,
			onPlace: (id, trigger) => reader.openPlace(id, trigger),
			onStatus: (status, key) => reader.mapReport(status, key),
			remoteStyleUrl: __BASEMAP_STYLE_URL__ || undefined,
			// Tests read the canvas's pixels (?testing).
			preserveDrawingBuffer: new URLSearchParams(location.search).has('testing')
		},
		{
			ready: on.ready,
			failed: () => {
				reader.mapReport('failed');
				on.failed();
			}
		}
	);
}

/**
 * The boxes of what lies over a map (caption, buttons, inset, MapLibre's controls), relative to
 * the map: every map owner's `covered`, which its labels keep clear of.
 */
export function boxesOver(map: Element, nodes: Iterable<Element | null | undefined>): Rect[] {
	const m = map.getBoundingClientRect();
	return [...nodes].flatMap((n) => {
		const r = n?.getBoundingClientRect();
		return r && r.width > 0 ? [{ x: r.left - m.left, y: r.top - m.top, w: r.width, h: r.height }] : [];
	});
}

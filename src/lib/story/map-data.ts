/** Where the map's data lives under the site's base path: shared by every component that owns a map. */
import { asset } from '$app/paths';
import type { GeoMeta } from '$lib/geo-meta';
import type { StoryMap, StoryMapOptions } from '$lib/map/engine';
import type { DataUrls } from '$lib/map/types';

export function mapDataUrls(geo: GeoMeta): DataUrls {
	const url = (path: string) => asset(`/${path}`);
	return {
		world: url(geo.world),
		places: url('data/places.geojson'),
		routes: url(geo.routes),
		theatres: geo.theatres.map((t) => ({ ...t, url: url(t.url) }))
	};
}

/** A map on its way: `map` once created; `stop()` destroys it, created or still coming. */
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
	options: StoryMapOptions,
	on: { ready: (map: StoryMap) => void; failed: (error: unknown) => void }
): MapStart {
	let stopped = false;
	let map: StoryMap | null = null;
	import('$lib/map/engine')
		.then(({ StoryMap }) => StoryMap.create(options))
		.then((created) => {
			map = created;
			if (stopped) created.destroy();
			else on.ready(created);
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

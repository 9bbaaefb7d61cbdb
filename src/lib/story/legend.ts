/**
 * What a chapter's map key lists, and whether its map needs a locator inset: derived from the
 * scene and the places it shows, so the key never names a symbol the map does not draw.
 */
import type { Scene } from '$lib/map/types';

export type LegendKey = 'exact' | 'area' | 'approximate' | 'line' | 'route-direct' | 'route-transit' | 'disputed' | 'town';

/** One line of a map's key: the symbol, and the story's own words for it where it has them (routes, a disputed boundary). */
export interface LegendEntry {
	key: LegendKey;
	text?: string;
}

/** What a story says of its routes and disputed boundaries in the key (routes.yaml, map.yaml). */
export interface LegendWords {
	disputed: readonly { country: string; legend: string }[];
	routes?: { direct: string; transit: string };
}

interface KeyedPlace {
	certainty: 'exact' | 'approximate';
	kind: 'point' | 'area' | 'line';
	country: string;
}

/** A view narrower than this (degrees of longitude) is closer than country scale. */
const LOCATOR_SPAN_DEG = 12;

/** True when the scene is closer than country scale: the reader needs a locator to know where it is. */
export function needsLocator(scene: Pick<Scene, 'bounds' | 'camera'>): boolean {
	if (scene.camera) return scene.camera.zoom >= 4.5;
	if (!scene.bounds) return false;
	const [w, s, e, n] = scene.bounds;
	return e - w < LOCATOR_SPAN_DEG && n - s < LOCATOR_SPAN_DEG;
}

/**
 * The key's entries for a scene, in a fixed order. `routeVia` tells which routes pass a stated
 * transit; `words` gives the story's words for its routes and disputed boundaries.
 */
export function legendKeys(
	scene: Pick<Scene, 'highlight' | 'routes' | 'bounds' | 'camera'>,
	places: ReadonlyMap<string, KeyedPlace>,
	routeVia: (id: string) => boolean,
	words: LegendWords = { disputed: [] }
): LegendEntry[] {
	const shown = scene.highlight.map((id) => places.get(id)).filter((p): p is KeyedPlace => Boolean(p));
	const keys = new Map<LegendKey, string | undefined>();
	for (const p of shown) {
		if (p.kind === 'line') keys.set('line', undefined);
		else keys.set(p.certainty !== 'exact' ? 'approximate' : p.kind === 'area' ? 'area' : 'exact', undefined);
		const disputed = words.disputed.find((d) => d.country === p.country);
		if (disputed) keys.set('disputed', disputed.legend);
	}
	for (const id of scene.routes ?? []) {
		if (routeVia(id)) keys.set('route-transit', words.routes?.transit);
		else keys.set('route-direct', words.routes?.direct);
	}
	if (needsLocator(scene)) keys.set('town', undefined);
	const order: LegendKey[] = ['exact', 'area', 'approximate', 'line', 'town', 'route-direct', 'route-transit', 'disputed'];
	return order.filter((k) => keys.has(k)).map((key) => (keys.get(key) ? { key, text: keys.get(key)! } : { key }));
}

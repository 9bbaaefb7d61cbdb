/**
 * What a chapter's map key lists, and whether its map needs a locator inset: derived from the
 * scene and the places it shows, so the key never names a symbol the map does not draw.
 */
import type { Scene } from '$lib/map/types';

export type LegendKey = 'exact' | 'approximate' | 'line' | 'route-direct' | 'route-transit' | 'disputed' | 'town';

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

/** The key's entries for a scene, in a fixed order. `routeVia` tells which routes pass a stated transit. */
export function legendKeys(
	scene: Pick<Scene, 'highlight' | 'routes' | 'bounds' | 'camera'>,
	places: ReadonlyMap<string, KeyedPlace>,
	routeVia: (id: string) => boolean
): LegendKey[] {
	const shown = scene.highlight.map((id) => places.get(id)).filter((p): p is KeyedPlace => Boolean(p));
	const keys = new Set<LegendKey>();
	for (const p of shown) {
		if (p.kind === 'line') keys.add('line');
		else keys.add(p.certainty === 'exact' ? 'exact' : 'approximate');
		if (p.country === 'Kosovo') keys.add('disputed');
	}
	for (const id of scene.routes ?? []) keys.add(routeVia(id) ? 'route-transit' : 'route-direct');
	if (needsLocator(scene)) keys.add('town');
	const order: LegendKey[] = ['exact', 'approximate', 'line', 'town', 'route-direct', 'route-transit', 'disputed'];
	return order.filter((k) => keys.has(k));
}

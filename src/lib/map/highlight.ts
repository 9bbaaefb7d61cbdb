/**
 * The scene's places and routes drawn highlighted on the map (feature-state `active`), the picked
 * place (`picked`), and the basemap names that give way to highlighted places (the style's global
 * state). The markers' own highlighting is markers.ts's.
 */
import type { FeatureCollection } from 'geojson';
import type { Map as MapLibreMap } from 'maplibre-gl';
import { HIGHLIGHT_STATE, SOURCE_IDS } from './style';

/** The story's own features, once loaded. */
export interface StoryFeatures {
	places: FeatureCollection | null;
	routes: FeatureCollection | null;
}

export class Highlight {
	readonly #map: MapLibreMap;
	#places = new Set<string>();
	#routes = new Set<string>();

	constructor(map: MapLibreMap) {
		this.#map = map;
	}

	/**
	 * Highlights these places and routes, and no longer those of the last call. `force` sets every
	 * feature's state anew: a style swap or a rebuilt context drops feature state.
	 */
	apply(places: ReadonlySet<string>, routes: ReadonlySet<string>, features: StoryFeatures, force: boolean): void {
		const map = this.#map;
		if (features.places && map.getSource(SOURCE_IDS.places)) {
			const ids = new Set([...places, ...(force ? [] : this.#places)]);
			if (force) for (const f of features.places.features) ids.add(String(f.id));
			for (const id of ids) {
				map.setFeatureState({ source: SOURCE_IDS.places, id }, { active: places.has(id) });
			}
		}
		this.#places = new Set(places);
		// Basemap names of the highlighted places give way to their markers (style.ts).
		if (map.getLayer('world-labels')) map.setGlobalStateProperty(HIGHLIGHT_STATE, [...places]);
		if (features.routes && map.getSource(SOURCE_IDS.routes)) {
			for (const f of features.routes.features) {
				const id = String(f.id);
				if (force || routes.has(id) !== this.#routes.has(id)) {
					map.setFeatureState({ source: SOURCE_IDS.routes, id }, { active: routes.has(id) });
				}
			}
		}
		this.#routes = new Set(routes);
	}

	/** Marks a place's area as the one whose details are open, or no longer. */
	pick(id: string, on: boolean): void {
		if (this.#map.getSource(SOURCE_IDS.places)) this.#map.setFeatureState({ source: SOURCE_IDS.places, id }, { picked: on });
	}
}

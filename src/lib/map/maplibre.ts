/**
 * What the engine makes with MapLibre: the map, its markers, and the basemap made in MapLibre's
 * workers. One seam, so that the engine's unit tests can run it on a fake map (fake-map.ts).
 */
import { Map as MapLibreMap, Marker, addProtocol, importScriptInWorkers, setWorkerUrl, type MapOptions } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?worker&url';
import basemapWorkerUrl from './basemap-worker.ts?worker&url';
import { BASEMAP_PROTOCOL, basemapLoader } from './basemap-request';
import type { AddMarker } from './markers';

setWorkerUrl(workerUrl);

export interface MapLibreParts {
	/** A new map. MapLibre's throws GPUInitializationError when WebGL2 is unavailable. */
	map(options: MapOptions): MapLibreMap;
	/** Puts a marker's element on the map. */
	marker: AddMarker;
	/** Whether MapLibre's workers make the basemap (see ./basemap-request.ts). */
	workersMakeBasemap(): Promise<boolean>;
}

/**
 * Asked once per page. Where the workers cannot load the script (a host's policy, say), the
 * main thread makes the basemap as before.
 */
let basemapInWorkers: Promise<boolean> | null = null;
function workersMakeBasemap(): Promise<boolean> {
	if (!basemapInWorkers) addProtocol(BASEMAP_PROTOCOL, basemapLoader());
	basemapInWorkers ??= importScriptInWorkers(basemapWorkerUrl).then(
		() => true,
		(error: unknown) => {
			console.warn('The basemap is made on the main thread:', error);
			return false;
		}
	);
	return basemapInWorkers;
}

/** MapLibre's own map and markers: what the app runs on. */
export const mapLibre: MapLibreParts = {
	map: (options) => new MapLibreMap(options),
	marker: (element, lngLat, map) => new Marker({ element, anchor: 'center' }).setLngLat(lngLat).addTo(map),
	workersMakeBasemap
};

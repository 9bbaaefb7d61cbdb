/**
 * Loaded into MapLibre's workers (importScriptInWorkers): answers the basemap's `topo://`
 * requests there, so that fetching, parsing and converting the TopoJSON stay off the main thread,
 * and keeps the answers there (see keepBasemapInWorkers).
 */
import { BASEMAP_PROTOCOL, basemapLoader, keepBasemapInWorkers, type BasemapLoader, type MapLibreWorkerLike } from './basemap-request';

const scope = self as unknown as { addProtocol(name: string, load: BasemapLoader): void; worker?: MapLibreWorkerLike };
scope.addProtocol(BASEMAP_PROTOCOL, basemapLoader());
if (!keepBasemapInWorkers(scope.worker))
	console.warn('The basemap is copied back to the main thread: MapLibre’s worker is not as expected');

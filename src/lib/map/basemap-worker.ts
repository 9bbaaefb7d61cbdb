/**
 * Loaded into MapLibre's workers (importScriptInWorkers): answers the basemap's `topo://`
 * requests there, so that fetching, parsing and converting the TopoJSON stay off the main thread.
 */
import { BASEMAP_PROTOCOL, basemapLoader, type BasemapLoader } from './basemap-request';

(self as unknown as { addProtocol(name: string, load: BasemapLoader): void }).addProtocol(BASEMAP_PROTOCOL, basemapLoader());

/**
 * The basemap's GeoJSON is made from its TopoJSON inside MapLibre's worker (./basemap-worker.ts),
 * not on the main thread: the main thread then neither parses nor holds the basemap's
 * coordinates. A source asks for it with a `topo://` URL naming the part it draws, the TopoJSON
 * files to merge and, for lines, the theatre boxes to tag (see `tagTheatreParts`). The main thread
 * answers the same requests too, for the moments when a worker cannot (while MapLibre recreates
 * its workers after a lost WebGL context, say).
 */
import type { Feature, FeatureCollection } from 'geojson';
import type { Topology } from 'topojson-specification';
import { basemapPart, mergeCollections, tagTheatreParts, type BasemapKind } from './topo';
import type { Bbox } from './types';

export const BASEMAP_PROTOCOL = 'topo';

export interface BasemapRequest {
	kind: BasemapKind;
	/** Absolute URLs of the TopoJSON files, merged in this order. */
	sources: string[];
	/** Lines inside these boxes are tagged `in_theatre`. */
	boxes?: Bbox[];
}

const KINDS: readonly BasemapKind[] = ['polygons', 'lines', 'labels'];

export function basemapRequestUrl(request: BasemapRequest): string {
	const q = new URLSearchParams();
	for (const s of request.sources) q.append('src', s);
	if (request.boxes?.length) q.set('boxes', JSON.stringify(request.boxes));
	return `${BASEMAP_PROTOCOL}://${request.kind}?${q}`;
}

export function parseBasemapRequest(url: string): BasemapRequest {
	const match = /^topo:\/\/([a-z]+)\?(.*)$/.exec(url);
	const kind = match?.[1] as BasemapKind | undefined;
	if (!match || !kind || !KINDS.includes(kind)) throw new Error(`Not a basemap request: ${url}`);
	const q = new URLSearchParams(match[2]);
	const boxes = q.get('boxes');
	return { kind, sources: q.getAll('src'), ...(boxes ? { boxes: JSON.parse(boxes) as Bbox[] } : {}) };
}

/** Basemap labels get an index (`lid`) for feature-state: the engine fades those its markers cover. */
export function withLabelIds(fc: FeatureCollection): FeatureCollection {
	return { ...fc, features: fc.features.map((f, i): Feature => ({ ...f, properties: { ...f.properties, lid: i } })) };
}

/** The GeoJSON a request asks for, from its TopoJSON files (in the request's order). */
export function basemapFor(request: BasemapRequest, topologies: readonly Topology[]): FeatureCollection {
	const merged = mergeCollections(topologies.map((t) => basemapPart(t, request.kind)));
	if (request.kind === 'labels') return withLabelIds(merged);
	if (request.kind === 'lines' && request.boxes) return tagTheatreParts(merged, request.boxes);
	return merged;
}

/** A `topo://` request's answer, as MapLibre's `addProtocol` wants it. */
export type BasemapLoader = (params: { url: string }) => Promise<{ data: FeatureCollection }>;

/** Answers `topo://` requests, fetching each TopoJSON file once (a failed one again next time). */
export function basemapLoader(fetchFn: typeof fetch = fetch): BasemapLoader {
	const files = new Map<string, Promise<Topology>>();
	const topology = (url: string): Promise<Topology> => {
		let pending = files.get(url);
		if (!pending) {
			pending = fetchFn(url).then((res) => {
				if (!res.ok) throw new Error(`Map data ${url}: HTTP ${res.status}`);
				return res.json() as Promise<Topology>;
			});
			pending.catch(() => files.delete(url));
			files.set(url, pending);
		}
		return pending;
	};
	return async ({ url }) => {
		const request = parseBasemapRequest(url);
		return { data: basemapFor(request, await Promise.all(request.sources.map(topology))) };
	};
}

/** What of MapLibre's worker (`self.worker` inside it) `keepBasemapInWorkers` reaches. */
export interface MapLibreWorkerLike {
	_getWorkerSource?: (mapId: string, type: string, source: string) => unknown;
}

type LoadData = (params: { request?: { url?: string } }) => Promise<{ data?: unknown }>;

/**
 * MapLibre 6 posts GeoJSON that a worker loaded from a URL back to the main thread, as the source's
 * copy (maplibre-gl-js#6811: for `getData`, `getStyle` and `updateData`, none of which the story
 * uses on the basemap). For `topo://` answers that copy is the whole basemap: receiving it was a
 * long task of the map's start, and holding it a large part of the heap. This keeps the answers
 * in the workers, leaving their data out of what `loadData` returns; the main thread keeps the
 * URL, which is also what a rebuilt style (after a lost WebGL context) asks for again.
 * The worker's internals are checked first: if they are not as expected nothing is changed, and
 * the copy is sent as before. Returns whether the worker was adapted.
 */
export function keepBasemapInWorkers(worker: MapLibreWorkerLike | undefined): boolean {
	const getSource = worker?._getWorkerSource;
	if (!worker || typeof getSource !== 'function') return false;
	const adapted = new WeakSet<object>();
	worker._getWorkerSource = function (mapId, type, source) {
		const workerSource = getSource.call(this, mapId, type, source) as { loadData?: LoadData } | null;
		const loadData = workerSource?.loadData;
		if (type === 'geojson' && workerSource && typeof loadData === 'function' && !adapted.has(workerSource)) {
			adapted.add(workerSource);
			workerSource.loadData = async (params) => {
				const result = await loadData.call(workerSource, params);
				if (params.request?.url?.startsWith(`${BASEMAP_PROTOCOL}://`)) delete result.data;
				return result;
			};
		}
		return workerSource;
	};
	return true;
}

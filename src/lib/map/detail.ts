/**
 * The theatres' finer basemap: fetched once per theatre when a scene that needs it comes near
 * (prefetch) or is entered, and put into the detail sources before the camera arrives. The main
 * thread makes it, or MapLibre's workers do, asked by URL (./basemap-request.ts).
 */
import type { FeatureCollection } from 'geojson';
import type { Topology } from 'topojson-specification';
import { basemapRequestUrl, withLabelIds, type BasemapRequest } from './basemap-request';
import { sceneBox } from './camera';
import { SOURCE_IDS } from './style';
import { basemapFromTopology, mergeCollections, theatresFor, type BasemapLayers } from './topo';
import type { Scene, Theatre } from './types';

/** Fetches a JSON file of the map's data (the theatres', and the world's and places' too). */
export async function fetchJson<T>(url: string): Promise<T> {
	const res = await fetch(url);
	if (!res.ok) throw new Error(`Map data ${url}: HTTP ${res.status}`);
	return (await res.json()) as T;
}

/** The URL against the page's: the workers fetch with no page to resolve it against. */
export const absolute = (url: string) => new URL(url, document.baseURI).href;

/** What the detail asks of the engine, read at each use. */
export interface DetailHost {
	/** True while a remote basemap style draws the map: it has its own detail. */
	remote(): boolean;
	/** True when MapLibre's workers make the basemap. */
	inWorkers(): boolean;
	destroyed(): boolean;
	setData(source: string, data: FeatureCollection | string): void;
	/** New detail is in the sources. */
	changed(): void;
}

export class TheatreDetail {
	readonly #theatres: readonly Theatre[];
	readonly #host: DetailHost;
	/** Each theatre's fetch, by theatre id: made once (again only after a failure). */
	readonly #loaded = new Map<string, Promise<BasemapLayers | null>>();
	readonly #layers: BasemapLayers[] = [];
	/** The theatres whose detail the workers make (absolute URLs), when they make the basemap. */
	readonly #urls: string[] = [];
	#labels: FeatureCollection | null = null;

	constructor(theatres: readonly Theatre[], host: DetailHost) {
		this.#theatres = theatres;
		this.#host = host;
	}

	/** The detail's names, where the main thread made them. */
	get labels(): FeatureCollection | null {
		return this.#labels;
	}

	/** Fetches the finer basemap of the theatres a scene needs, once each; resolves when it is in the sources. */
	load(scene: Scene): Promise<unknown> {
		if (this.#host.remote()) return Promise.resolve();
		const box = sceneBox(scene);
		if (!box) return Promise.resolve();
		const needed = theatresFor(box, this.#theatres);
		if (this.#host.inWorkers()) {
			// The workers fetch and make it; the move's idle waits for the sources to load.
			const urls = needed.map((t) => absolute(t.url)).filter((u) => !this.#urls.includes(u));
			if (urls.length) {
				this.#urls.push(...urls);
				this.fill();
			}
			return Promise.resolve();
		}
		return Promise.all(
			needed.map((t) => {
				let pending = this.#loaded.get(t.id);
				if (!pending) {
					pending = fetchJson<Topology>(t.url)
						.then((topo) => {
							const layers = basemapFromTopology(topo);
							if (this.#host.destroyed()) return null;
							this.#layers.push(layers);
							this.fill();
							return layers;
						})
						.catch((error: unknown) => {
							// The world basemap still draws the theatre; try again on the next visit.
							this.#loaded.delete(t.id);
							console.warn(error);
							return null;
						});
					this.#loaded.set(t.id, pending);
				}
				return pending;
			})
		);
	}

	/** Puts the detail loaded so far into the detail sources (again after a style swap drops their data). */
	fill(): void {
		const host = this.#host;
		if (host.remote()) return;
		if (host.inWorkers()) {
			if (this.#urls.length === 0) return;
			const ask = (kind: BasemapRequest['kind']) => basemapRequestUrl({ kind, sources: this.#urls });
			host.setData(SOURCE_IDS.detail, ask('polygons'));
			host.setData(SOURCE_IDS.detailLines, ask('lines'));
			host.setData(SOURCE_IDS.detailLabels, ask('labels'));
			host.changed();
			return;
		}
		if (this.#layers.length === 0) return;
		host.setData(SOURCE_IDS.detail, mergeCollections(this.#layers.map((d) => d.polygons)));
		host.setData(SOURCE_IDS.detailLines, mergeCollections(this.#layers.map((d) => d.lines)));
		this.#labels = withLabelIds(mergeCollections(this.#layers.map((d) => d.labels)));
		host.setData(SOURCE_IDS.detailLabels, this.#labels);
		host.changed();
	}
}

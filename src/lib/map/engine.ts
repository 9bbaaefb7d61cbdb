/**
 * The story's map engine: one MapLibre map, driven by scenes. It knows places by id and name and
 * nothing of the story's wording or of Svelte. Loaded with a dynamic import so that the story's
 * text paints before MapLibre is parsed.
 */
import {
	Map as MapLibreMap,
	Marker,
	NavigationControl,
	ScaleControl,
	addProtocol,
	importScriptInWorkers,
	setWorkerUrl,
	type GeoJSONSource,
	type IControl
} from 'maplibre-gl';
import 'maplibre-gl/dist/maplibre-gl.css';
import './markers.css';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?worker&url';
import basemapWorkerUrl from './basemap-worker.ts?worker&url';
import type { Feature, FeatureCollection } from 'geojson';
import type { Topology } from 'topojson-specification';
import { overlap, placeLabels, type LabelledPoint, type Rect } from './labels';
import { markers as markerSymbol } from './symbols';
export type { Rect } from './labels';
import { ATTRIBUTION, HIGHLIGHT_STATE, SOURCE_IDS, TOWN_DOT, embeddedStyle, overlayOnly } from './style';
import { basemapFromTopology, mergeCollections, tagTheatreParts, theatresFor, type BasemapLayers } from './topo';
import { BASEMAP_PROTOCOL, basemapLoader, basemapRequestUrl, withLabelIds, type BasemapRequest } from './basemap-request';
import type { Bbox, DataUrls, MapPlace, MapStatus, Padding, Scene } from './types';

setWorkerUrl(workerUrl);

/**
 * Whether MapLibre's workers make the basemap (see ./basemap-request.ts): asked once per page.
 * Where they cannot load the script (a host's policy, say), the main thread makes it as before.
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

const absolute = (url: string) => new URL(url, document.baseURI).href;

export interface StoryMapOptions {
	container: HTMLElement;
	places: readonly MapPlace[];
	data: DataUrls;
	scene: Scene;
	/** Read at each move: camera flights become jumps when it returns true. */
	reducedMotion: () => boolean;
	/** Read at each move: the part of the map covered by other content. */
	padding: () => Padding;
	/** Read where the camera stops: boxes over the map (caption, buttons, inset), relative to it, that labels avoid. */
	covered?: () => Rect[];
	onPlace: (id: string, trigger: HTMLElement) => void;
	onStatus: (status: MapStatus, sceneKey: string | null) => void;
	/** Optional remote basemap style; the embedded basemap is used when it fails. */
	remoteStyleUrl?: string;
	/** Lets tests read the canvas pixels. */
	preserveDrawingBuffer?: boolean;
	/** Accessible name of the map canvas in explore mode, when it takes keyboard focus. */
	canvasLabel?: string;
	/** The words of the folded disclosure of the map's sources ("Map data"): the engine has none of its own. */
	sourcesLabel: string;
	/** MapLibre's own zoom buttons in explore mode (default true); the kiosk draws larger ones. */
	navigationControl?: boolean;
	/** Basemap label sizes times this (default 1): more on a wall screen read from afar. */
	textScale?: number;
	/** A metric scale bar (default true), in this corner. */
	scaleBar?: false | 'top-left' | 'top-right' | 'bottom-left' | 'bottom-right';
}

/** What the map holds, for tests that check nothing piles up over a long run. */
export interface StoryMapStats {
	layers: number;
	sources: number;
	markers: number;
	controls: number;
	zoom: number;
}

/** One marker on the map: a place's button, or several places drawn as one area sharing one. */
interface MarkerEntry {
	marker: Marker;
	/** The Marker's element: the button, or the group holding the buttons. */
	root: HTMLElement;
	/** The places' buttons, by place id. */
	buttons: Map<string, HTMLButtonElement>;
	/** The label's box at the last placement, in CSS pixels. */
	size: { w: number; h: number; r: number } | null;
}

/**
 * Markers whose dots would touch (symbols.ts `clusterPx`) are drawn as one: the first in the
 * scene's order keeps its dot, and the others' names stack under its label, each still its own
 * button. At a world's scale the countries of a region would otherwise pile up.
 */
const CLUSTER_PX = markerSymbol.clusterPx;

async function fetchJson<T>(url: string): Promise<T> {
	const res = await fetch(url);
	if (!res.ok) throw new Error(`Map data ${url}: HTTP ${res.status}`);
	return (await res.json()) as T;
}

/** The bounds of a scene, for choosing theatre detail. */
function sceneBox(scene: Scene): Bbox | null {
	if (scene.bounds) return scene.bounds;
	if (scene.camera) {
		// Roughly the visible span at this zoom on a 1,000 px wide map.
		const span = 360 / 2 ** scene.camera.zoom;
		const [lon, lat] = scene.camera.center;
		return [lon - span, lat - span / 2, lon + span, lat + span / 2];
	}
	return null;
}

export class StoryMap {
	readonly #map: MapLibreMap;
	readonly #opts: StoryMapOptions;
	/** Markers, one per anchor; every place id maps to its marker. */
	readonly #markers: MarkerEntry[] = [];
	readonly #markerOf = new Map<string, MarkerEntry>();
	#picked: string | null = null;
	/** Basemap labels faded under the markers (feature-state `covered`), by source. */
	#covered = new Map<string, Set<number>>();
	readonly #loadedTheatres = new Map<string, Promise<BasemapLayers | null>>();
	readonly #detail: BasemapLayers[] = [];
	/** The theatres whose detail the workers make (absolute URLs), when they make the basemap. */
	readonly #detailUrls: string[] = [];
	#inWorkers = false;
	#nav: NavigationControl | null = null;
	#scene: Scene;
	#highlighted = new Set<string>();
	#routesShown = new Set<string>();
	#placesData: FeatureCollection | null = null;
	#routesData: FeatureCollection | null = null;
	#world: BasemapLayers | null = null;
	#detailLabels: FeatureCollection | null = null;
	#moveToken = 0;
	#shown = false;
	#destroyed = false;
	/** True between webglcontextlost and the style's rebuild after webglcontextrestored. */
	#lost = false;
	/** True from webglcontextrestored until the map has drawn its scene again: status stays 'lost' meanwhile. */
	#restoring = false;
	/** The listeners waiting for the current move to settle: replaced, never piled up, when moves follow each other faster than they end. */
	#pending: { moveend?: () => void; idle?: () => void } = {};

	private constructor(map: MapLibreMap, opts: StoryMapOptions) {
		this.#map = map;
		this.#opts = opts;
		this.#scene = opts.scene;
	}

	/** Creates the map; rejects when WebGL2 is missing or the map cannot start. */
	static async create(opts: StoryMapOptions): Promise<StoryMap> {
		opts.onStatus('loading', null);
		const camera = StoryMap.#initialCamera(opts);
		// Throws GPUInitializationError when WebGL2 is unavailable.
		const map = new MapLibreMap({
			container: opts.container,
			style: opts.remoteStyleUrl ?? embeddedStyle({ text: opts.textScale ?? 1 }),
			...camera,
			interactive: true,
			// Our own, folded attribution (below): MapLibre's compact one opens over a phone's map.
			attributionControl: false,
			renderWorldCopies: true,
			maxZoom: 15,
			minZoom: 1,
			fadeDuration: opts.reducedMotion() ? 0 : 300,
			// MapLibre's own eases (keyboard, inertia) follow the reader's choice, not only the system's.
			reduceMotion: opts.reducedMotion(),
			canvasContextAttributes: { preserveDrawingBuffer: opts.preserveDrawingBuffer ?? false }
		});
		const story = new StoryMap(map, opts);
		// The town dot is drawn here, not fetched: the style has no sprite.
		map.on('styleimagemissing', story.#addImage);
		if (opts.scaleBar !== false) map.addControl(new ScaleControl({ unit: 'metric', maxWidth: 120 }), opts.scaleBar ?? 'top-left');
		if (!opts.remoteStyleUrl) map.addControl(new SourcesControl(opts.sourcesLabel, ATTRIBUTION), 'bottom-right');
		story.#setInteractive(false);
		try {
			await story.#start();
		} catch (error) {
			story.destroy();
			throw error;
		}
		return story;
	}

	static #initialCamera(opts: StoryMapOptions) {
		const { scene } = opts;
		if (scene.camera) return { center: scene.camera.center, zoom: scene.camera.zoom };
		if (scene.bounds) {
			const p = opts.padding();
			return {
				bounds: scene.bounds,
				fitBoundsOptions: { padding: p, maxZoom: scene.maxZoom ?? 11 }
			};
		}
		return { center: [45, 30] as [number, number], zoom: 2 };
	}

	/** Waits for the style, loads the data, adds markers and shows the first scene. */
	async #start(): Promise<void> {
		const map = this.#map;
		const canvas = map.getCanvas();
		canvas.addEventListener('webglcontextlost', this.#onContextLost);
		canvas.addEventListener('webglcontextrestored', this.#onContextRestored);
		// Decorative for assistive technology: the figure caption and the marker buttons say what it shows.
		canvas.setAttribute('aria-hidden', 'true');
		canvas.removeAttribute('aria-label');
		canvas.tabIndex = -1;

		const [inWorkers] = await Promise.all([this.#opts.remoteStyleUrl ? false : workersMakeBasemap(), this.#styleReady()]);
		this.#inWorkers = inWorkers;
		this.#addImage({ id: TOWN_DOT });
		const [world, places, routes] = await Promise.all([
			this.#opts.remoteStyleUrl || inWorkers ? Promise.resolve(null) : fetchJson<Topology>(this.#opts.data.world),
			fetchJson<FeatureCollection>(this.#opts.data.places),
			this.#opts.data.routes
				? fetchJson<FeatureCollection>(this.#opts.data.routes)
				: Promise.resolve(null)
		]);
		if (this.#destroyed) return;
		if (world) {
			const layers = basemapFromTopology(world);
			const boxes = this.#opts.data.theatres.map((t) => t.bbox);
			this.#world = { ...layers, lines: tagTheatreParts(layers.lines, boxes), labels: withLabelIds(layers.labels) };
		}
		this.#placesData = withIdProperty(places);
		this.#routesData = routes ? withIdProperty(routes) : null;
		this.#fillSources();
		this.#addMarkers();
		map.on('moveend', this.#onMoveEnd);
		map.on('style.load', this.#onStyleLoad);
		this.show(this.#scene, { animate: false, force: true });
	}

	/** Resolves when a style has loaded: the remote one, or the embedded one after a remote failure. */
	#styleReady(): Promise<void> {
		const map = this.#map;
		return new Promise((resolve, reject) => {
			if (map.isStyleLoaded()) {
				this.#ensureOverlays();
				resolve();
				return;
			}
			let fellBack = false;
			const onError = (e: { error?: { message?: string } }) => {
				if (map.isStyleLoaded()) return;
				if (this.#opts.remoteStyleUrl && !fellBack) {
					// The remote basemap failed: carry on with the embedded one.
					fellBack = true;
					this.#opts.remoteStyleUrl = undefined;
					map.setStyle(embeddedStyle({ text: this.#opts.textScale ?? 1 }));
					return;
				}
				map.off('error', onError);
				reject(new Error(e.error?.message ?? 'The map style failed to load'));
			};
			map.on('error', onError);
			map.once('style.load', () => {
				map.off('error', onError);
				this.#ensureOverlays();
				resolve();
			});
		});
	}

	/** Adds the story's sources and layers when the style is a remote one that lacks them. */
	#ensureOverlays(): void {
		const map = this.#map;
		if (map.getSource(SOURCE_IDS.places)) return;
		const { sources, layers } = overlayOnly();
		for (const [id, source] of Object.entries(sources)) map.addSource(id, source);
		for (const layer of layers) map.addLayer(layer);
	}

	readonly #onStyleLoad = () => {
		this.#addImage({ id: TOWN_DOT });
		// A style swap drops sources' data: put it back.
		this.#ensureOverlays();
		this.#fillSources();
		this.#applyHighlight(true);
		// A style swap mid-way (a remote basemap's fallback) gets no moveend: place the labels now.
		if (!this.#map.isMoving()) this.#placeLabels();
	};

	#setData(id: string, data: FeatureCollection | string): void {
		// Without a context MapLibre has no style; the sources are refilled when it is rebuilt.
		if (this.#lost) return;
		const source = this.#map.getSource<GeoJSONSource>(id);
		source?.setData(data);
	}

	#fillSources(): void {
		if (this.#inWorkers) {
			const sources = [absolute(this.#opts.data.world)];
			const boxes = this.#opts.data.theatres.map((t) => t.bbox);
			this.#setData(SOURCE_IDS.world, basemapRequestUrl({ kind: 'polygons', sources }));
			this.#setData(SOURCE_IDS.worldLines, basemapRequestUrl({ kind: 'lines', sources, boxes }));
			this.#setData(SOURCE_IDS.worldLabels, basemapRequestUrl({ kind: 'labels', sources }));
		} else if (this.#world) {
			this.#setData(SOURCE_IDS.world, this.#world.polygons);
			this.#setData(SOURCE_IDS.worldLines, this.#world.lines);
			this.#setData(SOURCE_IDS.worldLabels, this.#world.labels);
		}
		this.#fillDetail();
		if (this.#placesData) this.#setData(SOURCE_IDS.places, this.#placesData);
		if (this.#routesData) this.#setData(SOURCE_IDS.routes, this.#routesData);
	}

	#fillDetail(): void {
		if (this.#opts.remoteStyleUrl) return;
		if (this.#inWorkers) {
			if (this.#detailUrls.length === 0) return;
			const ask = (kind: BasemapRequest['kind']) => basemapRequestUrl({ kind, sources: this.#detailUrls });
			this.#setData(SOURCE_IDS.detail, ask('polygons'));
			this.#setData(SOURCE_IDS.detailLines, ask('lines'));
			this.#setData(SOURCE_IDS.detailLabels, ask('labels'));
			this.#forgetCoveredDetail();
			return;
		}
		if (this.#detail.length === 0) return;
		this.#setData(SOURCE_IDS.detail, mergeCollections(this.#detail.map((d) => d.polygons)));
		this.#setData(SOURCE_IDS.detailLines, mergeCollections(this.#detail.map((d) => d.lines)));
		this.#detailLabels = withLabelIds(mergeCollections(this.#detail.map((d) => d.labels)));
		this.#setData(SOURCE_IDS.detailLabels, this.#detailLabels);
		this.#forgetCoveredDetail();
	}

	#forgetCoveredDetail(): void {
		// Feature state outlives setData: names faded under the markers so far are shown again
		// (and faded anew where the camera stops), not left faded and forgotten.
		if (!this.#lost && this.#map.getSource(SOURCE_IDS.detailLabels)) this.#map.removeFeatureState({ source: SOURCE_IDS.detailLabels });
		this.#covered.set(SOURCE_IDS.detailLabels, new Set());
		if (this.#placesData && !this.#map.isMoving()) this.#placeLabels();
	}

	/** Fetches the finer basemap of the theatres a scene needs, once each. */
	#loadDetail(scene: Scene): Promise<unknown> {
		if (this.#opts.remoteStyleUrl) return Promise.resolve();
		const box = sceneBox(scene);
		if (!box) return Promise.resolve();
		const needed = theatresFor(box, this.#opts.data.theatres);
		if (this.#inWorkers) {
			// The workers fetch and make it; the move's idle waits for the sources to load.
			const urls = needed.map((t) => absolute(t.url)).filter((u) => !this.#detailUrls.includes(u));
			if (urls.length) {
				this.#detailUrls.push(...urls);
				this.#fillDetail();
			}
			return Promise.resolve();
		}
		return Promise.all(
			needed.map((t) => {
				let pending = this.#loadedTheatres.get(t.id);
				if (!pending) {
					pending = fetchJson<Topology>(t.url)
						.then((topo) => {
							const layers = basemapFromTopology(topo);
							if (this.#destroyed) return null;
							this.#detail.push(layers);
							this.#fillDetail();
							return layers;
						})
						.catch((error: unknown) => {
							// The world basemap still draws the theatre; try again on the next visit.
							this.#loadedTheatres.delete(t.id);
							console.warn(error);
							return null;
						});
					this.#loadedTheatres.set(t.id, pending);
				}
				return pending;
			})
		);
	}

	/** Starts loading what a scene will need, without moving there. */
	prefetch(scene: Scene): void {
		void this.#loadDetail(scene);
	}

	/** Draws the town dot the style asks for (no sprite, no network). */
	readonly #addImage = (e: { id: string }) => {
		if (e.id !== TOWN_DOT || this.#map.hasImage(TOWN_DOT)) return;
		const px = 2 * Math.round(4 * (this.#opts.textScale ?? 1));
		const data = new Uint8Array(px * px * 4);
		const c = (px - 1) / 2;
		for (let y = 0; y < px; y++) {
			for (let x = 0; x < px; x++) {
				const d = Math.hypot(x - c, y - c);
				const i = (y * px + x) * 4;
				// A grey dot with a pale ring, so it reads on land and water alike.
				const [r, g, b, a] = d <= c * 0.62 ? [111, 106, 96, 255] : d <= c ? [245, 243, 238, 230] : [0, 0, 0, 0];
				data.set([r, g, b, a], i);
			}
		}
		this.#map.addImage(TOWN_DOT, { width: px, height: px, data });
	};

	/** One button per place; places drawn as one area (same anchor and group note) share a marker. */
	#addMarkers(): void {
		const groups = new Map<string, MapPlace[]>();
		for (const place of this.#opts.places) {
			const key = place.group ? `${place.group}@${place.lngLat.join(',')}` : place.id;
			groups.set(key, [...(groups.get(key) ?? []), place]);
		}
		for (const members of groups.values()) {
			const first = members[0]!;
			const buttons = new Map<string, HTMLButtonElement>();
			const button = (place: MapPlace, withDot: boolean) => {
				const el = document.createElement('button');
				el.type = 'button';
				el.className = 'story-marker';
				el.dataset.place = place.id;
				el.dataset.certainty = place.certainty;
				el.dataset.kind = place.kind;
				if (withDot) {
					const dot = document.createElement('span');
					dot.className = 'story-marker__dot';
					dot.setAttribute('aria-hidden', 'true');
					el.append(dot);
				}
				const label = document.createElement('span');
				label.className = 'story-marker__label';
				label.textContent = place.name;
				el.append(label);
				el.addEventListener('click', (event) => {
					event.stopPropagation();
					this.#opts.onPlace(place.id, el);
				});
				buttons.set(place.id, el);
				return el;
			};
			let root: HTMLElement;
			if (members.length === 1) root = button(first, true);
			else {
				// Several places in one area: one symbol, one label naming them all and the note.
				root = document.createElement('div');
				root.className = 'story-marker-group';
				root.dataset.certainty = first.certainty;
				const dot = document.createElement('span');
				dot.className = 'story-marker__dot';
				dot.setAttribute('aria-hidden', 'true');
				const box = document.createElement('span');
				box.className = 'story-marker-group__label';
				for (const m of members) box.append(button(m, false));
				const note = document.createElement('span');
				note.className = 'story-marker-group__note';
				note.textContent = first.group!;
				box.append(note);
				root.append(dot, box);
			}
			root.hidden = true;
			root.classList.add('story-marker-root');
			const marker = new Marker({ element: root, anchor: 'center' }).setLngLat(first.lngLat).addTo(this.#map);
			const entry: MarkerEntry = { marker, root, buttons, size: null };
			this.#markers.push(entry);
			for (const m of members) this.#markerOf.set(m.id, entry);
		}
	}

	/** Moves to a scene and highlights its places. Jumps when `animate` is false or motion is reduced. */
	show(scene: Scene, { animate = true, force = false }: { animate?: boolean; force?: boolean } = {}): void {
		if (this.#destroyed) return;
		if (this.#lost) {
			// Shown once the context is back (see #onContextRestored).
			this.#scene = scene;
			return;
		}
		// The map already shows this scene (it was created with it): nothing to move.
		if (!force && scene === this.#scene && this.#shown) return;
		const map = this.#map;
		// The last move's listeners are done with; then a flight still under way is ended first:
		// its moveend places the labels where it stopped, before this scene's markers are marked
		// as moving (they stay so until this move ends).
		const token = ++this.#moveToken;
		this.#clearPending();
		map.stop();
		this.#shown = true;
		this.#scene = scene;
		this.#applyMotion();
		this.#applyHighlight();
		const jump = !animate || this.#opts.reducedMotion();
		const padding = this.#opts.padding();
		const detail = this.#loadDetail(scene);
		// While restoring, the static map stays up until this move has been drawn.
		if (!this.#restoring) this.#opts.onStatus('moving', scene.key);
		if (scene.camera) {
			const { center, zoom, bearing = 0, pitch = 0 } = scene.camera;
			if (jump) map.jumpTo({ center, zoom, bearing, pitch, padding });
			// Essential: the reader's motion setting has been applied just above, and it may differ
			// from the system's, which MapLibre would otherwise follow.
			else map.flyTo({ center, zoom, bearing, pitch, padding, speed: 1.2, maxDuration: 3000, essential: true });
		} else if (scene.bounds) {
			const [w, s, e, n] = scene.bounds;
			map.fitBounds(
				[
					[w, s],
					[e, n]
				],
				{
					padding,
					maxZoom: scene.maxZoom ?? 11,
					bearing: 0,
					pitch: 0,
					animate: !jump,
					speed: 1.2,
					maxDuration: 3000,
					essential: true
				}
			);
		}
		// Report idle once the move is over and the detail it needed has been drawn.
		void detail.then(() => {
			if (token !== this.#moveToken || this.#destroyed) return;
			const settle = () => {
				if (token !== this.#moveToken || this.#destroyed) return;
				this.#clearPending();
				if (map.isMoving()) {
					this.#pending.moveend = settle;
					map.once('moveend', settle);
					return;
				}
				const idle = () => {
					this.#pending.idle = undefined;
					if (token !== this.#moveToken || this.#destroyed) return;
					// The theatre's names may have arrived after the move ended.
					this.#placeLabels();
					this.#restoring = false;
					this.#opts.onStatus('idle', scene.key);
				};
				this.#pending.idle = idle;
				map.once('idle', idle);
				map.triggerRepaint();
			};
			settle();
		});
	}

	#clearPending(): void {
		const { moveend, idle } = this.#pending;
		if (moveend) this.#map.off('moveend', moveend);
		if (idle) this.#map.off('idle', idle);
		this.#pending = {};
	}

	#applyHighlight(force = false): void {
		const next = new Set(this.#scene.highlight);
		const map = this.#map;
		const hasPlaces = Boolean(this.#placesData);
		for (const entry of this.#markers) {
			let any = false;
			for (const [id, el] of entry.buttons) {
				el.hidden = !next.has(id);
				any ||= next.has(id);
			}
			entry.root.hidden = !any;
		}
		if (hasPlaces && map.getSource(SOURCE_IDS.places)) {
			const ids = new Set([...next, ...(force ? [] : this.#highlighted)]);
			if (force) for (const f of this.#placesData?.features ?? []) ids.add(String(f.id));
			for (const id of ids) {
				map.setFeatureState({ source: SOURCE_IDS.places, id }, { active: next.has(id) });
			}
		}
		this.#highlighted = next;
		// Basemap names of the highlighted places give way to their markers (style.ts).
		if (map.getLayer('world-labels')) map.setGlobalStateProperty(HIGHLIGHT_STATE, [...next]);
		const routes = new Set(this.#scene.routes ?? []);
		if (this.#routesData && map.getSource(SOURCE_IDS.routes)) {
			for (const f of this.#routesData.features) {
				const id = String(f.id);
				if (force || routes.has(id) !== this.#routesShown.has(id)) {
					map.setFeatureState({ source: SOURCE_IDS.routes, id }, { active: routes.has(id) });
				}
			}
		}
		this.#routesShown = routes;
		// Dots show while the camera moves; labels are placed, and shown, where it stops.
		for (const { root } of this.#markers) {
			root.style.visibility = '';
			root.classList.add('is-moving');
		}
	}

	readonly #onMoveEnd = () => {
		if (this.#destroyed || this.#lost) return;
		this.#placeLabels();
	};

	/**
	 * Where the camera stops: markers out of view leave the Tab order (focus never lands out of
	 * sight); the labels of the others go where they meet nothing (labels.ts); basemap names
	 * under a marker or its label fade. One pass of reads, then one of writes.
	 */
	#placeLabels(): void {
		const map = this.#map;
		const { width, height } = map.getContainer().getBoundingClientRect();
		const shown: { entry: MarkerEntry; x: number; y: number }[] = [];
		const outOfView: MarkerEntry[] = [];
		for (const entry of this.#markers) {
			entry.root.classList.remove('is-follower');
			if (entry.root.hidden) continue;
			const p = map.project(entry.marker.getLngLat());
			const inView = p.x >= 0 && p.y >= 0 && p.x <= width && p.y <= height;
			if (!inView) {
				outOfView.push(entry);
				continue;
			}
			// Measured at every placement, not once: a group's label holds only the scene's
			// places, and the label font may have arrived since (the same chapter is then
			// labelled the same however the reader reached it).
			const label = entry.root.querySelector<HTMLElement>('.story-marker__label, .story-marker-group__label');
			entry.size = { w: label?.offsetWidth ?? 120, h: label?.offsetHeight ?? 24, r: Math.max(8, entry.root.offsetWidth / 2 - 5) };
			// Whole pixels: a camera reached by a flight and the same camera reached by a jump
			// project a marker a few billionths of a pixel apart, which must not move a label.
			shown.push({ entry, x: Math.round(p.x), y: Math.round(p.y) });
		}
		for (const entry of outOfView) entry.root.style.visibility = 'hidden';
		// Dots that would touch: the later ones follow the first, their names stacked under its label.
		const clusters: { lead: (typeof shown)[number]; followers: (typeof shown)[number][] }[] = [];
		for (const m of shown) {
			const near = clusters.find(({ lead }) => Math.hypot(lead.x - m.x, lead.y - m.y) < CLUSTER_PX);
			if (near) near.followers.push(m);
			else clusters.push({ lead: m, followers: [] });
		}
		const frame: Rect = { x: 4, y: 4, w: width - 8, h: height - 8 };
		const obstacles = (this.#opts.covered?.() ?? []).map(roundRect);
		const points: LabelledPoint[] = clusters.map(({ lead, followers }, i) => ({
			id: String(i),
			x: lead.x,
			y: lead.y,
			r: lead.entry.size!.r,
			w: Math.max(...[lead, ...followers].map((m) => m.entry.size!.w)),
			h: [lead, ...followers].reduce((h, m) => h + m.entry.size!.h, 0)
		}));
		const placed = placeLabels(points, { frame, obstacles, gap: 3 });
		const boxes: Rect[] = [];
		clusters.forEach(({ lead, followers }, i) => {
			const box = placed.get(String(i))!.box;
			boxes.push(box, { x: lead.x - 10, y: lead.y - 10, w: 20, h: 20 });
			let top = box.y;
			for (const [k, { entry, x, y }] of [lead, ...followers].entries()) {
				if (k > 0) entry.root.classList.add('is-follower');
				entry.root.style.setProperty('--label-x', `${Math.round(box.x - x)}px`);
				entry.root.style.setProperty('--label-y', `${Math.round(top - y)}px`);
				entry.root.style.visibility = '';
				entry.root.classList.remove('is-moving');
				top += entry.size!.h;
			}
		});
		this.#coverBasemapLabels(boxes, width, height);
	}

	/** Fades the basemap names that a marker or its label would cover. */
	#coverBasemapLabels(boxes: readonly Rect[], width: number, height: number): void {
		const map = this.#map;
		const zoom = map.getZoom();
		const scale = this.#opts.textScale ?? 1;
		const sources: [string, FeatureCollection | null | undefined, boolean][] = [
			[SOURCE_IDS.worldLabels, this.#world?.labels, zoom < 5],
			[SOURCE_IDS.detailLabels, this.#detailLabels, zoom >= 5]
		];
		for (const [source, held, drawn] of sources) {
			if (!map.getSource(source)) continue;
			if (!held && !this.#inWorkers) continue;
			const before = this.#covered.get(source) ?? new Set<number>();
			const now = new Set<number>();
			if (drawn) {
				// Made in the workers, the names are read back from the tiles on screen.
				const features = held?.features ?? map.querySourceFeatures(source);
				for (const f of features) {
					if (f.geometry?.type !== 'Point') continue;
					const p = map.project(f.geometry.coordinates as [number, number]);
					if (p.x < -100 || p.y < -40 || p.x > width + 100 || p.y > height + 40) continue;
					const name = String(f.properties?.name ?? '');
					const size = (f.properties?.kind === 'country' ? 13 : 12) * scale;
					// An estimate of the drawn name (MapLibre does not report its boxes).
					const w = name.length * size * (f.properties?.kind === 'country' ? 0.75 : 0.58);
					const box = { x: p.x - w / 2, y: p.y - size * 0.7, w, h: size * 1.4 };
					if (boxes.some((b) => overlap(b, box) > 0)) now.add(Number(f.properties?.lid));
				}
			}
			for (const id of before) if (!now.has(id)) map.setFeatureState({ source, id }, { covered: false });
			for (const id of now) if (!before.has(id)) map.setFeatureState({ source, id }, { covered: true });
			this.#covered.set(source, now);
		}
	}

	/**
	 * Marks the place whose details are open: its marker and area stand out. When `visible` (the
	 * part of the map its details leave uncovered) is given and the place is outside it, the map
	 * pans so that it is inside.
	 */
	pick(id: string | null, visible?: Padding): void {
		if (this.#destroyed || this.#lost) return;
		const map = this.#map;
		const source = map.getSource(SOURCE_IDS.places) ? SOURCE_IDS.places : null;
		if (this.#picked && this.#picked !== id) {
			this.#markerOf.get(this.#picked)?.buttons.get(this.#picked)?.classList.remove('is-picked');
			if (source) map.setFeatureState({ source, id: this.#picked }, { picked: false });
		}
		this.#picked = id;
		if (!id) return;
		const entry = this.#markerOf.get(id);
		entry?.buttons.get(id)?.classList.add('is-picked');
		if (source) map.setFeatureState({ source, id }, { picked: true });
		if (!entry || !visible) return;
		const { width, height } = map.getContainer().getBoundingClientRect();
		const p = map.project(entry.marker.getLngLat());
		const margin = 40;
		const inside =
			p.x >= visible.left + margin && p.x <= width - visible.right - margin && p.y >= visible.top + margin && p.y <= height - visible.bottom - margin;
		if (inside) return;
		// Into the middle of the uncovered part, at the same zoom.
		const cx = (visible.left + width - visible.right) / 2;
		const cy = (visible.top + height - visible.bottom) / 2;
		const centre = map.unproject([width / 2 + (p.x - cx), height / 2 + (p.y - cy)]);
		map.easeTo({ center: centre, duration: this.#opts.reducedMotion() ? 0 : 500, essential: true });
	}

	/** Explore mode: the map takes wheel, drag, pinch and keys; otherwise they scroll the story. */
	setInteractive(on: boolean): void {
		this.#setInteractive(on);
	}

	#setInteractive(on: boolean): void {
		const map = this.#map;
		const handlers = [
			map.dragPan,
			map.scrollZoom,
			map.boxZoom,
			map.doubleClickZoom,
			map.touchZoomRotate,
			map.keyboard,
			map.dragRotate,
			map.touchPitch
		];
		for (const h of handlers) {
			if (on) h.enable();
			else h.disable();
		}
		if (on) map.touchZoomRotate.disableRotation();
		this.#applyMotion();
		if (on && !this.#nav && this.#opts.navigationControl !== false) {
			this.#nav = new NavigationControl({ showCompass: false });
			map.addControl(this.#nav, 'top-right');
		} else if (!on && this.#nav) {
			map.removeControl(this.#nav);
			this.#nav = null;
		}
		// In story mode the canvas is decorative; in explore mode it is a focusable, named control.
		const canvas = map.getCanvas();
		canvas.tabIndex = on ? 0 : -1;
		if (on) {
			canvas.removeAttribute('aria-hidden');
			canvas.setAttribute('role', 'application');
			if (this.#opts.canvasLabel) canvas.setAttribute('aria-label', this.#opts.canvasLabel);
		} else {
			canvas.setAttribute('aria-hidden', 'true');
			canvas.removeAttribute('role');
			canvas.removeAttribute('aria-label');
		}
		map.getContainer().classList.toggle('is-exploring', on);
	}

	/** Call when the reader's motion setting changes. */
	motionChanged(): void {
		if (!this.#destroyed) this.#applyMotion();
	}

	/**
	 * Reduced motion, which the reader may switch on after the map has started: label fades stop,
	 * and exploring neither rotates nor tilts the map.
	 */
	#applyMotion(): void {
		const map = this.#map;
		const reduce = this.#opts.reducedMotion();
		// MapLibre has no setter for the symbol fade; its option lives on this field.
		const fading = map as unknown as { _fadeDuration?: number };
		if (typeof fading._fadeDuration === 'number') fading._fadeDuration = reduce ? 0 : 300;
		if (!map.keyboard.isEnabled()) return;
		for (const h of [map.dragRotate, map.touchPitch]) {
			if (reduce) h.disable();
			else h.enable();
		}
		if (reduce) map.keyboard.disableRotation();
		else map.keyboard.enableRotation();
	}

	/** Focuses the canvas, so that the map's keyboard controls work. */
	focus(): void {
		this.#map.getCanvas().focus();
	}

	resize(): void {
		if (!this.#lost) this.#map.resize();
	}

	/** Zooms in (positive) or out (negative) by `delta` levels around the centre. */
	zoomBy(delta: number): void {
		if (this.#destroyed || this.#lost) return;
		const map = this.#map;
		map.zoomTo(map.getZoom() + delta, { duration: this.#opts.reducedMotion() ? 0 : 300 });
	}

	/**
	 * Jumps to a camera and resolves, once drawn, with where `center` is on the map (CSS pixels
	 * from its top-left). For tests that read the pixels at a given place.
	 */
	jump(center: [number, number], zoom: number): Promise<[number, number]> {
		const map = this.#map;
		this.#moveToken++;
		this.#clearPending();
		map.jumpTo({ center, zoom, padding: { top: 0, right: 0, bottom: 0, left: 0 } });
		return new Promise((resolve) => {
			void this.#loadDetail({ key: 'jump', camera: { center, zoom }, highlight: [] }).then(() => {
				map.once('idle', () => {
					const p = map.project(center);
					resolve([p.x, p.y]);
				});
				map.triggerRepaint();
			});
		});
	}

	/** Counts of what the map holds (layers, sources, markers, controls), and its zoom. */
	stats(): StoryMapStats {
		const style = this.#lost ? null : this.#map.getStyle();
		return {
			layers: style?.layers.length ?? 0,
			sources: Object.keys(style?.sources ?? {}).length,
			markers: this.#map.getContainer().querySelectorAll('.maplibregl-marker').length,
			controls: this.#map.getContainer().querySelectorAll('.maplibregl-ctrl').length,
			zoom: this.#map.getZoom()
		};
	}

	readonly #onContextLost = (event: Event) => {
		event.preventDefault();
		// MapLibre drops its style with the context; nothing may touch the style until it is rebuilt.
		this.#lost = true;
		this.#moveToken++;
		this.#clearPending();
		this.#opts.onStatus('lost', this.#scene.key);
	};

	/**
	 * MapLibre rebuilds the style from a snapshot when the context comes back (maplibre-gl 6
	 * `_contextRestored`). Feature state is not part of that snapshot (nor, perhaps, data set since), so once
	 * the rebuilt style has loaded (#onStyleLoad refills the sources and highlights) the scene is
	 * shown again; the status stays 'lost' (static map shown) until it has been drawn, then 'idle'.
	 */
	readonly #onContextRestored = () => {
		if (this.#destroyed) return;
		this.#lost = false;
		this.#restoring = true;
		const reshow = () => {
			if (this.#destroyed || this.#lost) return;
			this.show(this.#scene, { animate: false, force: true });
		};
		if (this.#map.style && this.#map.isStyleLoaded()) {
			this.#onStyleLoad();
			reshow();
		} else this.#map.once('style.load', reshow);
	};

	destroy(): void {
		if (this.#destroyed) return;
		this.#destroyed = true;
		const canvas = this.#map.getCanvas();
		canvas.removeEventListener('webglcontextlost', this.#onContextLost);
		canvas.removeEventListener('webglcontextrestored', this.#onContextRestored);
		this.#map.off('styleimagemissing', this.#addImage);
		for (const { marker } of this.#markers) marker.remove();
		this.#markers.length = 0;
		this.#markerOf.clear();
		this.#map.remove();
	}
}

/**
 * The map's sources and licences behind a folded disclosure: closed until the reader
 * opens it, so it never covers the map or takes its touches.
 */
class SourcesControl implements IControl {
	#el: HTMLDetailsElement | null = null;
	constructor(
		readonly label: string,
		readonly text: string
	) {}
	onAdd(): HTMLElement {
		const el = document.createElement('details');
		el.className = 'maplibregl-ctrl map-sources';
		const summary = document.createElement('summary');
		summary.textContent = this.label;
		const body = document.createElement('p');
		body.textContent = this.text;
		el.append(summary, body);
		this.#el = el;
		return el;
	}
	onRemove(): void {
		this.#el?.remove();
		this.#el = null;
	}
}

/** The rectangle on whole pixels, so that sub-pixel noise never changes a placement. */
function roundRect(r: Rect): Rect {
	return { x: Math.round(r.x), y: Math.round(r.y), w: Math.round(r.w), h: Math.round(r.h) };
}

/** MapLibre's feature-state needs the id as a property (promoteId); copy it from the feature id. */
function withIdProperty(fc: FeatureCollection): FeatureCollection {
	return {
		...fc,
		features: fc.features.map(
			(f): Feature => ({ ...f, properties: { ...f.properties, id: String(f.id ?? f.properties?.id) } })
		)
	};
}


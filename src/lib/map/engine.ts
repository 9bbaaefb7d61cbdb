/**
 * The story's map engine: one MapLibre map, driven by scenes. It knows places by id and name and
 * nothing of the story's wording or of Svelte. Loaded with a dynamic import so that the story's
 * text paints before MapLibre is parsed.
 *
 * The engine owns the map, its style and sources, and coordinates the parts that do the jobs:
 * the camera's moves (camera.ts), the markers and their labels (markers.ts), the highlighted
 * places (highlight.ts), the theatres' detail (detail.ts), and the reader's interaction and the
 * controls (interaction.ts). The map and its markers are made through maplibre.ts, so that unit
 * tests can give the engine a fake map (fake-map.ts).
 */
import type { GeoJSONSource, Map as MapLibreMap, MapMouseEvent, StyleSpecification } from 'maplibre-gl';
import 'maplibre-gl/dist/maplibre-gl.css';
import './markers.css';
import type { Feature, FeatureCollection } from 'geojson';
import type { Topology } from 'topojson-specification';
import type { Rect } from './labels';
import type { CameraView } from './camera-view';
export type { Rect } from './labels';
import { SOURCE_IDS, TOWN_DOT, embeddedStyle, overlayOnly } from './style';
import { townDot } from './town-dot';
import { PRIMER_PREFIX, PRIMER_SOURCE, primedStyle } from './primer';
import { basemapFromTopology, tagTheatreParts, type BasemapLayers } from './topo';
import { basemapRequestUrl, withLabelIds } from './basemap-request';
import { Moves, initialCamera, moveTo, openingBox, panIntoView } from './camera';
import { TheatreDetail, absolute, fetchJson } from './detail';
import { Highlight } from './highlight';
import { Interaction } from './interaction';
import { CoveredNames, Markers } from './markers';
import { mapLibre, type MapLibreParts } from './maplibre';
import type { DataUrls, MapPlace, MapStatus, Padding, Scene } from './types';

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
	/** What the map and its markers are made with: MapLibre (the default), or a unit test's fake (fake-map.ts). */
	maplibre?: MapLibreParts;
}

/** What the map holds, for tests that check nothing piles up over a long run. */
export interface StoryMapStats {
	layers: number;
	sources: number;
	markers: number;
	controls: number;
	zoom: number;
}

/** The pixel ratio the map is drawn at while hidden at its start (#reveal). */
const HIDDEN_PIXEL_RATIO = 0.25;

export class StoryMap {
	readonly #map: MapLibreMap;
	readonly #opts: StoryMapOptions;
	readonly #parts: MapLibreParts;
	readonly #moves: Moves;
	readonly #markers: Markers;
	/** Basemap names faded under the markers. */
	readonly #names: CoveredNames;
	readonly #highlight: Highlight;
	readonly #detail: TheatreDetail;
	readonly #interaction: Interaction;
	#picked: string | null = null;
	#inWorkers = false;
	#scene: Scene;
	#placesData: FeatureCollection | null = null;
	#routesData: FeatureCollection | null = null;
	#world: BasemapLayers | null = null;
	#shown = false;
	#destroyed = false;
	/** True between webglcontextlost and the style's rebuild after webglcontextrestored. */
	#lost = false;
	/** True from webglcontextrestored until the map has drawn its scene again: status stays 'lost' meanwhile. */
	#restoring = false;
	#revealed = false;
	#resolveDrawn: () => void = () => {};
	/**
	 * Resolves once the map has drawn its first scene in full (its first idle). Until then the
	 * map is hidden and its owner keeps the static map up: see #start.
	 */
	readonly drawn: Promise<void> = new Promise((resolve) => (this.#resolveDrawn = resolve));

	private constructor(map: MapLibreMap, opts: StoryMapOptions, parts: MapLibreParts) {
		this.#map = map;
		this.#opts = opts;
		this.#parts = parts;
		this.#scene = opts.scene;
		this.#moves = new Moves(map);
		this.#markers = new Markers(map, parts.marker);
		this.#names = new CoveredNames(map, opts.textScale ?? 1);
		this.#highlight = new Highlight(map);
		this.#interaction = new Interaction(map, opts);
		this.#detail = new TheatreDetail(opts.data.theatres, {
			remote: () => Boolean(this.#opts.remoteStyleUrl),
			inWorkers: () => this.#inWorkers,
			destroyed: () => this.#destroyed,
			setData: (id, data) => this.#setData(id, data),
			changed: () => this.#forgetCoveredDetail()
		});
	}

	/** Creates the map; rejects when WebGL2 is missing or the map cannot start. */
	static async create(opts: StoryMapOptions): Promise<StoryMap> {
		opts.onStatus('loading', null);
		const parts = opts.maplibre ?? mapLibre;
		const camera = initialCamera(opts.scene, opts.padding);
		// Throws GPUInitializationError when WebGL2 is unavailable.
		const map = parts.map({
			container: opts.container,
			style: opts.remoteStyleUrl ?? startStyle(opts),
			// The embedded style is checked against MapLibre's specification by the unit tests
			// (primer.test.ts); checking it again here cost the map's start. A remote one is checked.
			validateStyle: Boolean(opts.remoteStyleUrl),
			...camera,
			interactive: true,
			// Our own, folded attribution (interaction.ts): MapLibre's compact one opens over a phone's map.
			attributionControl: false,
			renderWorldCopies: true,
			maxZoom: 15,
			minZoom: 1,
			// Names fade from when the map is shown (interaction.ts fadeNames).
			fadeDuration: 0,
			// Drawn small while hidden, and sharp once before it shows (#reveal).
			pixelRatio: HIDDEN_PIXEL_RATIO,
			// Tiles out of view are kept for one zoom level's worth, not MapLibre's five: each chapter
			// flies far from the last, and the cached tiles' indexes were most of the heap's growth
			// over a scroll-through (README, Benchmark). A revisit re-tiles in the workers.
			maxTileCacheZoomLevels: 1,
			// MapLibre's own eases (keyboard, inertia) follow the reader's choice, not only the system's.
			reduceMotion: opts.reducedMotion(),
			canvasContextAttributes: { preserveDrawingBuffer: opts.preserveDrawingBuffer ?? false }
		});
		const story = new StoryMap(map, opts, parts);
		// The town dot is drawn here, not fetched: the style has no sprite. MapLibre asks the
		// resolver before it answers a tile; an image added on its 'styleimagemissing' event comes
		// too late for the tile that asked, which then lacks its dots (seen under load at the start:
		// the primer's copy, so the dots' program was made mid-flight).
		map.setMissingStyleImageResolver(story.#addImage);
		story.#interaction.addControls(opts.scaleBar, opts.remoteStyleUrl ? null : opts.sourcesLabel);
		story.#interaction.set(false);
		try {
			await story.#start();
		} catch (error) {
			story.destroy();
			throw error;
		}
		return story;
	}

	/** Waits for the style, loads the data, adds markers and shows the first scene. */
	async #start(): Promise<void> {
		const map = this.#map;
		const canvas = map.getCanvas();
		// The map (canvas, markers, controls) is hidden until its first scene is drawn in full, under
		// the owner's static map. Shown, each of the start-up's frames (tiles, names and programs
		// arriving, markers placed) is composited to the screen, and with a software GPU each waits
		// for the GPU to finish everything before it; hidden, none is (README, Benchmark).
		map.getContainer().style.visibility = 'hidden';
		canvas.addEventListener('webglcontextlost', this.#onContextLost);
		canvas.addEventListener('webglcontextrestored', this.#onContextRestored);
		this.#interaction.decorateCanvas();

		const [inWorkers] = await Promise.all([this.#opts.remoteStyleUrl ? false : this.#parts.workersMakeBasemap(), this.#styleReady()]);
		this.#inWorkers = inWorkers;
		this.#addImage(TOWN_DOT);
		const [world, places, routes] = await Promise.all([
			this.#opts.remoteStyleUrl || inWorkers ? Promise.resolve(null) : fetchJson<Topology>(this.#opts.data.world),
			fetchJson<FeatureCollection>(this.#opts.data.places),
			this.#opts.data.routes ? fetchJson<FeatureCollection>(this.#opts.data.routes) : Promise.resolve(null)
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
		this.#removePrimer();
		this.#markers.add(this.#opts.places, this.#opts.onPlace);
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
					map.setStyle(startStyle(this.#opts));
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

	/**
	 * Removes the shader primer's copies (primer.ts) once drawn, at the first idle: MapLibre has
	 * made all its programs by then rather than in a later chapter's flight.
	 */
	#removePrimer(): void {
		const map = this.#map;
		const remove = () => {
			if (this.#destroyed) return;
			// Without a context there is no style to change: the copies go at the first idle after.
			if (this.#lost) {
				map.once('idle', remove);
				return;
			}
			if (!map.getSource(PRIMER_SOURCE)) return;
			for (const { id } of map.getStyle().layers) if (id.startsWith(PRIMER_PREFIX)) map.removeLayer(id);
			map.removeSource(PRIMER_SOURCE);
		};
		map.once('idle', remove);
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
		this.#addImage(TOWN_DOT);
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
		this.#detail.fill();
		if (this.#placesData) this.#setData(SOURCE_IDS.places, this.#placesData);
		if (this.#routesData) this.#setData(SOURCE_IDS.routes, this.#routesData);
	}

	/** New theatre detail: its names are all shown again, then faded anew where the camera stops. */
	#forgetCoveredDetail(): void {
		this.#names.forget(SOURCE_IDS.detailLabels, !this.#lost);
		if (this.#placesData && !this.#map.isMoving()) this.#placeLabels();
	}

	/** Starts loading what a scene will need, without moving there. */
	prefetch(scene: Scene): void {
		void this.#detail.load(scene);
	}

	/** Draws the town dot the style asks for (no sprite, no network). */
	readonly #addImage = (id: string) => {
		if (id !== TOWN_DOT || this.#map.hasImage(TOWN_DOT)) return;
		this.#map.addImage(TOWN_DOT, townDot(this.#opts.textScale ?? 1));
	};

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
		const token = this.#moves.next();
		map.stop();
		this.#shown = true;
		this.#scene = scene;
		this.#interaction.applyMotion();
		this.#applyHighlight();
		const jump = !animate || this.#opts.reducedMotion();
		const padding = this.#opts.padding();
		const detail = this.#detail.load(scene);
		// While restoring, the static map stays up until this move has been drawn.
		if (!this.#restoring) this.#opts.onStatus('moving', scene.key);
		moveTo(map, scene, { jump, padding });
		// Report idle once the move is over and the detail it needed has been drawn.
		const current = () => this.#moves.isCurrent(token) && !this.#destroyed;
		void detail.then(() => {
			if (!current()) return;
			this.#moves.settle(current, () => {
				// The theatre's names may have arrived after the move ended.
				this.#placeLabels();
				this.#restoring = false;
				this.#reveal();
				this.#opts.onStatus('idle', scene.key);
			});
		});
	}

	/**
	 * The first scene is drawn: the map shows (see #start). Its hidden start's frames (tiles, names
	 * and programs arriving: dozens of them) were drawn at HIDDEN_PIXEL_RATIO, as no one saw them,
	 * and with a software GPU each pixel costs CPU; it goes back to the screen's own ratio and is
	 * drawn again at once, before it shows: everything it needs is loaded by then.
	 */
	#reveal(): void {
		if (this.#revealed) return;
		this.#revealed = true;
		// null: MapLibre follows devicePixelRatio again (its documented reset).
		this.#map.setPixelRatio(null as unknown as number);
		this.#map.redraw();
		this.#map.getContainer().style.visibility = '';
		this.#interaction.fadeNames();
		this.#resolveDrawn();
	}

	#applyHighlight(force = false): void {
		const places = new Set(this.#scene.highlight);
		this.#markers.highlight(places);
		this.#highlight.apply(places, new Set(this.#scene.routes ?? []), { places: this.#placesData, routes: this.#routesData }, force);
	}

	readonly #onMoveEnd = () => {
		if (this.#destroyed || this.#lost) return;
		this.#placeLabels();
	};

	/** Where the camera stops: the markers' labels are placed, and the basemap names under them fade. */
	#placeLabels(): void {
		const { width, height } = this.#map.getContainer().getBoundingClientRect();
		const boxes = this.#markers.place(width, height, () => this.#opts.covered?.() ?? []);
		this.#names.cover(boxes, width, height, { world: this.#world?.labels, detail: this.#detail.labels }, this.#inWorkers);
	}

	/**
	 * Marks the place whose details are open: its marker and area stand out. When `visible` (the
	 * part of the map its details leave uncovered) is given and the place is outside it, the map
	 * pans so that it is inside.
	 */
	pick(id: string | null, visible?: Padding): void {
		if (this.#destroyed || this.#lost) return;
		const before = this.#picked;
		if (before && before !== id) {
			this.#markers.pick(before, false);
			this.#highlight.pick(before, false);
		}
		this.#picked = id;
		if (!id) return;
		this.#markers.pick(id, true);
		this.#highlight.pick(id, true);
		const lngLat = this.#markers.lngLatOf(id);
		if (lngLat && visible) panIntoView(this.#map, lngLat, visible, this.#opts.reducedMotion);
	}

	/** Explore mode: the map takes wheel, drag, pinch and keys; otherwise they scroll the story. */
	setInteractive(on: boolean): void {
		this.#interaction.set(on);
	}

	/** Call when the reader's motion setting changes. */
	motionChanged(): void {
		if (!this.#destroyed) this.#interaction.applyMotion();
	}

	/** Focuses the canvas, so that the map's keyboard controls work. */
	focus(): void {
		this.#interaction.focus();
	}

	resize(): void {
		if (!this.#lost) this.#map.resize();
	}

	/** Zooms in (positive) or out (negative) by `delta` levels around the centre. */
	zoomBy(delta: number): void {
		if (this.#destroyed || this.#lost) return;
		this.#interaction.zoomBy(delta);
	}

	/**
	 * Jumps to a camera and resolves, once drawn, with where `center` is on the map (CSS pixels
	 * from its top-left). For tests that read the pixels at a given place.
	 */
	jump(center: [number, number], zoom: number): Promise<[number, number]> {
		const map = this.#map;
		this.#moves.next();
		map.jumpTo({ center, zoom, padding: { top: 0, right: 0, bottom: 0, left: 0 } });
		return new Promise((resolve) => {
			void this.#detail.load({ key: 'jump', camera: { center, zoom }, highlight: [] }).then(() => {
				map.once('idle', () => {
					const p = map.project(center);
					resolve([p.x, p.y]);
				});
				map.triggerRepaint();
			});
		});
	}

	/**
	 * For the development camera helper: the view after each move (and now), and the position of
	 * each click on the map. Returns the teardown.
	 */
	watchCamera(on: { view: (view: CameraView) => void; click: (lngLat: [number, number]) => void }): () => void {
		const map = this.#map;
		const view = () => {
			const c = map.getCenter();
			on.view({ center: [c.lng, c.lat], zoom: map.getZoom(), bearing: map.getBearing(), pitch: map.getPitch() });
		};
		const click = (e: MapMouseEvent) => on.click([e.lngLat.lng, e.lngLat.lat]);
		map.on('moveend', view);
		map.on('click', click);
		view();
		return () => {
			map.off('moveend', view);
			map.off('click', click);
		};
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
		this.#moves.next();
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
		this.#map.setMissingStyleImageResolver(null);
		this.#markers.remove();
		this.#map.remove();
	}
}

/** The embedded style, with the shader primer's copies where the map opens (primer.ts). */
function startStyle(opts: Pick<StoryMapOptions, 'scene' | 'textScale'>): StyleSpecification {
	return primedStyle(embeddedStyle({ text: opts.textScale ?? 1 }), openingBox(opts.scene));
}

/** MapLibre's feature-state needs the id as a property (promoteId); copy it from the feature id. */
function withIdProperty(fc: FeatureCollection): FeatureCollection {
	return {
		...fc,
		features: fc.features.map((f): Feature => ({ ...f, properties: { ...f.properties, id: String(f.id ?? f.properties?.id) } }))
	};
}

/**
 * A fake MapLibre map for the engine's unit tests, after reuters-graphics/graphics-components'
 * TileMap tests: it imitates only what the engine calls of MapLibre's `Map` (and of its markers,
 * sources and gesture handlers), and records it. Every method on the fake classes' prototypes is
 * named as on MapLibre's (maplibre-api.test.ts checks them against maplibre-gl), so the fake cannot
 * drift from the library unseen. What MapLibre does of itself (a style loading, a flight ending,
 * a frame drawn) the tests do with the functions below the classes, which are not on a prototype.
 * It needs a DOM (jsdom): the canvas and the markers are elements.
 */
import type { Feature, FeatureCollection } from 'geojson';
import type {
	IControl,
	LngLatBoundsLike,
	LngLatLike,
	Map as MapLibreMap,
	MapOptions,
	SourceSpecification,
	StyleSpecification
} from 'maplibre-gl';
import type { MapLibreParts } from './maplibre';
import type { PlacedMarker } from './markers';
import type { LngLat } from './types';

type Listener = (event: object) => void;
type Sides = { top: number; right: number; bottom: number; left: number };
/** What the camera methods are given, as far as the fake reads it. */
interface CameraMove {
	center?: LngLatLike;
	zoom?: number;
	bearing?: number;
	pitch?: number;
	padding?: number | Partial<Sides>;
	duration?: number;
	animate?: boolean;
	maxZoom?: number;
}

export interface FakeCamera {
	center: LngLat;
	zoom: number;
	bearing: number;
	pitch: number;
}

/** A GeoJSON source: its data, and every data it was given. */
export class FakeSource {
	data: FeatureCollection | string | undefined;
	readonly updates: (FeatureCollection | string)[] = [];
	constructor(readonly spec: SourceSpecification) {
		const data = 'data' in spec ? spec.data : undefined;
		this.data = typeof data === 'string' || (typeof data === 'object' && data.type === 'FeatureCollection') ? data : undefined;
	}
	setData(data: FeatureCollection | string): this {
		this.data = data;
		this.updates.push(data);
		return this;
	}
}

/** A gesture handler (dragPan, scrollZoom…): enabled, as on a map made interactive. */
export class FakeHandler {
	enabled = true;
	enable(): void {
		this.enabled = true;
	}
	disable(): void {
		this.enabled = false;
	}
	isEnabled(): boolean {
		return this.enabled;
	}
}

/** A handler that can also rotate the map (touchZoomRotate, keyboard). */
export class FakeRotatingHandler extends FakeHandler {
	rotation = true;
	disableRotation(): void {
		this.rotation = false;
	}
	enableRotation(): void {
		this.rotation = true;
	}
}

/** A marker: its element joins the map's container, as MapLibre's does (with its class). */
export class FakeMarker implements PlacedMarker {
	removed = false;
	readonly #lngLat: LngLat;
	constructor(
		readonly element: HTMLElement,
		lngLat: LngLat,
		map: MapLibreMap
	) {
		this.#lngLat = lngLat;
		element.classList.add('maplibregl-marker');
		map.getContainer().append(element);
	}
	getLngLat(): { lng: number; lat: number } {
		return { lng: this.#lngLat[0], lat: this.#lngLat[1] };
	}
	remove(): this {
		this.element.remove();
		this.removed = true;
		return this;
	}
}

/**
 * The map. Its projection is plain: 512 × 2^zoom pixels for 360 degrees, both ways, the centre
 * in the middle of the container (padding moves nothing). Jumps end at once, with MapLibre's
 * events; flights and eases last until `finishMove` or `stop()`.
 */
export class FakeMap {
	readonly options: MapOptions;
	/** Every call of an imitated method, in order. */
	readonly calls: { method: string; args: unknown[] }[] = [];
	readonly listeners = new Map<string, { listener: Listener; once: boolean }[]>();
	readonly canvas: HTMLCanvasElement;
	readonly container: HTMLElement;
	camera: FakeCamera;
	/** Where the flight under way goes. */
	target: FakeCamera | null = null;
	moving = false;
	/** The style asked for: the embedded one, or a remote one's URL. */
	styleSpec: StyleSpecification | string | undefined;
	styleLoaded = false;
	/** MapLibre's Style, which a lost WebGL context takes with it. */
	style: object | undefined = {};
	// MapLibre's own field for the symbol fade (it has no setter).
	_fadeDuration: number;
	/** What MapLibre asks, before answering a tile, for an image the style lacks (setMissingStyleImageResolver). */
	missingImageResolver: ((id: string) => void | Promise<void>) | null = null;
	/** The pixel ratio set (option or setPixelRatio); null: the device's. */
	pixelRatio: number | null;
	readonly sources = new Map<string, FakeSource>();
	readonly layers: string[] = [];
	/** Feature state, by `source/id`. */
	readonly featureState = new Map<string, Record<string, unknown>>();
	readonly globalState = new Map<string, unknown>();
	readonly images = new Map<string, unknown>();
	readonly controls: { control: IControl; position: string | undefined }[] = [];
	removed = false;
	readonly dragPan = new FakeHandler();
	readonly scrollZoom = new FakeHandler();
	readonly boxZoom = new FakeHandler();
	readonly doubleClickZoom = new FakeHandler();
	readonly touchZoomRotate = new FakeRotatingHandler();
	readonly keyboard = new FakeRotatingHandler();
	readonly dragRotate = new FakeHandler();
	readonly touchPitch = new FakeHandler();

	constructor(options: MapOptions) {
		if (!(options.container instanceof HTMLElement)) throw new Error('The fake map takes its container as an element');
		this.options = options;
		this.container = options.container;
		this.canvas = document.createElement('canvas');
		this.container.append(this.canvas);
		this.styleSpec = options.style;
		this._fadeDuration = options.fadeDuration ?? 300;
		this.pixelRatio = options.pixelRatio ?? null;
		const start: CameraMove = options.bounds ? this.#fit(options.bounds, options.fitBoundsOptions ?? {}) : {};
		this.camera = {
			center: toLngLat(start.center ?? options.center ?? [0, 0]),
			zoom: start.zoom ?? options.zoom ?? 0,
			bearing: options.bearing ?? 0,
			pitch: options.pitch ?? 0
		};
	}

	#log(method: string, args: unknown[]): void {
		this.calls.push({ method, args });
	}

	#size(): { width: number; height: number } {
		const { width, height } = this.container.getBoundingClientRect();
		return { width, height };
	}

	/** The camera that shows these bounds inside the padding (at most `maxZoom`). */
	#fit(bounds: LngLatBoundsLike, options: CameraMove): CameraMove {
		const [w, s, e, n] = toBox(bounds);
		const pad = sides(options.padding);
		const { width, height } = this.#size();
		const zoomFor = (px: number, deg: number) => Math.log2((Math.max(px, 1) * 360) / (512 * Math.max(deg, 1e-9)));
		const zoom = Math.min(
			zoomFor(width - pad.left - pad.right, e - w),
			zoomFor(height - pad.top - pad.bottom, n - s),
			options.maxZoom ?? 22
		);
		return { center: [(w + e) / 2, (s + n) / 2], zoom };
	}

	/** A camera move: at once (with MapLibre's events), or under way until it is finished or stopped. */
	#move(to: CameraMove, animated: boolean): void {
		this.#stop();
		const next: FakeCamera = {
			center: to.center === undefined ? this.camera.center : toLngLat(to.center),
			zoom: to.zoom ?? this.camera.zoom,
			bearing: to.bearing ?? this.camera.bearing,
			pitch: to.pitch ?? this.camera.pitch
		};
		if (animated) {
			this.target = next;
			this.moving = true;
			fire(this, 'movestart');
			return;
		}
		this.camera = next;
		fire(this, 'movestart');
		fire(this, 'move');
		fire(this, 'moveend');
	}

	/** A flight under way ends where it is, with its moveend. */
	#stop(): void {
		if (!this.moving) return;
		this.moving = false;
		this.target = null;
		fire(this, 'moveend');
	}

	#source(source: string): FakeSource {
		const found = this.sources.get(source);
		// As MapLibre, which throws on a source its style lacks.
		if (!found) throw new Error(`The source '${source}' does not exist in the map's style.`);
		return found;
	}

	addControl(control: IControl, position?: string): this {
		this.#log('addControl', [control, position]);
		this.controls.push({ control, position });
		return this;
	}

	addImage(id: string, image: unknown): this {
		this.#log('addImage', [id, image]);
		if (this.images.has(id)) throw new Error(`An image named "${id}" already exists.`);
		this.images.set(id, image);
		return this;
	}

	addLayer(layer: { id: string }): this {
		this.#log('addLayer', [layer]);
		this.layers.push(layer.id);
		return this;
	}

	removeLayer(id: string): this {
		this.#log('removeLayer', [id]);
		if (!this.layers.includes(id)) throw new Error(`No layer "${id}"`);
		this.layers.splice(this.layers.indexOf(id), 1);
		return this;
	}

	removeSource(id: string): this {
		this.#log('removeSource', [id]);
		if (!this.sources.delete(id)) throw new Error(`No source "${id}"`);
		return this;
	}

	addSource(id: string, spec: SourceSpecification): this {
		this.#log('addSource', [id, spec]);
		this.sources.set(id, new FakeSource(spec));
		return this;
	}

	easeTo(options: CameraMove): this {
		this.#log('easeTo', [options]);
		this.#move(options, options.duration !== 0);
		return this;
	}

	fitBounds(bounds: LngLatBoundsLike, options: CameraMove = {}): this {
		this.#log('fitBounds', [bounds, options]);
		this.#move({ bearing: options.bearing, pitch: options.pitch, ...this.#fit(bounds, options) }, options.animate !== false);
		return this;
	}

	flyTo(options: CameraMove): this {
		this.#log('flyTo', [options]);
		this.#move(options, true);
		return this;
	}

	/** What the container shows, by the plain projection (padding moves nothing). */
	getBounds(): { getWest(): number; getSouth(): number; getEast(): number; getNorth(): number } {
		const { width, height } = this.#size();
		const k = pixelsPerDegree(this.camera.zoom);
		const [lng, lat] = this.camera.center;
		const [dx, dy] = [width / 2 / k, height / 2 / k];
		return { getWest: () => lng - dx, getSouth: () => lat - dy, getEast: () => lng + dx, getNorth: () => lat + dy };
	}

	getCanvas(): HTMLCanvasElement {
		return this.canvas;
	}

	getContainer(): HTMLElement {
		return this.container;
	}

	getLayer(id: string): { id: string } | undefined {
		return this.layers.includes(id) ? { id } : undefined;
	}

	getSource(id: string): FakeSource | undefined {
		return this.sources.get(id);
	}

	getStyle(): { sources: Record<string, SourceSpecification>; layers: { id: string }[] } {
		return { sources: Object.fromEntries([...this.sources].map(([id, s]) => [id, s.spec])), layers: this.layers.map((id) => ({ id })) };
	}

	getZoom(): number {
		return this.camera.zoom;
	}

	setMissingStyleImageResolver(resolver: ((id: string) => void | Promise<void>) | null): this {
		this.#log('setMissingStyleImageResolver', [resolver]);
		this.missingImageResolver = resolver;
		return this;
	}

	hasImage(id: string): boolean {
		return this.images.has(id);
	}

	isMoving(): boolean {
		return this.moving;
	}

	isStyleLoaded(): boolean {
		return this.styleLoaded;
	}

	jumpTo(options: CameraMove): this {
		this.#log('jumpTo', [options]);
		this.#move(options, false);
		return this;
	}

	off(type: string, listener: Listener): this {
		const list = this.listeners.get(type) ?? [];
		this.listeners.set(
			type,
			list.filter((l) => l.listener !== listener)
		);
		return this;
	}

	on(type: string, listener: Listener): { unsubscribe: () => void } {
		this.listeners.set(type, [...(this.listeners.get(type) ?? []), { listener, once: false }]);
		return { unsubscribe: () => this.off(type, listener) };
	}

	once(type: string, listener: Listener): this {
		this.listeners.set(type, [...(this.listeners.get(type) ?? []), { listener, once: true }]);
		return this;
	}

	project(lngLat: LngLatLike): { x: number; y: number } {
		const [lng, lat] = toLngLat(lngLat);
		const { width, height } = this.#size();
		const k = pixelsPerDegree(this.camera.zoom);
		return { x: width / 2 + (lng - this.camera.center[0]) * k, y: height / 2 - (lat - this.camera.center[1]) * k };
	}

	querySourceFeatures(source: string): Feature[] {
		const data = this.#source(source).data;
		return typeof data === 'object' ? data.features : [];
	}

	remove(): void {
		this.#log('remove', []);
		this.removed = true;
	}

	removeControl(control: IControl): this {
		this.#log('removeControl', [control]);
		const i = this.controls.findIndex((c) => c.control === control);
		if (i >= 0) this.controls.splice(i, 1);
		return this;
	}

	removeFeatureState(target: { source: string; id?: string | number }): void {
		this.#log('removeFeatureState', [target]);
		this.#source(target.source);
		for (const key of [...this.featureState.keys()]) {
			if (target.id === undefined ? key.startsWith(`${target.source}/`) : key === `${target.source}/${target.id}`)
				this.featureState.delete(key);
		}
	}

	resize(): this {
		this.#log('resize', []);
		return this;
	}

	redraw(): this {
		// With whether the map was shown then: the engine draws before it shows.
		this.#log('redraw', [this.container.style.visibility]);
		return this;
	}

	getPixelRatio(): number {
		return this.pixelRatio ?? devicePixelRatio;
	}

	setPixelRatio(pixelRatio: number | null): void {
		this.#log('setPixelRatio', [pixelRatio]);
		this.pixelRatio = pixelRatio;
		// As MapLibre's resize: the camera's events.
		this.#stop();
		fire(this, 'movestart');
		fire(this, 'move');
		fire(this, 'resize');
		fire(this, 'moveend');
	}

	setFeatureState(feature: { source: string; id?: string | number }, state: Record<string, unknown>): this {
		this.#log('setFeatureState', [feature, state]);
		this.#source(feature.source);
		const key = `${feature.source}/${feature.id}`;
		this.featureState.set(key, { ...this.featureState.get(key), ...state });
		return this;
	}

	setGlobalStateProperty(name: string, value: unknown): this {
		this.#log('setGlobalStateProperty', [name, value]);
		this.globalState.set(name, value);
		return this;
	}

	setStyle(style: StyleSpecification | string): this {
		this.#log('setStyle', [style]);
		this.styleSpec = style;
		this.styleLoaded = false;
		return this;
	}

	stop(): this {
		this.#log('stop', []);
		this.#stop();
		return this;
	}

	triggerRepaint(): void {
		this.#log('triggerRepaint', []);
	}

	unproject(point: [number, number] | { x: number; y: number }): { lng: number; lat: number } {
		const [x, y] = Array.isArray(point) ? point : [point.x, point.y];
		const { width, height } = this.#size();
		const k = pixelsPerDegree(this.camera.zoom);
		return { lng: this.camera.center[0] + (x - width / 2) / k, lat: this.camera.center[1] - (y - height / 2) / k };
	}

	zoomTo(zoom: number, options: CameraMove = {}): this {
		this.#log('zoomTo', [zoom, options]);
		this.#move({ ...options, zoom }, options.duration !== 0);
		return this;
	}
}

const pixelsPerDegree = (zoom: number) => (512 * 2 ** zoom) / 360;

function toLngLat(l: LngLatLike): LngLat {
	if (Array.isArray(l)) return [l[0], l[1]];
	return 'lng' in l ? [l.lng, l.lat] : [l.lon, l.lat];
}

function toBox(b: LngLatBoundsLike): [number, number, number, number] {
	if (Array.isArray(b) && b.length === 4) return [b[0], b[1], b[2], b[3]];
	if (Array.isArray(b) && b.length === 2) {
		const [sw, ne] = [toLngLat(b[0]), toLngLat(b[1])];
		return [sw[0], sw[1], ne[0], ne[1]];
	}
	throw new Error('The fake map takes bounds as [w, s, e, n] or [[w, s], [e, n]]');
}

function sides(padding: number | Partial<Sides> | undefined): Sides {
	if (typeof padding === 'number') return { top: padding, right: padding, bottom: padding, left: padding };
	return { top: 0, right: 0, bottom: 0, left: 0, ...padding };
}

/** MapLibre's parts for `StoryMapOptions.maplibre`, making fakes, and the fakes made. */
export function fakeMapLibre({ workers = false }: { workers?: boolean } = {}): {
	parts: MapLibreParts;
	maps: FakeMap[];
	markers: FakeMarker[];
} {
	const maps: FakeMap[] = [];
	const markers: FakeMarker[] = [];
	const parts: MapLibreParts = {
		map: (options) => {
			const map = new FakeMap(options);
			maps.push(map);
			return asMapLibre(map);
		},
		marker: (element, lngLat, map) => {
			const marker = new FakeMarker(element, lngLat, map);
			markers.push(marker);
			return marker;
		},
		workersMakeBasemap: () => Promise.resolve(workers)
	};
	return { parts, maps, markers };
}

/**
 * The fake where the engine takes MapLibre's Map. The fake has only what the engine calls, so
 * TypeScript cannot take it for the whole class; maplibre-api.test.ts holds its names to the real
 * class's instead.
 */
function asMapLibre(map: FakeMap): MapLibreMap {
	return map as unknown as MapLibreMap;
}

/** A map container of this size (jsdom lays nothing out). */
export function mapContainer(width: number, height: number): HTMLElement {
	const el = document.createElement('div');
	el.getBoundingClientRect = () => ({ x: 0, y: 0, width, height, top: 0, left: 0, right: width, bottom: height, toJSON: () => ({}) });
	document.body.append(el);
	return el;
}

/** Fires an event at the map's listeners, as MapLibre does: the `on` ones, then the `once` ones (removed first). */
export function fire(map: FakeMap, type: string, event: object = {}): void {
	const list = map.listeners.get(type) ?? [];
	map.listeners.set(
		type,
		list.filter((l) => !l.once)
	);
	const ordered = [...list.filter((l) => !l.once), ...list.filter((l) => l.once)];
	for (const { listener } of ordered) listener({ type, ...event });
}

/** The style asked for has loaded: its sources and layers are there (empty), with no feature state or images, and `style.load` fires. */
export function loadStyle(map: FakeMap): void {
	map.sources.clear();
	map.layers.length = 0;
	map.featureState.clear();
	map.globalState.clear();
	map.images.clear();
	if (typeof map.styleSpec === 'object') {
		for (const [id, spec] of Object.entries(map.styleSpec.sources)) map.sources.set(id, new FakeSource(spec));
		for (const layer of map.styleSpec.layers) map.layers.push(layer.id);
	}
	map.style = {};
	map.styleLoaded = true;
	fire(map, 'style.load');
}

/** The flight under way arrives. */
export function finishMove(map: FakeMap): void {
	if (!map.target) throw new Error('No move under way');
	map.camera = map.target;
	map.target = null;
	map.moving = false;
	fire(map, 'moveend');
}

/** The arguments of every call of one method, in order. */
export function callsTo(map: FakeMap, method: string): unknown[][] {
	return map.calls.filter((c) => c.method === method).map((c) => c.args);
}

/** A feature's state (undefined when none was set). */
export function stateOf(map: FakeMap, source: string, id: string | number): Record<string, unknown> | undefined {
	return map.featureState.get(`${source}/${id}`);
}

/** How many listeners wait for an event. */
export function listenerCount(map: FakeMap, type: string): number {
	return map.listeners.get(type)?.length ?? 0;
}

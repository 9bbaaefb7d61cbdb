// @vitest-environment jsdom
/**
 * The engine on a fake map (fake-map.ts): what it asks of MapLibre when it starts, enters scenes,
 * loads a theatre's detail, places its markers, takes the reader's gestures, loses its context
 * and stops. The data and scenes are made up, and small.
 */
import type { FeatureCollection } from 'geojson';
import { coordAll } from '@turf/turf';
import { NavigationControl, ScaleControl, type StyleSpecification } from 'maplibre-gl';
import type { Topology } from 'topojson-specification';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { basemapRequestUrl } from './basemap-request';
import { StoryMap, type StoryMapOptions } from './engine';
import { callsTo, fakeMapLibre, finishMove, fire, listenerCount, loadStyle, mapContainer, stateOf, type FakeMap } from './fake-map';
import { SourcesControl } from './interaction';
import { PRIMER_PREFIX, PRIMER_SOURCE, primerLayers } from './primer';
import { ATTRIBUTION, HIGHLIGHT_STATE, SOURCE_IDS, TOWN_DOT, embeddedStyle } from './style';
import type { DataUrls, MapPlace, MapStatus, Padding, Scene, Theatre } from './types';

const PLACES: MapPlace[] = [
	{ id: 'alpha', name: 'Alpha', kind: 'point', lngLat: [10, 10], certainty: 'exact' },
	// Close enough to alpha, at zoom 6, for their dots to touch.
	{ id: 'beta', name: 'Beta', kind: 'point', lngLat: [10.1, 10.05], certainty: 'exact' },
	{ id: 'delta', name: 'Delta', kind: 'point', lngLat: [14, 10], certainty: 'approximate' },
	{ id: 'epsilon', name: 'Epsilon', kind: 'point', lngLat: [40, 10], certainty: 'exact' },
	{ id: 'gamma-1', name: 'Gamma one', kind: 'area', lngLat: [30, 40], certainty: 'approximate', group: 'Two sites' },
	{ id: 'gamma-2', name: 'Gamma two', kind: 'area', lngLat: [30, 40], certainty: 'approximate', group: 'Two sites' }
];

const PLACES_GEOJSON: FeatureCollection = {
	type: 'FeatureCollection',
	features: PLACES.map((p) => ({
		type: 'Feature',
		id: p.id,
		properties: { name: p.name },
		geometry: { type: 'Point', coordinates: p.lngLat }
	}))
};

const ROUTES: FeatureCollection = {
	type: 'FeatureCollection',
	features: ['r-one', 'r-two'].map((id) => ({
		type: 'Feature',
		id,
		properties: {},
		geometry: {
			type: 'LineString',
			coordinates: [
				[0, 0],
				[10, 10]
			]
		}
	}))
};

/** Two country names: one beside alpha, one far from every place. */
const WORLD_TOPO: Topology = {
	type: 'Topology',
	arcs: [],
	objects: {
		labels: {
			type: 'GeometryCollection',
			geometries: [
				{ type: 'Point', coordinates: [10.5, 10], properties: { name: 'Testland', kind: 'country' } },
				{ type: 'Point', coordinates: [-50, -30], properties: { name: 'Farland', kind: 'country' } }
			]
		}
	}
};

/** A theatre's finer basemap: a river and a town beside alpha. */
const THEATRE_TOPO: Topology = {
	type: 'Topology',
	arcs: [
		[
			[9, 9],
			[11, 11]
		]
	],
	objects: {
		rivers: { type: 'GeometryCollection', geometries: [{ type: 'LineString', arcs: [0], properties: { name: 'Test river' } }] },
		labels: {
			type: 'GeometryCollection',
			geometries: [{ type: 'Point', coordinates: [10.2, 10.1], properties: { name: 'Testville', kind: 'town' } }]
		}
	}
};

/** Another theatre's: a town alone. */
const WEST_TOPO: Topology = {
	type: 'Topology',
	arcs: [],
	objects: {
		labels: {
			type: 'GeometryCollection',
			geometries: [{ type: 'Point', coordinates: [-30, -30], properties: { name: 'Westville', kind: 'town' } }]
		}
	}
};

const THEATRE: Theatre = { id: 't-east', bbox: [0, 0, 20, 20], url: '/data/t-east.json' };
const WEST_THEATRE: Theatre = { id: 't-west', bbox: [-40, -40, -20, -20], url: '/data/t-west.json' };
const DATA: DataUrls = {
	world: '/data/world.json',
	places: '/data/places.geojson',
	routes: '/data/routes.geojson',
	theatres: [THEATRE, WEST_THEATRE]
};

/** A world view (wider than any theatre needs). */
const WORLD: Scene = { key: 'k-world', bounds: [-60, -40, 80, 60], highlight: ['alpha', 'beta'] };
/** Inside the theatre. */
const NEAR: Scene = { key: 'k-near', camera: { center: [10, 10], zoom: 6 }, highlight: ['alpha'], routes: ['r-one'] };
/** Inside the theatre, with every point highlighted. */
const CLOSE: Scene = { key: 'k-close', camera: { center: [10, 10], zoom: 6 }, highlight: ['alpha', 'beta', 'delta', 'epsilon'] };
/** Outside the theatre. */
const FAR: Scene = { key: 'k-far', camera: { center: [30, 40], zoom: 5, bearing: 10 }, highlight: ['gamma-1', 'gamma-2'] };
/** Around alpha, zoomed out far enough for the world's names and no theatre. */
const WIDE: Scene = { key: 'k-wide', camera: { center: [10, 10], zoom: 4 }, highlight: ['alpha'] };
/** Inside the other theatre. */
const WEST: Scene = { key: 'k-west', camera: { center: [-30, -30], zoom: 6 }, highlight: [] };

/** Every gesture handler that explore mode turns on (listed here, not read from the engine). */
const gestures = (map: FakeMap) => [
	map.dragPan,
	map.scrollZoom,
	map.boxZoom,
	map.doubleClickZoom,
	map.touchZoomRotate,
	map.keyboard,
	map.dragRotate,
	map.touchPitch
];

const PADDING: Padding = { top: 20, right: 20, bottom: 20, left: 20 };

type Reply = { ok: boolean; status: number; json: () => Promise<unknown> };
const reply = (body: unknown): Reply => ({ ok: true, status: 200, json: () => Promise.resolve(body) });

/** Serves the map's data; `replies` overrides a file. Returns the URLs fetched, in order. */
function serve(replies: Record<string, () => Promise<Reply>> = {}): string[] {
	const files: Record<string, unknown> = {
		[DATA.world]: WORLD_TOPO,
		[DATA.places]: PLACES_GEOJSON,
		[DATA.routes!]: ROUTES,
		[THEATRE.url]: THEATRE_TOPO,
		[WEST_THEATRE.url]: WEST_TOPO
	};
	const fetched: string[] = [];
	vi.stubGlobal('fetch', (url: string) => {
		fetched.push(url);
		const override = replies[url];
		if (override) return override();
		return Promise.resolve(url in files ? reply(files[url]) : { ok: false, status: 404, json: () => Promise.reject(new Error('404')) });
	});
	return fetched;
}

function deferred<T>(): { promise: Promise<T>; resolve: (value: T) => void } {
	let resolve: (value: T) => void = () => {};
	const promise = new Promise<T>((r) => (resolve = r));
	return { promise, resolve };
}

/** Lets pending promises (fetches, the engine's awaits) run. */
const flush = async () => {
	for (let i = 0; i < 3; i++) await new Promise((r) => setTimeout(r, 0));
};

interface Started {
	story: StoryMap;
	map: FakeMap;
	statuses: [MapStatus, string | null][];
	opened: [string, HTMLElement][];
	container: HTMLElement;
	kit: ReturnType<typeof fakeMapLibre>;
}

/** Creates the engine on a fake map with these options over the defaults, its style not yet loaded. */
function begin(options: Partial<StoryMapOptions> = {}, { workers = false } = {}) {
	const kit = fakeMapLibre({ workers });
	const statuses: [MapStatus, string | null][] = [];
	const opened: [string, HTMLElement][] = [];
	const container = mapContainer(800, 600);
	const pending = StoryMap.create({
		container,
		places: PLACES,
		data: DATA,
		scene: WORLD,
		reducedMotion: () => false,
		padding: () => PADDING,
		onPlace: (id, trigger) => opened.push([id, trigger]),
		onStatus: (status, key) => statuses.push([status, key]),
		sourcesLabel: 'Sources',
		maplibre: kit.parts,
		...options
	});
	return { pending, map: kit.maps[0]!, statuses, opened, container, kit };
}

/** Starts the engine on a fake map (its style loading at once) with these options over the defaults. */
async function start(options: Partial<StoryMapOptions> = {}, { workers = false } = {}): Promise<Started> {
	const { pending, ...rest } = begin(options, { workers });
	loadStyle(rest.map);
	return { story: await pending, ...rest };
}

/** The camera arrives (if it is flying) and the map draws. */
async function arrive(map: FakeMap): Promise<void> {
	await flush();
	if (map.moving) finishMove(map);
	await flush();
	fire(map, 'idle');
}

const button = (container: HTMLElement, id: string) => container.querySelector<HTMLButtonElement>(`button[data-place="${id}"]`)!;
const markerOf = (container: HTMLElement, id: string) => button(container, id).closest<HTMLElement>('.story-marker-root')!;
const sourceData = (map: FakeMap, id: string) => map.sources.get(id)?.data;
/** Whether each feature is drawn highlighted (no state: not). */
const active = (map: FakeMap, source: string, ids: readonly string[]) => ids.map((id) => stateOf(map, source, id)?.active ?? false);
const PLACE_IDS = PLACES.map((p) => p.id);

afterEach(() => {
	vi.unstubAllGlobals();
	vi.restoreAllMocks();
	document.body.replaceChildren();
});

describe('starting', () => {
	it('opens on the first scene without a flight, fitted inside the padding, and reports loading, moving, then idle once drawn', async () => {
		serve();
		const { map, statuses } = await start();
		expect(map.options.bounds).toEqual(WORLD.bounds);
		expect(map.options.fitBoundsOptions).toEqual({ padding: PADDING, maxZoom: 11 });
		expect(callsTo(map, 'fitBounds')).toEqual([
			[
				[
					[-60, -40],
					[80, 60]
				],
				expect.objectContaining({ padding: PADDING, maxZoom: 11, animate: false })
			]
		]);
		expect(callsTo(map, 'flyTo')).toEqual([]);
		expect(statuses).toEqual([
			['loading', null],
			['moving', 'k-world']
		]);
		await arrive(map);
		expect(statuses.at(-1)).toEqual(['idle', 'k-world']);
	});

	it('fills the sources with the world, the places and the routes, and fetches no theatre for a world view', async () => {
		const fetched = serve();
		const { map } = await start();
		expect(fetched.sort()).toEqual([DATA.places, DATA.routes, DATA.world].sort());
		const places = sourceData(map, SOURCE_IDS.places) as FeatureCollection;
		// Each feature carries its id as a property, for feature-state (promoteId).
		expect(places.features.map((f) => f.properties?.id)).toEqual(PLACES.map((p) => p.id));
		expect((sourceData(map, SOURCE_IDS.routes) as FeatureCollection).features).toHaveLength(2);
		const labels = sourceData(map, SOURCE_IDS.worldLabels) as FeatureCollection;
		expect(labels.features.map((f) => [f.properties?.name, f.properties?.lid])).toEqual([
			['Testland', 0],
			['Farland', 1]
		]);
		expect(sourceData(map, SOURCE_IDS.detail)).toEqual({ type: 'FeatureCollection', features: [] });
	});

	it('adds a scale bar and the folded sources under the given label, and starts in story mode', async () => {
		serve();
		const { map } = await start();
		expect(map.controls.map(({ control, position }) => [control.constructor, position])).toEqual([
			[ScaleControl, 'top-left'],
			[SourcesControl, 'bottom-right']
		]);
		const { control } = map.controls[1]!;
		if (!(control instanceof SourcesControl)) throw new Error('No sources control');
		const el = control.onAdd();
		expect(el.querySelector('summary')?.textContent).toBe('Sources');
		expect(el.querySelector('p')?.textContent).toBe(ATTRIBUTION);
		for (const h of gestures(map)) expect(h.enabled).toBe(false);
		expect(map.canvas.getAttribute('aria-hidden')).toBe('true');
		expect(map.canvas.tabIndex).toBe(-1);
	});

	it('draws no scale bar when asked not to, and puts it in the corner asked for', async () => {
		serve();
		expect((await start({ scaleBar: false })).map.controls.map((c) => c.control.constructor)).toEqual([SourcesControl]);
		expect((await start({ scaleBar: 'bottom-left' })).map.controls[0]?.position).toBe('bottom-left');
	});

	it('draws the town dot the style asks for, once, sized by the text scale', async () => {
		serve();
		const { map } = await start({ textScale: 2 });
		expect(map.images.get(TOWN_DOT)).toMatchObject({ width: 16, height: 16 });
		await map.missingImageResolver?.(TOWN_DOT);
		await map.missingImageResolver?.('other');
		expect(callsTo(map, 'addImage')).toHaveLength(1);
	});

	it('draws the town dot as MapLibre asks for it, before it answers the tile: also before the style has loaded', async () => {
		serve();
		const { map } = begin();
		expect(map.isStyleLoaded()).toBe(false);
		// Synchronously: MapLibre reads the image right after the resolver's promise settles.
		void map.missingImageResolver?.(TOWN_DOT);
		expect(map.images.get(TOWN_DOT)).toMatchObject({ width: 8, height: 8 });
		expect(listenerCount(map, 'styleimagemissing')).toBe(0);
	});

	it('falls back to the embedded style when a remote one fails, with no sources control (the remote style credits its own)', async () => {
		const fetched = serve();
		const kit = fakeMapLibre();
		const statuses: MapStatus[] = [];
		const pending = StoryMap.create({
			container: mapContainer(800, 600),
			places: PLACES,
			data: DATA,
			scene: FAR,
			reducedMotion: () => false,
			padding: () => PADDING,
			onPlace: () => {},
			onStatus: (s) => statuses.push(s),
			sourcesLabel: 'Sources',
			remoteStyleUrl: 'https://tiles.invalid/style.json',
			maplibre: kit.parts
		});
		const map = kit.maps[0]!;
		expect(map.options.style).toBe('https://tiles.invalid/style.json');
		// A remote style is not ours: MapLibre checks it.
		expect(map.options.validateStyle).toBe(true);
		fire(map, 'error', { error: { message: 'remote down' } });
		// The embedded one, with the shader primer's copies.
		expect(callsTo(map, 'setStyle')).toEqual([
			[
				expect.objectContaining({
					sources: expect.objectContaining({ [SOURCE_IDS.world]: expect.anything(), [PRIMER_SOURCE]: expect.anything() })
				})
			]
		]);
		loadStyle(map);
		await pending;
		expect(statuses).toEqual(['loading', 'moving']);
		// The embedded basemap needs the world's data, fetched now.
		expect(fetched).toContain(DATA.world);
		expect(map.controls.map((c) => c.control.constructor)).toEqual([ScaleControl]);
	});

	it('rejects, and removes the map, when the embedded style fails too', async () => {
		serve();
		const kit = fakeMapLibre();
		const pending = StoryMap.create({
			container: mapContainer(800, 600),
			places: PLACES,
			data: DATA,
			scene: FAR,
			reducedMotion: () => false,
			padding: () => PADDING,
			onPlace: () => {},
			onStatus: () => {},
			sourcesLabel: 'Sources',
			remoteStyleUrl: 'https://tiles.invalid/style.json',
			maplibre: kit.parts
		});
		const map = kit.maps[0]!;
		fire(map, 'error', { error: { message: 'remote down' } });
		fire(map, 'error', { error: { message: 'embedded down' } });
		await expect(pending).rejects.toThrow('embedded down');
		expect(map.removed).toBe(true);
	});

	it('draws invisible copies of its layers where it starts, to make their shader programs, and removes them once drawn', async () => {
		serve();
		const { map } = await start();
		const copies = primerLayers(embeddedStyle().layers).map((l) => l.id);
		expect(copies.length).toBeGreaterThan(10);
		expect(map.layers.filter((id) => id.startsWith(PRIMER_PREFIX))).toEqual(copies);
		// In the style the map is created with (no layer added one by one, each checked against the
		// whole style), unchecked: the unit tests check it (primer.test.ts).
		expect((map.options.style as StyleSpecification).layers.filter((l) => l.id.startsWith(PRIMER_PREFIX)).map((l) => l.id)).toEqual(copies);
		expect(map.options.validateStyle).toBe(false);
		// In the view the map opens on (the world scene, 800 × 600 at its zoom).
		const b = map.getBounds();
		const [point] = coordAll(sourceData(map, PRIMER_SOURCE) as FeatureCollection);
		const [lng = NaN, lat = NaN] = point ?? [];
		expect(lng > b.getWest() && lng < b.getEast() && lat > b.getSouth() && lat < b.getNorth()).toBe(true);
		const before = map.layers.length - copies.length;
		await arrive(map);
		expect(map.sources.has(PRIMER_SOURCE)).toBe(false);
		expect(map.layers).toHaveLength(before);
		expect(map.layers.some((id) => id.startsWith(PRIMER_PREFIX))).toBe(false);
	});

	it('keeps the map hidden until the first scene is drawn in full, then shows it for good and resolves `drawn`', async () => {
		serve();
		const { story, map, statuses, container } = await start();
		let drawn = false;
		void story.drawn.then(() => (drawn = true));
		await flush();
		expect(container.style.visibility).toBe('hidden');
		expect(drawn).toBe(false);
		expect(statuses.at(-1)?.[0]).toBe('moving');
		await arrive(map);
		expect(statuses.at(-1)).toEqual(['idle', 'k-world']);
		expect([container.style.visibility, drawn]).toEqual(['', true]);
		// Later moves are drawn in view.
		story.show(FAR);
		await flush();
		expect(container.style.visibility).toBe('');
	});

	it('draws the hidden start at a quarter of the pixel ratio, and the first scene once more at the device’s before showing it', async () => {
		serve();
		const { story, map, statuses, container } = await start();
		expect(map.options.pixelRatio).toBe(0.25);
		await flush();
		expect(callsTo(map, 'setPixelRatio')).toEqual([]);
		await arrive(map);
		// Back to the device's ratio and drawn again while still hidden; then shown, idle.
		expect(callsTo(map, 'setPixelRatio')).toEqual([[null]]);
		expect(map.getPixelRatio()).toBe(devicePixelRatio);
		expect(callsTo(map, 'redraw')).toEqual([['hidden']]);
		expect(container.style.visibility).toBe('');
		expect(statuses.at(-1)).toEqual(['idle', 'k-world']);
		// Once only: later scenes are drawn at the device's ratio throughout.
		story.show(FAR);
		await arrive(map);
		expect(statuses.at(-1)).toEqual(['idle', 'k-far']);
		expect(callsTo(map, 'setPixelRatio')).toHaveLength(1);
		expect(callsTo(map, 'redraw')).toHaveLength(1);
	});

	it('resolves `drawn` only after a context lost during the start comes back and the scene is drawn', async () => {
		serve();
		const { story, map, container } = await start();
		let drawn = false;
		void story.drawn.then(() => (drawn = true));
		map.canvas.dispatchEvent(new Event('webglcontextlost', { cancelable: true }));
		await arrive(map);
		expect([container.style.visibility, drawn]).toEqual(['hidden', false]);
		map.canvas.dispatchEvent(new Event('webglcontextrestored'));
		await arrive(map);
		expect([container.style.visibility, drawn]).toEqual(['', true]);
	});

	it('adds the story’s overlays to a remote style that lacks them, and fetches neither basemap nor theatre for it', async () => {
		const fetched = serve();
		const { story, map } = await start({ remoteStyleUrl: 'https://tiles.invalid/style.json' });
		expect([...map.sources.keys()].sort()).toEqual([SOURCE_IDS.places, SOURCE_IDS.routes].sort());
		expect(map.layers.length).toBeGreaterThan(0);
		story.show(NEAR);
		await arrive(map);
		expect(fetched).not.toContain(DATA.world);
		expect(fetched).not.toContain(THEATRE.url);
	});
});

describe('entering a scene', () => {
	it('flies to its camera with the padding read at that moment, and reports idle only once the flight has ended and the map drawn', async () => {
		serve();
		let padding = PADDING;
		const { story, map, statuses } = await start({ padding: () => padding });
		await arrive(map);
		padding = { top: 10, right: 300, bottom: 40, left: 0 };
		story.show(FAR);
		expect(callsTo(map, 'flyTo')).toEqual([
			[expect.objectContaining({ center: [30, 40], zoom: 5, bearing: 10, pitch: 0, padding, essential: true })]
		]);
		expect(statuses.at(-1)).toEqual(['moving', 'k-far']);
		await flush();
		// Drawn mid-flight: not yet idle.
		fire(map, 'idle');
		expect(statuses.at(-1)).toEqual(['moving', 'k-far']);
		finishMove(map);
		expect(statuses.at(-1)).toEqual(['moving', 'k-far']);
		fire(map, 'idle');
		expect(statuses.at(-1)).toEqual(['idle', 'k-far']);
		expect(map.camera).toMatchObject({ center: [30, 40], zoom: 5, bearing: 10 });
	});

	it('jumps instead of flying when the reader asks for reduced motion, or when not animated', async () => {
		serve();
		let reduce = true;
		const { story, map } = await start({ reducedMotion: () => reduce });
		story.show(FAR);
		reduce = false;
		story.show(NEAR, { animate: false });
		expect(callsTo(map, 'flyTo')).toEqual([]);
		expect(callsTo(map, 'jumpTo').map(([o]) => o)).toEqual([
			expect.objectContaining({ center: [30, 40], zoom: 5, padding: PADDING }),
			expect.objectContaining({ center: [10, 10], zoom: 6, padding: PADDING })
		]);
	});

	it('does nothing for the scene already shown, unless forced', async () => {
		serve();
		const { story, map } = await start();
		const moves = () => map.calls.filter((c) => ['flyTo', 'jumpTo', 'fitBounds'].includes(c.method)).length;
		const before = moves();
		story.show(WORLD);
		expect(moves()).toBe(before);
		story.show(WORLD, { force: true });
		expect(moves()).toBe(before + 1);
	});

	it('fits a scene’s bounds, no closer than its maxZoom', async () => {
		serve();
		const { story, map } = await start({ scene: FAR });
		story.show({ key: 'k-box', bounds: [9, 9, 11, 11], maxZoom: 7, highlight: [] });
		expect(callsTo(map, 'fitBounds').at(-1)).toEqual([
			[
				[9, 9],
				[11, 11]
			],
			expect.objectContaining({ padding: PADDING, maxZoom: 7, bearing: 0, pitch: 0, animate: true, essential: true })
		]);
		finishMove(map);
		expect(map.camera.zoom).toBe(7);
	});

	it('shows the markers of the scene’s places only, and highlights their areas, its routes and the names that give way', async () => {
		serve();
		const { story, map, container } = await start();
		expect(markerOf(container, 'alpha').hidden).toBe(false);
		expect(markerOf(container, 'delta').hidden).toBe(true);
		expect(markerOf(container, 'gamma-1').hidden).toBe(true);
		expect(active(map, SOURCE_IDS.places, PLACE_IDS)).toEqual([true, true, false, false, false, false]);
		expect(map.globalState.get(HIGHLIGHT_STATE)).toEqual(['alpha', 'beta']);
		expect(active(map, SOURCE_IDS.routes, ['r-one', 'r-two'])).toEqual([false, false]);

		story.show(NEAR);
		expect(active(map, SOURCE_IDS.places, PLACE_IDS)).toEqual([true, false, false, false, false, false]);
		expect(active(map, SOURCE_IDS.routes, ['r-one', 'r-two'])).toEqual([true, false]);
		expect(markerOf(container, 'beta').hidden).toBe(true);
		// Dots show while the camera moves; labels wait for it to stop.
		expect(markerOf(container, 'alpha').classList.contains('is-moving')).toBe(true);

		story.show(FAR);
		expect(active(map, SOURCE_IDS.places, PLACE_IDS)).toEqual([false, false, false, false, true, true]);
		expect(stateOf(map, SOURCE_IDS.routes, 'r-one')?.active).toBe(false);
		expect(map.globalState.get(HIGHLIGHT_STATE)).toEqual(['gamma-1', 'gamma-2']);
		expect(markerOf(container, 'alpha').hidden).toBe(true);
		// Two places drawn as one area share one marker, which names both and the group.
		const group = markerOf(container, 'gamma-1');
		expect(group).toBe(markerOf(container, 'gamma-2'));
		expect(group.hidden).toBe(false);
		expect(group.querySelector('.story-marker-group__note')?.textContent).toBe('Two sites');
	});

	it('lets a new move take over from one still under way: the first never reports idle, and no listeners pile up', async () => {
		serve();
		const { story, map, statuses } = await start();
		await arrive(map);
		const moveend = listenerCount(map, 'moveend');
		story.show(FAR);
		await flush();
		expect(listenerCount(map, 'moveend')).toBe(moveend + 1);
		story.show(WIDE);
		// The flight under way was stopped; the new one waits on one listener, as the old one did.
		expect(callsTo(map, 'stop').length).toBeGreaterThanOrEqual(2);
		await flush();
		expect(listenerCount(map, 'moveend')).toBe(moveend + 1);
		finishMove(map);
		expect(listenerCount(map, 'idle')).toBe(1);
		fire(map, 'idle');
		expect(statuses.filter(([s]) => s === 'idle').map(([, k]) => k)).toEqual(['k-world', 'k-wide']);
		expect(map.camera.center).toEqual([10, 10]);

		// Jumps, each waiting for the map to draw, faster than it draws: one waits, the last.
		for (const scene of [FAR, NEAR, CLOSE]) {
			story.show(scene, { animate: false });
			await flush();
			expect(listenerCount(map, 'idle')).toBe(1);
		}
		fire(map, 'idle');
		expect(statuses.filter(([s]) => s === 'idle').map(([, k]) => k)).toEqual(['k-world', 'k-wide', 'k-close']);
	});
});

describe('a theatre’s detail', () => {
	it('is fetched once, when its scene is entered, and in the sources before the scene reports idle', async () => {
		const theatre = deferred<Reply>();
		const fetched = serve({ [THEATRE.url]: () => theatre.promise });
		const { story, map, statuses } = await start();
		await arrive(map);
		story.show(NEAR);
		expect(fetched.filter((u) => u === THEATRE.url)).toHaveLength(1);
		await flush();
		finishMove(map);
		fire(map, 'idle');
		// The camera has arrived, but not the detail: not idle yet.
		expect(statuses.at(-1)).toEqual(['moving', 'k-near']);
		theatre.resolve(reply(THEATRE_TOPO));
		await flush();
		const lines = sourceData(map, SOURCE_IDS.detailLines) as FeatureCollection;
		expect(lines.features.map((f) => f.properties?.name)).toEqual(['Test river']);
		expect((sourceData(map, SOURCE_IDS.detailLabels) as FeatureCollection).features.map((f) => f.properties?.lid)).toEqual([0]);
		fire(map, 'idle');
		expect(statuses.at(-1)).toEqual(['idle', 'k-near']);
		// The town beside alpha's marker fades under it.
		expect(stateOf(map, SOURCE_IDS.detailLabels, 0)).toEqual({ covered: true });

		story.prefetch(CLOSE);
		story.show(FAR);
		story.show(CLOSE);
		await arrive(map);
		expect(fetched.filter((u) => u === THEATRE.url)).toHaveLength(1);
		expect(map.sources.get(SOURCE_IDS.detail)!.updates).toHaveLength(1);
	});

	it('joins the detail already there, and the names faded so far show again until the camera stops', async () => {
		serve();
		const { story, map } = await start({ scene: NEAR });
		await arrive(map);
		expect(stateOf(map, SOURCE_IDS.detailLabels, 0)).toEqual({ covered: true });
		story.show(FAR);
		story.prefetch(WEST);
		await flush();
		expect(
			(sourceData(map, SOURCE_IDS.detailLabels) as FeatureCollection).features.map((f) => [f.properties?.name, f.properties?.lid])
		).toEqual([
			['Testville', 0],
			['Westville', 1]
		]);
		// Feature state outlives new data: it is cleared, not left on whichever name now has the id.
		expect(stateOf(map, SOURCE_IDS.detailLabels, 0)).toBeUndefined();
	});

	it('of a scene left before it arrived is still added, but that scene never reports idle', async () => {
		const theatre = deferred<Reply>();
		serve({ [THEATRE.url]: () => theatre.promise });
		const { story, map, statuses } = await start();
		await arrive(map);
		story.show(NEAR);
		story.show(FAR);
		await flush();
		theatre.resolve(reply(THEATRE_TOPO));
		await arrive(map);
		expect((sourceData(map, SOURCE_IDS.detailLines) as FeatureCollection).features).toHaveLength(1);
		expect(statuses.filter(([s]) => s === 'idle').map(([, k]) => k)).toEqual(['k-world', 'k-far']);
	});

	it('is fetched ahead by prefetch, without moving the camera or reporting a move', async () => {
		const fetched = serve();
		const { story, map, statuses } = await start();
		await arrive(map);
		const calls = map.calls.length;
		story.prefetch(NEAR);
		expect(fetched).toContain(THEATRE.url);
		await flush();
		expect((sourceData(map, SOURCE_IDS.detailLines) as FeatureCollection).features).toHaveLength(1);
		expect(map.calls.slice(calls).map((c) => c.method)).not.toContain('flyTo');
		expect(statuses.at(-1)).toEqual(['idle', 'k-world']);
	});

	it('that fails to load leaves the scene to the world basemap, and is tried again on the next visit', async () => {
		const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
		let fail = true;
		const fetched = serve({
			[THEATRE.url]: () =>
				Promise.resolve(fail ? { ok: false, status: 500, json: () => Promise.reject(new Error('500')) } : reply(THEATRE_TOPO))
		});
		const { story, map, statuses } = await start();
		story.show(NEAR);
		await arrive(map);
		expect(statuses.at(-1)).toEqual(['idle', 'k-near']);
		expect(warn).toHaveBeenCalled();
		expect(sourceData(map, SOURCE_IDS.detail)).toEqual({ type: 'FeatureCollection', features: [] });
		fail = false;
		story.show(FAR);
		story.show(NEAR);
		await arrive(map);
		expect(fetched.filter((u) => u === THEATRE.url)).toHaveLength(2);
		expect((sourceData(map, SOURCE_IDS.detailLines) as FeatureCollection).features).toHaveLength(1);
	});

	it('is asked of MapLibre’s workers by URL when they make the basemap, once per theatre', async () => {
		const fetched = serve();
		const { story, map, statuses } = await start({}, { workers: true });
		const world = new URL(DATA.world, document.baseURI).href;
		expect(sourceData(map, SOURCE_IDS.world)).toBe(basemapRequestUrl({ kind: 'polygons', sources: [world] }));
		expect(sourceData(map, SOURCE_IDS.worldLines)).toBe(
			basemapRequestUrl({ kind: 'lines', sources: [world], boxes: [THEATRE.bbox, WEST_THEATRE.bbox] })
		);
		story.show(NEAR);
		const theatre = new URL(THEATRE.url, document.baseURI).href;
		expect(sourceData(map, SOURCE_IDS.detail)).toBe(basemapRequestUrl({ kind: 'polygons', sources: [theatre] }));
		expect(sourceData(map, SOURCE_IDS.detailLabels)).toBe(basemapRequestUrl({ kind: 'labels', sources: [theatre] }));
		story.show(CLOSE);
		await arrive(map);
		expect(statuses.at(-1)).toEqual(['idle', 'k-close']);
		expect(map.sources.get(SOURCE_IDS.detail)!.updates).toHaveLength(1);
		// The main thread fetched neither the world nor the theatre.
		expect(fetched.sort()).toEqual([DATA.places, DATA.routes].sort());
	});
});

describe('markers', () => {
	it('open their place on a click, which does not reach the map', async () => {
		serve();
		const { container, opened, kit } = await start();
		const onMap = vi.fn();
		container.addEventListener('click', onMap);
		button(container, 'beta').click();
		expect(opened).toEqual([['beta', button(container, 'beta')]]);
		expect(onMap).not.toHaveBeenCalled();
		// One marker per place, but one for the two places of one area.
		expect(kit.markers).toHaveLength(5);
	});

	it('place their labels where the camera stops: touching dots stack as one, markers out of view hide', async () => {
		serve();
		vi.spyOn(HTMLElement.prototype, 'offsetWidth', 'get').mockImplementation(function (this: HTMLElement) {
			return this.matches('.story-marker__label') ? 60 : 24;
		});
		vi.spyOn(HTMLElement.prototype, 'offsetHeight', 'get').mockReturnValue(16);
		const { story, map, container } = await start();
		story.show(CLOSE, { animate: false });
		const [alpha, beta, delta, epsilon] = ['alpha', 'beta', 'delta', 'epsilon'].map((id) => markerOf(container, id));
		expect(beta!.classList.contains('is-follower')).toBe(true);
		expect(alpha!.classList.contains('is-follower')).toBe(false);
		expect(delta!.classList.contains('is-follower')).toBe(false);
		expect(epsilon!.style.visibility).toBe('hidden');
		for (const el of [alpha, beta, delta]) {
			expect(el!.style.visibility).toBe('');
			expect(el!.classList.contains('is-moving')).toBe(false);
		}
		// The follower's name sits under the lead's, at the same left edge.
		const labelAt = (el: HTMLElement, lngLat: [number, number]) => {
			const p = map.project(lngLat);
			return {
				x: Math.round(p.x) + parseFloat(el.style.getPropertyValue('--label-x')),
				y: Math.round(p.y) + parseFloat(el.style.getPropertyValue('--label-y'))
			};
		};
		const lead = labelAt(alpha!, [10, 10]);
		const follower = labelAt(beta!, [10.1, 10.05]);
		expect(follower).toEqual({ x: lead.x, y: lead.y + 16 });
	});

	it('fade the basemap names they cover, and show them again when they move away', async () => {
		serve();
		const { story, map } = await start({ scene: FAR });
		expect(stateOf(map, SOURCE_IDS.worldLabels, 0)).toBeUndefined();
		story.show(WIDE, { animate: false });
		expect(stateOf(map, SOURCE_IDS.worldLabels, 0)).toEqual({ covered: true });
		expect(stateOf(map, SOURCE_IDS.worldLabels, 1)).toBeUndefined();
		story.show(FAR, { animate: false });
		expect(stateOf(map, SOURCE_IDS.worldLabels, 0)).toEqual({ covered: false });
	});

	it('mark the picked place (button and area), unmark the last, and pan it into the part of the map left uncovered', async () => {
		serve();
		const { story, map, container } = await start();
		story.show(CLOSE, { animate: false });
		story.pick('alpha');
		expect(button(container, 'alpha').classList.contains('is-picked')).toBe(true);
		expect(stateOf(map, SOURCE_IDS.places, 'alpha')).toMatchObject({ picked: true });
		const visible = { top: 0, right: 400, bottom: 0, left: 0 };
		story.pick('delta', visible);
		expect(button(container, 'alpha').classList.contains('is-picked')).toBe(false);
		expect(stateOf(map, SOURCE_IDS.places, 'alpha')).toMatchObject({ picked: false });
		expect(stateOf(map, SOURCE_IDS.places, 'delta')).toMatchObject({ picked: true });
		// Delta was beyond the uncovered left half: it pans into that half's middle, at the same zoom.
		expect(callsTo(map, 'easeTo')).toHaveLength(1);
		finishMove(map);
		const p = map.project([14, 10]);
		expect([Math.round(p.x), Math.round(p.y)]).toEqual([200, 300]);
		expect(map.camera.zoom).toBe(6);
		// Inside it now: no pan.
		story.pick('delta', visible);
		expect(callsTo(map, 'easeTo')).toHaveLength(1);
		story.pick(null);
		expect(button(container, 'delta').classList.contains('is-picked')).toBe(false);
		expect(stateOf(map, SOURCE_IDS.places, 'delta')).toMatchObject({ picked: false });
	});
});

describe('interaction', () => {
	it('explore mode gives the map the gestures, zoom buttons and a named, focusable canvas; story mode takes them back', async () => {
		serve();
		const { story, map, container } = await start({ canvasLabel: 'Test map' });
		story.setInteractive(true);
		for (const h of gestures(map)) expect(h.enabled).toBe(true);
		expect(map.touchZoomRotate.rotation).toBe(false);
		expect(map.controls.some((c) => c.control instanceof NavigationControl && c.position === 'top-right')).toBe(true);
		expect(map.canvas.getAttribute('role')).toBe('application');
		expect(map.canvas.getAttribute('aria-label')).toBe('Test map');
		expect(map.canvas.hasAttribute('aria-hidden')).toBe(false);
		expect(map.canvas.tabIndex).toBe(0);
		expect(container.classList.contains('is-exploring')).toBe(true);
		story.focus();
		expect(document.activeElement).toBe(map.canvas);

		story.setInteractive(false);
		expect(map.dragPan.enabled).toBe(false);
		expect(map.controls.some((c) => c.control instanceof NavigationControl)).toBe(false);
		expect(map.canvas.getAttribute('aria-hidden')).toBe('true');
		expect(map.canvas.hasAttribute('role')).toBe(false);
		expect(map.canvas.hasAttribute('aria-label')).toBe(false);
		expect(container.classList.contains('is-exploring')).toBe(false);
	});

	it('explore mode adds no zoom buttons when the owner draws its own', async () => {
		serve();
		const { story, map } = await start({ navigationControl: false });
		story.setInteractive(true);
		expect(map.controls.some((c) => c.control instanceof NavigationControl)).toBe(false);
	});

	it('follows the reader’s motion setting when it changes: no rotation or tilt, no label fades', async () => {
		serve();
		let reduce = false;
		const { story, map } = await start({ reducedMotion: () => reduce });
		// No fade while the map is hidden at its start: it would only hold the first idle back.
		expect(map._fadeDuration).toBe(0);
		await arrive(map);
		story.setInteractive(true);
		expect([map.dragRotate.enabled, map.touchPitch.enabled, map.keyboard.rotation, map._fadeDuration]).toEqual([true, true, true, 300]);
		reduce = true;
		story.motionChanged();
		expect([map.dragRotate.enabled, map.touchPitch.enabled, map.keyboard.rotation, map._fadeDuration]).toEqual([false, false, false, 0]);
	});

	it('caches tiles out of view for one zoom level only, not MapLibre’s five', async () => {
		serve();
		const { map } = await start();
		expect(map.options.maxTileCacheZoomLevels).toBe(1);
	});

	it('zooms by steps around the centre, at once under reduced motion', async () => {
		serve();
		let reduce = false;
		const { story, map } = await start({ scene: NEAR, reducedMotion: () => reduce });
		story.zoomBy(1);
		reduce = true;
		story.zoomBy(-2);
		expect(callsTo(map, 'zoomTo')).toEqual([
			[7, { duration: 300 }],
			[4, { duration: 0 }]
		]);
	});

	it('jumps to a camera and resolves, once drawn, with where its centre is on the map', async () => {
		const fetched = serve();
		const { story, map } = await start();
		const at = story.jump([12, 11], 6);
		expect(callsTo(map, 'jumpTo').at(-1)).toEqual([{ center: [12, 11], zoom: 6, padding: { top: 0, right: 0, bottom: 0, left: 0 } }]);
		await flush();
		// The theatre's detail was loaded for it first.
		expect(fetched).toContain(THEATRE.url);
		fire(map, 'idle');
		await expect(at).resolves.toEqual([400, 300]);
	});
});

describe('a lost WebGL context', () => {
	it('is reported; moves wait; once the style is rebuilt the scene is shown again, and idle is reported once drawn', async () => {
		serve();
		const { story, map, statuses } = await start();
		await arrive(map);
		const lost = new Event('webglcontextlost', { cancelable: true });
		map.canvas.dispatchEvent(lost);
		expect(lost.defaultPrevented).toBe(true);
		expect(statuses.at(-1)).toEqual(['lost', 'k-world']);
		const calls = map.calls.length;
		story.show(FAR);
		story.pick('alpha');
		story.zoomBy(1);
		story.resize();
		expect(map.calls.slice(calls)).toEqual([]);
		expect(story.stats().layers).toBe(0);

		// MapLibre drops the style with the context and rebuilds it once the context is back.
		map.style = undefined;
		map.styleLoaded = false;
		const mark = statuses.length;
		map.canvas.dispatchEvent(new Event('webglcontextrestored'));
		expect(map.calls.length).toBe(calls);
		loadStyle(map);
		// The sources are refilled and the scene's highlights set again.
		expect((sourceData(map, SOURCE_IDS.places) as FeatureCollection).features).toHaveLength(PLACES.length);
		// Every feature's state is set anew: the rebuilt style has none.
		expect(PLACE_IDS.map((id) => stateOf(map, SOURCE_IDS.places, id))).toEqual(
			[false, false, false, false, true, true].map((a) => ({ active: a }))
		);
		expect(['r-one', 'r-two'].map((id) => stateOf(map, SOURCE_IDS.routes, id))).toEqual([{ active: false }, { active: false }]);
		expect(callsTo(map, 'jumpTo').at(-1)).toEqual([expect.objectContaining({ center: [30, 40], zoom: 5 })]);
		await arrive(map);
		// No 'moving' meanwhile: the static map stays up until the scene is drawn.
		expect(statuses.slice(mark)).toEqual([['idle', 'k-far']]);
	});

	it('keeps the shader primer’s copies while the context is lost, and removes them at the first idle after', async () => {
		serve();
		const { map } = await start();
		map.canvas.dispatchEvent(new Event('webglcontextlost', { cancelable: true }));
		fire(map, 'idle');
		expect(map.sources.has(PRIMER_SOURCE)).toBe(true);
		map.canvas.dispatchEvent(new Event('webglcontextrestored'));
		await arrive(map);
		expect(map.sources.has(PRIMER_SOURCE)).toBe(false);
		expect(map.layers.some((id) => id.startsWith(PRIMER_PREFIX))).toBe(false);
	});

	it('drops the listeners of the move under way', async () => {
		serve();
		const { story, map } = await start();
		await arrive(map);
		const [moveend, idle] = [listenerCount(map, 'moveend'), listenerCount(map, 'idle')];
		story.show(FAR);
		await flush();
		expect(listenerCount(map, 'moveend')).toBe(moveend + 1);
		map.canvas.dispatchEvent(new Event('webglcontextlost', { cancelable: true }));
		expect([listenerCount(map, 'moveend'), listenerCount(map, 'idle')]).toEqual([moveend, idle]);
	});
});

describe('stopping', () => {
	it('removes the markers and the map, and stops listening', async () => {
		serve();
		const { story, map, container, statuses, kit } = await start();
		await arrive(map);
		expect(story.stats()).toMatchObject({ markers: 5, sources: 8 });
		story.destroy();
		expect(map.removed).toBe(true);
		expect(kit.markers.every((m) => m.removed)).toBe(true);
		expect(container.querySelectorAll('.maplibregl-marker')).toHaveLength(0);
		expect(map.missingImageResolver).toBeNull();
		const count = statuses.length;
		map.canvas.dispatchEvent(new Event('webglcontextlost', { cancelable: true }));
		story.show(FAR);
		story.destroy();
		expect(statuses).toHaveLength(count);
		expect(callsTo(map, 'remove')).toHaveLength(1);
	});

	it('never reports idle for a move under way when the map stops', async () => {
		const theatre = deferred<Reply>();
		serve({ [THEATRE.url]: () => theatre.promise });
		const { story, map, statuses } = await start();
		story.show(NEAR);
		story.destroy();
		theatre.resolve(reply(THEATRE_TOPO));
		await arrive(map);
		expect(statuses.map(([s]) => s)).not.toContain('idle');
		// Nor did the late detail reach the map.
		expect(map.sources.get(SOURCE_IDS.detail)!.updates).toHaveLength(0);
	});
});

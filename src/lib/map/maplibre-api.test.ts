// @vitest-environment jsdom
/**
 * The engine's tests run on a fake map (fake-map.ts), which would keep passing if MapLibre
 * renamed or dropped a method the engine calls: the fake supplies it. This is the one test
 * against the real maplibre-gl, so that an upgrade fails here, by name, instead of on a live map.
 * The names come from the fake itself: whatever it imitates is checked. (jsdom: the fake map
 * makes a canvas.)
 */
import * as maplibre from 'maplibre-gl';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { FakeHandler, FakeMap, FakeMarker, FakeSource, mapContainer } from './fake-map';

/** The methods defined on a class's prototypes, up to Object's. */
function methodsOf(cls: { prototype: object }): string[] {
	const names = new Set<string>();
	for (let p: object | null = cls.prototype; p && p !== Object.prototype; p = Object.getPrototypeOf(p)) {
		for (const name of Object.getOwnPropertyNames(p)) {
			if (name !== 'constructor' && typeof Object.getOwnPropertyDescriptor(p, name)?.value === 'function') names.add(name);
		}
	}
	return [...names].sort();
}

const hasMethod = (cls: { prototype: object }, name: string) => methodsOf(cls).includes(name);

/** MapLibre's class for each of the Map's gesture handlers. */
const HANDLERS: Record<string, { prototype: object }> = {
	dragPan: maplibre.DragPanHandler,
	scrollZoom: maplibre.ScrollZoomHandler,
	boxZoom: maplibre.BoxZoomHandler,
	doubleClickZoom: maplibre.DoubleClickZoomHandler,
	touchZoomRotate: maplibre.TwoFingersTouchZoomRotateHandler,
	keyboard: maplibre.KeyboardHandler,
	dragRotate: maplibre.DragRotateHandler,
	touchPitch: maplibre.TwoFingersTouchPitchHandler
};

/** The fake map's handler fields, by the type of their values. */
type HandlerField = { [K in keyof FakeMap]: FakeMap[K] extends FakeHandler ? K : never }[keyof FakeMap];

describe('the MapLibre API the fake map imitates', () => {
	it('imitates something', () => {
		expect(methodsOf(FakeMap).length).toBeGreaterThan(20);
	});

	it.each(methodsOf(FakeMap))('Map.prototype.%s is a method', (name) => {
		expect(hasMethod(maplibre.Map, name)).toBe(true);
	});

	it.each(methodsOf(FakeMarker))('Marker.prototype.%s is a method', (name) => {
		expect(hasMethod(maplibre.Marker, name)).toBe(true);
	});

	it.each(methodsOf(FakeSource))('GeoJSONSource.prototype.%s is a method', (name) => {
		expect(hasMethod(maplibre.GeoJSONSource, name)).toBe(true);
	});

	it('has every method the fake’s gesture handlers imitate, on each handler’s class', () => {
		const map = new FakeMap({ container: mapContainer(100, 100), style: { version: 8, sources: {}, layers: [] } });
		const handlers = Object.entries(map).filter((entry): entry is [string, FakeHandler] => entry[1] instanceof FakeHandler);
		expect(handlers.map(([field]) => field).sort()).toEqual(Object.keys(HANDLERS).sort());
		for (const [field, handler] of handlers) {
			for (const name of methodsOf(handler.constructor)) expect(hasMethod(HANDLERS[field]!, name), `${field}.${name}`).toBe(true);
		}
		// Fields, not methods, so only a real map (with WebGL) has them: checked by type (npm run check).
		expectTypeOf<Exclude<HandlerField | 'style' | '_fadeDuration', keyof maplibre.Map>>().toEqualTypeOf<never>();
	});

	it('still exports what the engine makes and calls besides the map', () => {
		for (const name of ['Marker', 'NavigationControl', 'ScaleControl', 'addProtocol', 'importScriptInWorkers', 'setWorkerUrl'] as const)
			expect(typeof maplibre[name], name).toBe('function');
	});
});

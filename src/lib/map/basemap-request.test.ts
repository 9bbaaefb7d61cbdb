import { describe, expect, it } from 'vitest';
import type { Topology } from 'topojson-specification';
import { basemapFor, basemapRequestUrl, keepBasemapInWorkers, parseBasemapRequest, type MapLibreWorkerLike } from './basemap-request';

// Two tiny real TopoJSONs: a boundary crossing x = 1, and a label point in each.
const file = (x: number, name: string): Topology => ({
	type: 'Topology',
	arcs: [
		[
			[x, 0],
			[x + 2, 0]
		]
	],
	objects: {
		boundaries: { type: 'GeometryCollection', geometries: [{ type: 'LineString', arcs: [0] }] },
		labels: { type: 'GeometryCollection', geometries: [{ type: 'Point', coordinates: [x, 0], properties: { name } }] }
	}
});

describe('basemap requests', () => {
	it('survive the trip through a URL: kind, files in order, boxes', () => {
		const request = {
			kind: 'lines' as const,
			sources: ['https://example.org/data/a.json?v=1&x=2', 'https://example.org/data/b.json'],
			boxes: [[1, -1, 5, 1] as [number, number, number, number]]
		};
		const url = basemapRequestUrl(request);
		expect(url.startsWith('topo://lines?')).toBe(true);
		expect(parseBasemapRequest(url)).toEqual(request);
		expect(parseBasemapRequest(basemapRequestUrl({ kind: 'labels', sources: ['/a'] }))).toEqual({ kind: 'labels', sources: ['/a'] });
	});

	it('refuse anything else, naming it', () => {
		expect(() => parseBasemapRequest('topo://roads?src=a')).toThrow('Not a basemap request: topo://roads?src=a');
		expect(() => parseBasemapRequest('https://example.org/a.json')).toThrow(/Not a basemap request/);
	});

	it('merge the files, number the labels across them and tag lines inside the boxes', () => {
		const files = [file(0, 'West'), file(10, 'East')];
		const labels = basemapFor({ kind: 'labels', sources: ['a', 'b'] }, files);
		expect(labels.features.map((f) => [f.properties?.name, f.properties?.lid])).toEqual([
			['West', 0],
			['East', 1]
		]);
		const lines = basemapFor({ kind: 'lines', sources: ['a', 'b'], boxes: [[1, -1, 5, 1]] }, files);
		// The west line is cut at x = 1 into an outside and an inside part; the east one lies outside.
		expect(lines.features.map((f) => f.properties?.in_theatre)).toEqual([true, false, false]);
		const untagged = basemapFor({ kind: 'lines', sources: ['a'] }, files.slice(0, 1));
		expect(untagged.features[0]?.properties).toEqual({ layer: 'boundaries' });
	});
});

describe('keeping the basemap in the workers', () => {
	/** MapLibre's worker as far as the adapter reaches it: one GeoJSON worker source per source id. */
	function worker() {
		const made = new Map<string, { loadData(params: { request?: { url: string } }): Promise<{ data?: unknown }> }>();
		const w: MapLibreWorkerLike = {
			_getWorkerSource(_mapId, type, source) {
				const key = `${type}/${source}`;
				if (!made.has(key)) made.set(key, { loadData: async (params) => (params.request ? { data: { loaded: params.request.url } } : {}) });
				return made.get(key);
			}
		};
		const load = (type: string, source: string, url?: string) =>
			(w._getWorkerSource!('map', type, source) as ReturnType<typeof made.get> & object).loadData(url ? { request: { url } } : {});
		return { w, load };
	}

	it('returns the data of topo:// answers no more, and leaves every other load as it was', async () => {
		const { w, load } = worker();
		expect(keepBasemapInWorkers(w)).toBe(true);
		const topo = basemapRequestUrl({ kind: 'polygons', sources: ['https://example.org/world.json'] });
		expect(await load('geojson', 'world', topo)).toEqual({});
		// Asked again, the same source is not wrapped twice.
		expect(await load('geojson', 'world', topo)).toEqual({});
		expect(await load('geojson', 'places', 'https://example.org/places.geojson')).toEqual({
			data: { loaded: 'https://example.org/places.geojson' }
		});
		expect(await load('geojson', 'routes')).toEqual({});
		expect(await load('vector', 'tiles', topo)).toEqual({ data: { loaded: topo } });
	});

	it('changes nothing in a worker that is not as expected', () => {
		expect(keepBasemapInWorkers(undefined)).toBe(false);
		expect(keepBasemapInWorkers({})).toBe(false);
	});
});

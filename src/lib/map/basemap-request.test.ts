import { describe, expect, it } from 'vitest';
import type { Topology } from 'topojson-specification';
import { basemapFor, basemapRequestUrl, parseBasemapRequest } from './basemap-request';

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

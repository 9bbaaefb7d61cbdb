import { describe, expect, it } from 'vitest';
import type { Topology } from 'topojson-specification';
import { basemapFromTopology, tagTheatreParts, theatresFor } from './topo';

// A tiny real TopoJSON: one square country, one boundary line, one label point.
const topology: Topology = {
	type: 'Topology',
	arcs: [
		[
			[0, 0],
			[0, 1],
			[1, 1],
			[1, 0],
			[0, 0]
		],
		[
			[1, 0],
			[1, 1]
		]
	],
	objects: {
		countries: {
			type: 'GeometryCollection',
			geometries: [{ type: 'Polygon', arcs: [[0]], properties: { name: 'Squareland' } }]
		},
		boundaries: { type: 'GeometryCollection', geometries: [{ type: 'LineString', arcs: [1] }] },
		labels: {
			type: 'GeometryCollection',
			geometries: [{ type: 'Point', coordinates: [0.5, 0.5], properties: { name: 'Squareland', rank: 1 } }]
		}
	}
};

describe('basemapFromTopology', () => {
	it('groups polygons, lines and labels and tags each feature with its object name', () => {
		const out = basemapFromTopology(topology);
		expect(out.polygons.features).toHaveLength(1);
		expect(out.polygons.features[0]?.properties).toEqual({ name: 'Squareland', layer: 'countries' });
		expect(out.lines.features.map((f) => f.properties?.layer)).toEqual(['boundaries']);
		expect(out.lines.features[0]?.geometry).toEqual({
			type: 'LineString',
			coordinates: [
				[1, 0],
				[1, 1]
			]
		});
		expect(out.labels.features[0]?.properties?.name).toBe('Squareland');
	});

	it('skips objects the topology does not have', () => {
		const out = basemapFromTopology({ ...topology, objects: {} });
		expect(out.polygons.features).toEqual([]);
		expect(out.lines.features).toEqual([]);
	});
});

describe('theatresFor', () => {
	const theatres = [
		{ id: 'north', bbox: [19, 41, 22, 43] as [number, number, number, number], url: 'k.json' },
		{ id: 'east', bbox: [40, 32, 45, 35] as [number, number, number, number], url: 'i.json' }
	];
	it('returns the theatres a regional view overlaps', () => {
		expect(theatresFor([20, 41.5, 21, 42.5], theatres).map((t) => t.id)).toEqual(['north']);
	});
	it('returns none for a world overview', () => {
		expect(theatresFor([15, 0, 75, 45], theatres)).toEqual([]);
	});
});

describe('tagTheatreParts', () => {
	it('splits lines into the parts inside theatre boxes and the rest, keeping their properties', () => {
		const out = tagTheatreParts(
			{
				type: 'FeatureCollection',
				features: [
					{
						type: 'Feature',
						properties: { layer: 'boundaries' },
						geometry: {
							type: 'LineString',
							coordinates: [
								[0, 0.5],
								[3, 0.5]
							]
						}
					}
				]
			},
			[[1, 0, 2, 1]]
		);
		expect(out.features.map((f) => [f.properties, f.geometry])).toEqual([
			[
				{ layer: 'boundaries', in_theatre: true },
				{
					type: 'MultiLineString',
					coordinates: [
						[
							[1, 0.5],
							[2, 0.5]
						]
					]
				}
			],
			[
				{ layer: 'boundaries', in_theatre: false },
				{
					type: 'MultiLineString',
					coordinates: [
						[
							[0, 0.5],
							[1, 0.5]
						],
						[
							[2, 0.5],
							[3, 0.5]
						]
					]
				}
			]
		]);
	});
});

import { describe, expect, it } from 'vitest';
import type { Feature, FeatureCollection } from 'geojson';
import type { Scene } from '../../src/lib/map/types';
import {
	mercator,
	metresPerPixel,
	pathFor,
	renderLocator,
	renderStaticMap,
	roundLength,
	scaleBar,
	viewBbox,
	viewFor,
	wrap
} from './static-map';
import { palette } from '../../src/lib/map/palette';
import type { Rect } from '../../src/lib/map/labels';
import { markers as markerSymbol } from '../../src/lib/map/symbols';

const padding = { top: 20, right: 20, bottom: 20, left: 20 };

describe('mercator', () => {
	it('maps the equator and the prime meridian to the middle of the 512 px world', () => {
		expect(mercator([0, 0])).toEqual([256, 256]);
		const [x, y] = mercator([180, 85.0511]);
		expect(x).toBe(512);
		expect(y).toBeCloseTo(0, 3);
	});
});

describe('viewFor', () => {
	const scene: Scene = { key: 'k', bounds: [20, 41, 21, 42], highlight: [] };

	it('fits the bounds inside the padded frame, touching it on the limiting side', () => {
		const view = viewFor(scene, 400, 300, padding);
		const corner = (lon: number, lat: number): [number, number] => {
			const [x, y] = mercator([lon, lat]);
			return [(x - view.origin[0]) * view.scale, (y - view.origin[1]) * view.scale];
		};
		const [x0, y0] = corner(20, 42);
		const [x1, y1] = corner(21, 41);
		expect(x0).toBeGreaterThanOrEqual(19.9);
		expect(x1).toBeLessThanOrEqual(380.1);
		expect(y0).toBeGreaterThanOrEqual(19.9);
		expect(y1).toBeLessThanOrEqual(280.1);
		// The box is taller than wide here: it fills the height.
		expect(y1 - y0).toBeCloseTo(260, 0);
	});

	it('does not zoom past the scene limit', () => {
		const view = viewFor({ ...scene, bounds: [20, 41, 20.001, 41.001], maxZoom: 5 }, 400, 300, padding);
		expect(view.zoom).toBe(5);
	});

	it('covers its own bounds', () => {
		const view = viewFor(scene, 400, 300, padding);
		const [w, s, e, n] = viewBbox(view, 400, 300, 0);
		expect(w).toBeLessThan(20);
		expect(s).toBeLessThan(41);
		expect(e).toBeGreaterThan(21);
		expect(n).toBeGreaterThan(42);
	});
});

describe('pathFor', () => {
	it('clips a line to the view and drops what lies outside', () => {
		const view = viewFor({ key: 'k', bounds: [0, 0, 1, 1], highlight: [] }, 100, 100, padding);
		const clip = viewBbox(view, 100, 100);
		const inside = pathFor(
			view,
			{
				type: 'LineString',
				coordinates: [
					[0.2, 0.2],
					[0.8, 0.8]
				]
			},
			clip
		);
		// The first point absolute, the next relative to it: the same two points.
		const [, x, y, dx, dy] = /^M([\d.]+) ([\d.]+)l(-?[\d.]+)[ ]?(-?[\d.]+)$/.exec(inside)!.map(Number);
		const [x1, y1] = [Number(x), Number(y)];
		expect([x1 + dx!, y1 + dy!].map((n) => Math.round(n * 10) / 10)).toEqual([
			Math.round((x1 + dx!) * 10) / 10,
			Math.round((y1 + dy!) * 10) / 10
		]);
		expect(dx).toBeGreaterThan(0);
		expect(dy).toBeLessThan(0);
		expect(
			pathFor(
				view,
				{
					type: 'LineString',
					coordinates: [
						[50, 50],
						[51, 51]
					]
				},
				clip
			)
		).toBe('');
	});
});

describe('renderStaticMap', () => {
	const places: FeatureCollection = {
		type: 'FeatureCollection',
		features: [
			{ type: 'Feature', id: 'a', properties: {}, geometry: { type: 'Point', coordinates: [20.5, 41.5] } },
			{
				type: 'Feature',
				id: 'b',
				properties: {},
				geometry: {
					type: 'Polygon',
					coordinates: [
						[
							[20.6, 41.6],
							[20.7, 41.6],
							[20.7, 41.7],
							[20.6, 41.6]
						]
					]
				}
			}
		]
	};
	const land: FeatureCollection = {
		type: 'FeatureCollection',
		features: [
			{
				type: 'Feature',
				properties: { layer: 'countries', name: 'Squareland' },
				geometry: {
					type: 'Polygon',
					coordinates: [
						[
							[19, 40],
							[23, 40],
							[23, 43],
							[19, 43],
							[19, 40]
						]
					]
				}
			}
		]
	};
	const empty: FeatureCollection = { type: 'FeatureCollection', features: [] };
	const svg = renderStaticMap({
		scene: { key: 'k', bounds: [20.4, 41.4, 20.8, 41.8], highlight: ['a', 'b'] },
		width: 400,
		height: 300,
		padding,
		basemaps: [{ polygons: land, lines: empty, labels: empty }],
		places,
		placeList: [
			{ id: 'a', name: 'Town & Fort', lngLat: [20.5, 41.5], certainty: 'exact', kind: 'point' },
			{ id: 'b', name: 'Sector', lngLat: [20.65, 41.65], certainty: 'approximate', kind: 'area' }
		],
		title: 'Map: a town and a sector.'
	});

	it('is a titled SVG image', () => {
		expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 400 300"')).toBe(true);
		expect(svg).toContain('<title id="t">Map: a town and a sector.</title>');
	});

	it('names the highlighted places, escaping their text', () => {
		expect(svg).toContain('>Town &amp; Fort</tspan>');
		expect(svg).toContain('>Sector</tspan>');
	});

	it('draws approximate places dashed and exact ones solid', () => {
		expect(svg).toMatch(/<circle [^>]*stroke-dasharray="3 2"\/>/);
		expect(svg).toMatch(/<path d="M[^"]+Z" fill="rgba\(189, 66, 12, 0.16\)"[^>]*stroke-dasharray="6 4"/);
	});

	it('leaves out empty paths', () => {
		expect(svg).not.toContain('d=""');
	});
});

describe('wrap', () => {
	it('breaks long names at spaces and keeps short ones whole', () => {
		expect(wrap('The eastern platoon’s area of responsibility (Hilltown district)', 26)).toEqual([
			'The eastern platoon’s area',
			'of responsibility',
			'(Hilltown district)'
		]);
		expect(wrap('Harbour', 26)).toEqual(['Harbour']);
	});
});

describe('scale bars', () => {
	it('pick a round length: 1, 2 or 5 times a power of ten', () => {
		expect(roundLength(137_000)).toBe(100_000);
		expect(roundLength(4_200)).toBe(2_000);
		expect(roundLength(999)).toBe(500);
		expect(roundLength(60)).toBe(50);
	});

	it('agree with the view’s scale', () => {
		const view = viewFor({ key: 'k', camera: { center: [0, 0], zoom: 10 }, highlight: [] }, 400, 300, padding);
		// Web Mercator at the equator, zoom 10, 512 px tiles: about 76 m a pixel.
		expect(metresPerPixel(view, 0)).toBeCloseTo(76.4, 0);
		const svg = scaleBar(view, 0, 10, 20, 110);
		// 5 km fits in 110 px (about 8.4 km); the bar is 5000 / 76.4 px long.
		expect(svg).toContain('>5 km</text>');
		expect(svg).toContain(`H${Math.round((10 + 5000 / metresPerPixel(view, 0)) * 10) / 10}`);
	});
});

describe('one symbology', () => {
	const land: FeatureCollection = {
		type: 'FeatureCollection',
		features: [
			{
				type: 'Feature',
				properties: { layer: 'countries', name: 'L' },
				geometry: {
					type: 'Polygon',
					coordinates: [
						[
							[19, 40],
							[23, 40],
							[23, 43],
							[19, 43],
							[19, 40]
						]
					]
				}
			}
		]
	};
	const empty: FeatureCollection = { type: 'FeatureCollection', features: [] };
	const circle = {
		type: 'Polygon' as const,
		coordinates: [
			[
				[20.5, 41.5],
				[20.7, 41.5],
				[20.7, 41.7],
				[20.5, 41.5]
			]
		]
	};
	const places: FeatureCollection = {
		type: 'FeatureCollection',
		features: [
			{ type: 'Feature', id: 'base', properties: { group: 'positions not published' }, geometry: circle },
			{ type: 'Feature', id: 'camp', properties: { group: 'positions not published' }, geometry: circle },
			{
				type: 'Feature',
				id: 'other',
				properties: {},
				geometry: {
					type: 'Polygon',
					coordinates: [
						[
							[21, 42],
							[21.1, 42],
							[21.1, 42.1],
							[21, 42]
						]
					]
				}
			},
			{
				type: 'Feature',
				id: 'lake',
				properties: { water: true },
				geometry: {
					type: 'Polygon',
					coordinates: [
						[
							[20.2, 41.9],
							[20.3, 41.9],
							[20.3, 42],
							[20.2, 41.9]
						]
					]
				}
			}
		]
	};
	const svg = renderStaticMap({
		scene: { key: 'k', bounds: [20.1, 41.4, 20.9, 42.1], highlight: ['base', 'camp', 'lake'] },
		width: 400,
		height: 300,
		padding,
		basemaps: [{ polygons: land, lines: empty, labels: empty }],
		places,
		placeList: [
			{ id: 'base', name: 'Base', lngLat: [20.6, 41.7], certainty: 'approximate', kind: 'area', group: 'positions not published' },
			{ id: 'camp', name: 'Camp', lngLat: [20.6, 41.7], certainty: 'approximate', kind: 'area', group: 'positions not published' },
			{ id: 'other', name: 'Other chapter', lngLat: [21.05, 42.05], certainty: 'approximate', kind: 'area' },
			{ id: 'lake', name: 'Lake', lngLat: [20.25, 41.95], certainty: 'approximate', kind: 'area' }
		],
		title: 't'
	});

	it('labels places drawn as one area together, with their note, and draws their outline once', () => {
		expect(svg).toMatch(/>Base<\/tspan><tspan[^>]*>Camp<\/tspan><tspan[^>]*>positions not published<\/tspan>/);
		expect(svg.match(/<circle [^>]*stroke-dasharray="3 2"\/>/g)).toHaveLength(2);
		expect(svg.match(/stroke-dasharray="6 4"/g)).toHaveLength(2);
	});

	it('does not draw other chapters’ places', () => {
		expect(svg).not.toContain('Other chapter');
	});

	it('fills a water place with water', () => {
		expect(svg).toContain(`fill="${palette.waterArea}" stroke="${palette.highlight}"`);
	});
});

describe('renderLocator', () => {
	const land: FeatureCollection = {
		type: 'FeatureCollection',
		features: [
			{
				type: 'Feature',
				properties: { layer: 'countries', name: 'L' },
				geometry: {
					type: 'Polygon',
					coordinates: [
						[
							[10, 30],
							[30, 30],
							[30, 50],
							[10, 50],
							[10, 30]
						]
					]
				}
			}
		]
	};
	const empty: FeatureCollection = { type: 'FeatureCollection', features: [] };

	it('marks the chapter’s area, at least 8 px, on a regional map, and names its country whole', () => {
		const svg = renderLocator({
			bounds: [20.5, 41.9, 20.7, 42.1],
			width: 150,
			height: 120,
			world: { polygons: land, lines: empty, labels: empty },
			country: 'Northland'
		});
		const rects = [...svg.matchAll(/<rect x="([\d.-]+)" y="([\d.-]+)" width="([\d.]+)" height="([\d.]+)"/g)];
		expect(rects).toHaveLength(2);
		const [, x, y, w, h] = rects[1]!.map(Number);
		expect(w).toBeGreaterThanOrEqual(8);
		// Centred: the area is in the middle of the inset.
		expect(x! + w! / 2).toBeCloseTo(75, 0);
		expect(y! + h! / 2).toBeCloseTo(60, 0);
		expect(svg).toContain('>NORTHLAND</text>');
	});
});

describe('path data', () => {
	it('writes a ring’s points relative to the one before, with no drift from the rounded positions', () => {
		const view = viewFor({ key: 'k', bounds: [0, 0, 1, 1], highlight: [] }, 100, 100, padding);
		const clip = viewBbox(view, 100, 100);
		const ring = [
			[0.1, 0.1],
			[0.9, 0.13],
			[0.85, 0.87],
			[0.1, 0.1]
		];
		const d = pathFor(view, { type: 'Polygon', coordinates: [ring] }, clip);
		expect(d.startsWith('M')).toBe(true);
		expect(d.endsWith('Z')).toBe(true);
		// Read back: the absolute points are the projected ones, to the tenth of a pixel.
		const nums = d.slice(1, -1).replace('l', ' ').replace(/-/g, ' -').trim().split(/\s+/).map(Number);
		const pts: number[][] = [[nums[0]!, nums[1]!]];
		for (let i = 2; i < nums.length; i += 2)
			pts.push([Math.round((pts.at(-1)![0]! + nums[i]!) * 10) / 10, Math.round((pts.at(-1)![1]! + nums[i + 1]!) * 10) / 10]);
		const absolute = pathFor(view, { type: 'LineString', coordinates: ring }, clip);
		expect(pts).toHaveLength(4);
		expect(absolute.startsWith(`M${String(pts[0]![0]).replace(/^0\./, '.')} ${String(pts[0]![1]).replace(/^0\./, '.')}`)).toBe(true);
		expect(pts[3]).toEqual(pts[0]);
	});
});

describe('markers that would touch', () => {
	const land: FeatureCollection = {
		type: 'FeatureCollection',
		features: [
			{
				type: 'Feature',
				properties: { layer: 'countries', name: 'L' },
				geometry: {
					type: 'Polygon',
					coordinates: [
						[
							[0, 0],
							[60, 0],
							[60, 50],
							[0, 50],
							[0, 0]
						]
					]
				}
			}
		]
	};
	const empty: FeatureCollection = { type: 'FeatureCollection', features: [] };
	const point = (id: string, lng: number, lat: number): Feature => ({
		type: 'Feature',
		id,
		properties: {},
		geometry: { type: 'Point', coordinates: [lng, lat] }
	});
	// At this world scale 0.3° is about one pixel: near and nearer touch, far stands alone.
	const svg = renderStaticMap({
		scene: { key: 'k', bounds: [0, 0, 60, 50], highlight: ['near', 'nearer', 'far'] },
		width: 400,
		height: 300,
		padding,
		basemaps: [{ polygons: land, lines: empty, labels: empty }],
		places: { type: 'FeatureCollection', features: [point('near', 20, 20), point('nearer', 20.5, 20.3), point('far', 45, 40)] },
		placeList: [
			{ id: 'near', name: 'Near', lngLat: [20, 20], certainty: 'exact', kind: 'point' },
			{ id: 'nearer', name: 'Nearer', lngLat: [20.5, 20.3], certainty: 'exact', kind: 'point' },
			{ id: 'far', name: 'Far', lngLat: [45, 40], certainty: 'exact', kind: 'point' }
		],
		title: 't'
	});

	it('are drawn as one: one dot and one label naming both, the first first', () => {
		expect(svg).toMatch(/>Near<\/tspan><tspan[^>]*>Nearer<\/tspan><\/text>/);
		expect(svg).toMatch(/>Far<\/tspan><\/text>/);
		expect(svg.match(/<rect [^>]*rx="3"/g)).toHaveLength(2);
		// Each label beside its dot: no leader.
		expect(svg).not.toContain('<line');
	});

	it('point a label slid out of touch with its dot back at it, as the live map does', () => {
		// A name over two lines, and the map covered from the top down to just below the dot: the
		// label can only slide down beside its dot, out of touch with it.
		const crowded = (covered: Rect[]) =>
			renderStaticMap({
				scene: { key: 'k', bounds: [0, 0, 60, 50], highlight: ['far'] },
				width: 400,
				height: 300,
				padding,
				basemaps: [{ polygons: land, lines: empty, labels: empty }],
				places: { type: 'FeatureCollection', features: [point('far', 45, 40)] },
				placeList: [{ id: 'far', name: 'A place whose name runs over two lines', lngLat: [45, 40], certainty: 'exact', kind: 'point' }],
				title: 't',
				covered
			});
		const dot = crowded([]).match(new RegExp(`<circle cx="([\\d.]+)" cy="([\\d.]+)" r="${markerSymbol.radius}"`))!;
		const [x, y] = [Number(dot[1]), Number(dot[2])];
		expect(crowded([])).not.toContain('<line');
		const svg = crowded([{ x: 0, y: 0, w: 400, h: y + 12 }]);
		const line = svg.match(/<line x1="([\d.]+)" y1="([\d.]+)" x2="([\d.]+)" y2="([\d.]+)"\/>/);
		expect(line).not.toBeNull();
		const [x1, y1, x2, y2] = line!.slice(1).map(Number) as [number, number, number, number];
		// From the dot's edge, away from it, to the label's box.
		expect(Math.hypot(x1 - x, y1 - y)).toBeCloseTo(8, 0);
		expect(Math.hypot(x2 - x, y2 - y)).toBeGreaterThan(8 + 3 + 6);
		const [bx, by, bw, bh] = svg
			.match(/<rect x="([\d.]+)" y="([\d.]+)" width="([\d.]+)" height="([\d.]+)" rx="3"/)!
			.slice(1)
			.map(Number) as [number, number, number, number];
		expect(x2).toBeGreaterThanOrEqual(bx - 0.1);
		expect(x2).toBeLessThanOrEqual(bx + bw + 0.1);
		expect(y2).toBeGreaterThanOrEqual(by - 0.1);
		expect(y2).toBeLessThanOrEqual(by + bh + 0.1);
	});
});

/**
 * The shader primer's copies against MapLibre's own style specification: each copy must make
 * the program its layer makes (the same per-feature properties), be a valid layer, and draw
 * nothing.
 */
import {
	Color,
	createPropertyExpression,
	isExpression,
	latest,
	normalizePropertyExpression,
	validateStyleMin,
	type StylePropertySpecification
} from '@maplibre/maplibre-gl-style-spec';
import { coordAll } from '@turf/turf';
import type { LayerSpecification } from 'maplibre-gl';
import { describe, expect, it } from 'vitest';
import { PRIMER_PREFIX, PRIMER_SOURCE, primedStyle, primerData, primerLayers, programsOf, variesByFeature } from './primer';
import { embeddedStyle } from './style';

const style = embeddedStyle({ text: 1.5 });
const copies = primerLayers(style.layers);
const data = primerData([40, 30, 50, 36]);

type Group = 'paint' | 'layout';
const specOf = (type: string, group: Group, key: string) =>
	(latest as unknown as Record<string, Record<string, StylePropertySpecification>>)[`${group}_${type}`]![key]!;

/** MapLibre's own reading of a property: constant, camera (zoom), source or composite (per feature). */
function expressionOf(type: string, group: Group, key: string, value: unknown) {
	const spec = specOf(type, group, key);
	if (!isExpression(value)) return normalizePropertyExpression(value as never, key, spec, {});
	const parsed = createPropertyExpression(value, key, spec, {});
	if (parsed.result !== 'success') throw new Error(`${type} ${group} ${key}: ${JSON.stringify(parsed.value)}`);
	return parsed.value;
}
const perFeature = (type: string, group: Group, key: string, value: unknown) =>
	['source', 'composite'].includes(expressionOf(type, group, key, value).kind);

const original = (copy: LayerSpecification) => style.layers.find((l) => PRIMER_PREFIX + l.id === copy.id)!;
const entries = (o: object | undefined) => Object.entries(o ?? {}) as [string, unknown][];

describe('variesByFeature', () => {
	it('agrees with MapLibre on every paint and layout property of the embedded style', () => {
		let checked = 0;
		for (const layer of style.layers) {
			for (const group of ['paint', 'layout'] as const) {
				for (const [key, value] of entries(layer[group])) {
					if (!specOf(layer.type, group, key)['property-type']?.toString().includes('data-driven')) continue;
					expect(variesByFeature(value), `${layer.id} ${key}`).toBe(perFeature(layer.type, group, key, value));
					checked++;
				}
			}
		}
		// Both answers occur: the check is not vacuous.
		expect(checked).toBeGreaterThan(20);
	});
});

describe('programsOf', () => {
	it('names a program per kind of drawing and per-feature properties, with a fill’s edge only when antialiased', () => {
		const layers = [
			{ id: 'a', type: 'fill', source: 's', paint: { 'fill-color': ['get', 'c'] } },
			{ id: 'b', type: 'fill', source: 's', paint: { 'fill-color': '#fff', 'fill-antialias': false } },
			{ id: 'c', type: 'line', source: 's', paint: { 'line-width': ['interpolate', ['linear'], ['zoom'], 1, 1, 5, 2] } },
			{ id: 'd', type: 'line', source: 's', paint: { 'line-dasharray': [2, 2], 'line-opacity': ['case', ['has', 'x'], 1, 0] } },
			{ id: 'e', type: 'symbol', source: 's', layout: { 'text-field': 'x', 'icon-image': 'dot' } }
		] as LayerSpecification[];
		expect([...programsOf(layers)]).toEqual([
			'fill(fill-color)',
			'fillOutline(fill-outline-color)',
			'fill()',
			'line()',
			'lineSDF(line-opacity)',
			'symbolSDF()',
			'symbolIcon()'
		]);
	});

	it('draws the embedded style with ten programs: layers of a kind share what varies per feature where nothing drawn changes', () => {
		// Each program is made while the map starts (the primer), and making one is slow.
		expect([...programsOf(style.layers)].sort()).toEqual([
			'background()',
			'fill()',
			'fill(fill-color,fill-opacity)',
			'line()',
			'line(line-opacity,line-width)',
			'line(line-width)',
			'lineSDF()',
			'lineSDF(line-opacity,line-width)',
			'symbolIcon(icon-opacity)',
			'symbolSDF(text-color,text-halo-color,text-opacity)'
		]);
	});
});

describe('primerLayers', () => {
	it('copies every line, fill and symbol layer of the embedded style onto the primer source', () => {
		const copied = style.layers.filter((l) => ['line', 'fill', 'symbol'].includes(l.type)).map((l) => PRIMER_PREFIX + l.id);
		expect(copies.map((c) => c.id)).toEqual(copied);
		for (const copy of copies) {
			expect(copy).toMatchObject({ source: PRIMER_SOURCE, type: original(copy).type });
			expect(copy).not.toHaveProperty('minzoom');
			expect(copy).not.toHaveProperty('maxzoom');
		}
	});

	it('keeps which paint properties vary per feature, which is what picks the program', () => {
		for (const copy of copies) {
			const layer = original(copy);
			for (const [key, value] of entries(layer.paint)) {
				if (!specOf(layer.type, 'paint', key)['property-type']?.toString().includes('data-driven')) continue;
				const copied = (copy.paint as Record<string, unknown>)[key];
				expect(perFeature(layer.type, 'paint', key, copied), `${copy.id} ${key}`).toBe(perFeature(layer.type, 'paint', key, value));
			}
		}
	});

	it('keeps the layout, and the town dot, and lets the copies overlap anything', () => {
		const towns = copies.find((c) => c.id === PRIMER_PREFIX + 'detail-towns')!;
		expect(towns.layout).toMatchObject({ 'icon-image': 'town-dot', 'text-allow-overlap': true, 'icon-ignore-placement': true });
		for (const copy of copies) {
			for (const [key, value] of entries(original(copy).layout))
				expect((copy.layout as Record<string, unknown>)[key], `${copy.id} ${key}`).toEqual(value);
		}
	});

	it('draws nothing: every colour transparent, and every opacity that varies per feature zero', () => {
		for (const copy of copies) {
			for (const feature of data.features) {
				const f = { type: feature.geometry.type, properties: feature.properties ?? {} } as never;
				for (const [key, value] of entries(copy.paint)) {
					if (!key.endsWith('-color') && !key.endsWith('-opacity')) continue;
					const result: unknown = expressionOf(copy.type, 'paint', key, value).evaluate({ zoom: 6 } as never, f, {});
					if (key.endsWith('-color'))
						expect((typeof result === 'string' ? Color.parse(result) : (result as Color))?.a, `${copy.id} ${key}`).toBe(0);
					else if (variesByFeature(value)) expect(result, `${copy.id} ${key}`).toBe(0);
				}
			}
			// A raster icon takes no colour: its copy is kept only where its opacity is zero.
			if (copy.type === 'symbol' && copy.layout?.['icon-image'] !== undefined)
				expect(variesByFeature(copy.paint?.['icon-opacity'])).toBe(true);
		}
	});

	it('leaves out a raster icon that only a constant opacity would hide', () => {
		const layer: LayerSpecification = {
			id: 'dots',
			type: 'symbol',
			source: 'x',
			layout: { 'icon-image': 'dot', 'text-field': ['get', 'name'] },
			paint: { 'icon-opacity': 0.8 }
		};
		const [copy] = primerLayers([layer, { id: 'bg', type: 'background' }]);
		expect(copy!.layout).not.toHaveProperty('icon-image');
		expect(copy!.layout).toHaveProperty('text-field');
	});

	it('makes a valid style with the embedded one: the copies on top, their data in the view given', () => {
		const primed = primedStyle(style, [40, 30, 50, 36]);
		expect(validateStyleMin(primed)).toEqual([]);
		expect(primed.layers).toEqual([...style.layers, ...copies]);
		expect(primed.sources[PRIMER_SOURCE]).toEqual({ type: 'geojson', data });
		expect(Object.keys(primed.sources)).toEqual([...Object.keys(style.sources), PRIMER_SOURCE]);
	});
});

describe('primerData', () => {
	it('puts a point, a line and an area in the view it is given', () => {
		expect(data.features.map((f) => f.geometry.type)).toEqual(['Point', 'LineString', 'Polygon']);
		for (const [lng = NaN, lat = NaN] of coordAll(data)) expect(lng >= 40 && lng <= 50 && lat >= 30 && lat <= 36).toBe(true);
	});
});

/// <reference types="node" />
/** Integrity of every story's map data, built in memory from its folder and the committed sources. */
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import * as turf from '@turf/turf';
import { feature } from 'topojson-client';
import type { GeometryCollection } from 'topojson-specification';
import type { MultiPolygon, Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { loadStory, readSite } from '../src/lib/content/load';
import { maxLongitudeJump } from '../src/lib/geo/antimeridian';
import { countryFeatures, countryLookup } from './lib/countries';
import { buildStoryGeo, type BuildOutputs } from './lib/pipeline';
import { CONTENT_DIR, loadSharedSources } from './lib/sources';

const shared = loadSharedSources();
const { site } = readSite(CONTENT_DIR);
const gz = (x: unknown) => gzipSync(JSON.stringify(x), { level: 9 }).length;

describe.each(site!.stories)('the map data of “%s”', (id) => {
	const { content, where } = loadStory(join(CONTENT_DIR, id), id);
	const out: BuildOutputs = buildStoryGeo(content, where, shared);
	const countryAt = countryLookup(countryFeatures(shared.topo10, content.map.renames));

	it('has every place of the folder once, with a valid geometry of its kind', () => {
		expect(out.places.features.map((f) => f.id)).toEqual(content.places.features.map((f) => f.id));
		for (const f of out.places.features) {
			expect(turf.booleanValid(f), `${f.id} geometry valid`).toBe(true);
			const t = f.geometry.type;
			if (f.properties.kind === 'line') expect(['LineString', 'MultiLineString'], String(f.id)).toContain(t);
			else if (f.properties.kind === 'area' || f.properties.drawn_as === 'circle')
				expect(['Polygon', 'MultiPolygon'], String(f.id)).toContain(t);
			else expect(t, String(f.id)).toBe('Point');
		}
	});

	it('puts each place’s label point in the country it is expected in', () => {
		for (const m of out.meta.places) {
			const expected = content.places.features.find((f) => f.id === m.id)!.properties.expected_country;
			expect(countryAt(m.lngLat), m.id).toBe(expected);
			expect(m.country, m.id).toBe(expected);
		}
	});

	it('says how sure each position is: exact ones sourced, approximate ones with a radius or an outline and a note', () => {
		for (const m of out.meta.places) {
			if (m.certainty === 'exact') expect(m.sources.length, m.id).toBeGreaterThan(0);
			if (m.radius_m !== undefined) expect(m.certainty, m.id).toBe('approximate');
			if (m.certainty === 'approximate') expect(m.certainty_note.length, m.id).toBeGreaterThan(20);
		}
	});

	it('matches its geo-meta: same ids, names, certainty, and the box of the drawn geometry, with the label point on it', () => {
		expect(out.meta.places.map((p) => p.id)).toEqual(out.places.features.map((f) => f.id));
		for (const f of out.places.features) {
			const m = out.meta.places.find((p) => p.id === f.id)!;
			expect(m.name).toBe(f.properties.name);
			expect(m.certainty).toBe(f.properties.certainty);
			expect(m.radius_m).toBe(f.properties.radius_m);
			turf.bbox(f).forEach((v, i) => expect(m.bbox[i]).toBeCloseTo(v, 5));
			const [w, s, e, n] = m.bbox;
			expect(m.lngLat[0] >= w - 1e-6 && m.lngLat[0] <= e + 1e-6 && m.lngLat[1] >= s - 1e-6 && m.lngLat[1] <= n + 1e-6, m.id).toBe(true);
		}
	});

	it('computes every figure it declares, with text and method', () => {
		expect(Object.keys(out.meta.figures)).toEqual(content.figures.map((f) => f.id));
		for (const [fid, f] of Object.entries(out.meta.figures)) {
			expect(f.text, fid).toMatch(/^about /);
			expect(f.method.length, fid).toBeGreaterThan(20);
			expect(f.method, fid).not.toMatch(/\{\w+\}/);
		}
	});

	it('draws each route it gives, of its kind', () => {
		const kinds = Object.fromEntries(out.routes.features.map((r) => [r.id, [r.properties!.kind, r.properties!.via]]));
		expect(kinds).toEqual(Object.fromEntries((content.routes?.routes ?? []).map((r) => [r.id, [r.kind, r.drawnThrough]])));
	});

	it('cuts the world at the antimeridian, names its seas and draws its disputed boundaries apart', () => {
		const countries = feature(out.world, out.world.objects.countries as GeometryCollection<{ name: string }>).features;
		for (const c of countries) {
			if (!c.geometry) continue;
			const g = c.geometry as Polygon | MultiPolygon;
			expect(maxLongitudeJump(g.type === 'Polygon' ? g.coordinates : g.coordinates), c.properties.name).toBeLessThanOrEqual(180);
		}
		const o = out.world.objects;
		expect(Object.keys(o).sort()).toEqual(['boundaries', 'countries', 'disputed', 'labels']);
		const labels = feature(out.world, o.labels as GeometryCollection<{ name: string }>).features.map((l) => l.properties.name);
		for (const sea of content.map.seas) expect(labels).toContain(sea.name);
		const disputed = new Set((o.disputed as { arcs: number[][] }).arcs.flat().map((a) => (a < 0 ? ~a : a)));
		const plain = (o.boundaries as { arcs: number[][] }).arcs.flat().map((a) => (a < 0 ? ~a : a));
		expect(disputed.size > 0, 'disputed arcs').toBe(content.map.disputed.length > 0);
		expect(plain.some((a) => disputed.has(a))).toBe(false);
	});

	it('keeps the world within 70 KB gzipped and each theatre within 60 KB, with every layer', () => {
		expect(gz(out.world)).toBeLessThanOrEqual(70_000);
		for (const [tid, t] of Object.entries(out.theatres)) {
			expect(Object.keys(t.objects).sort(), tid).toEqual([
				'admin1',
				'boundaries',
				'countries',
				'disputed',
				'labels',
				'lakes',
				'rivers',
				'runways'
			]);
			expect(gz(t), tid).toBeLessThanOrEqual(60_000);
		}
	});

	it('gives each theatre towns, none named twice, and rivers and many towns where its context is extracted', () => {
		for (const [tid, topo] of Object.entries(out.theatres)) {
			const extracted = Boolean(content.map.theatres.find((t) => t.id === tid)!.extract);
			const labels = feature(topo, topo.objects.labels as GeometryCollection<Record<string, unknown>>).features;
			const towns = labels.filter((f) => f.properties?.kind === 'town');
			expect(towns.filter((t) => !t.properties?.place).length, `${tid} towns`).toBeGreaterThanOrEqual(extracted ? 8 : 2);
			if (extracted) expect(feature(topo, topo.objects.rivers as GeometryCollection).features.length, `${tid} rivers`).toBeGreaterThan(0);
			const names = towns.map((t) => t.properties?.name);
			expect(new Set(names).size, tid).toBe(names.length);
		}
	});

	it('is deterministic', () => {
		expect(JSON.stringify(buildStoryGeo(content, where, shared).meta)).toBe(JSON.stringify(out.meta));
	}, 60_000);
});

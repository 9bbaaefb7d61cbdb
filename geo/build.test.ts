/// <reference types="node" />
/** Integrity of the built map data, built in memory from the committed sources. */
import { beforeAll, describe, expect, it } from 'vitest';
import { gzipSync } from 'node:zlib';
import * as turf from '@turf/turf';
import { feature } from 'topojson-client';
import type { GeometryCollection } from 'topojson-specification';
import type { Feature, Polygon, MultiPolygon, Position } from 'geojson';
import { buildAll, type BuildOutputs } from './lib/pipeline';
import { countryFeatures, countryLookup, loadWorldAtlas } from './lib/countries';
import { maxLongitudeJump } from '../src/lib/geo/antimeridian';

let out: BuildOutputs;
let countryAt: (p: Position) => string | null;
beforeAll(() => {
	out = buildAll();
	countryAt = countryLookup(countryFeatures(loadWorldAtlas('10m')));
}, 60_000);

const REQUIRED_PLACES = [
	'baku', 'dragash', 'prizren', 'kabul', 'hkia', 'kabul-tv-tower', 'ramadi', 'haditha-dam', 'lake-qadisiya', 'juba', 'torit', 'malakal',
	'kuajok', 'bor', 'bentiu', 'doghan-base', 'uthil', 'pul-e-charkhi-depot', 'hkia-northern-section', 'hkia-eastern-section', 'dragash-aor',
	'kabul-jalalabad-highway', 'hit-haditha-corridor'
];
const EXPECTED_COUNTRY: Record<string, string> = { baku: 'Azerbaijan', dragash: 'Kosovo', prizren: 'Kosovo', 'dragash-aor': 'Kosovo', 'lake-qadisiya': 'Iraq' };
const REQUIRED_FIGURES = [
	'prizren-dragash-km', 'prizren-dragash-bearing', 'aor-border-mk-km', 'aor-border-al-km', 'aor-area-km2', 'dragash-municipality-area-km2',
	'baku-prizren-km', 'baku-hkia-km', 'baku-haditha-dam-km', 'baku-juba-km', 'kabul-jalalabad-km', 'haditha-dam-town-km', 'kabul-hkia-km', 'juba-malakal-km'
];
const gz = (x: unknown) => gzipSync(JSON.stringify(x), { level: 9 }).length;

describe('places', () => {
	it('has exactly the story places, with unique ids', () => {
		const ids = out.places.features.map((f) => f.id);
		expect([...ids].sort()).toEqual([...REQUIRED_PLACES].sort());
	});

	it('has valid geometries of the declared kind', () => {
		for (const f of out.places.features) {
			expect(turf.booleanValid(f), `${f.id} geometry valid`).toBe(true);
			const t = f.geometry.type;
			const circle = f.properties.radius_m !== undefined;
			if (f.properties.kind === 'line') expect(t, String(f.id)).toBe('LineString');
			else if (f.properties.kind === 'area' || circle) expect(['Polygon', 'MultiPolygon'], String(f.id)).toContain(t);
			else expect(t, String(f.id)).toBe('Point');
		}
	});

	it('puts each place in its expected country', () => {
		for (const m of out.meta.places) {
			const expected = EXPECTED_COUNTRY[m.id] ?? (m.lngLat[0] > 60 ? 'Afghanistan' : m.lngLat[1] < 15 ? 'South Sudan' : 'Iraq');
			expect(countryAt(m.lngLat), m.id).toBe(expected);
			expect(m.country, m.id).toBe(expected);
		}
	});

	it('says how each place is drawn', () => {
		const drawn = (id: string) => out.meta.places.find((p) => p.id === id)!.drawn_as;
		expect(['baku', 'doghan-base', 'haditha-dam', 'dragash-aor', 'kabul-jalalabad-highway'].map(drawn)).toEqual([
			'point',
			'circle',
			'circle',
			'outline',
			'line'
		]);
	});

	it('keeps circles inside their country', () => {
		// Circles drawn around a point; other approximate shapes carry radius_m as their uncertainty only.
		for (const f of out.places.features.filter((f) => f.properties.radius_m && f.properties.kind !== 'line' && f.id !== 'dragash-aor')) {
			for (const p of turf.coordAll(f)) expect(countryAt(p), String(f.id)).toBe(f.properties.country);
		}
	});

	it('marks every unpublished position approximate, with a radius and a note', () => {
		for (const id of ['doghan-base', 'uthil', 'pul-e-charkhi-depot', 'hkia-northern-section', 'hkia-eastern-section', 'dragash-aor', 'haditha-dam', 'kabul-jalalabad-highway', 'hit-haditha-corridor']) {
			const m = out.meta.places.find((p) => p.id === id)!;
			expect(m.certainty, id).toBe('approximate');
			expect(m.radius_m, id).toBeGreaterThan(0);
			expect(m.certainty_note.length, id).toBeGreaterThan(20);
		}
		for (const m of out.meta.places) {
			if (m.certainty === 'exact') expect(m.sources.length, m.id).toBeGreaterThan(0);
			if (m.radius_m !== undefined) expect(m.certainty, m.id).toBe('approximate');
		}
		expect(out.meta.places.find((p) => p.id === 'doghan-base')!.certainty_note).toMatch(/not published/);
		expect(out.meta.places.find((p) => p.id === 'kabul-jalalabad-highway')!.certainty_note).toMatch(/Not traced along the road/);
	});

	it('matches geo-meta: same ids, names, certainty, and bbox of the drawn geometry', () => {
		expect(out.meta.places.map((p) => p.id)).toEqual(out.places.features.map((f) => f.id));
		for (const f of out.places.features) {
			const m = out.meta.places.find((p) => p.id === f.id)!;
			expect(m.name).toBe(f.properties.name);
			expect(m.certainty).toBe(f.properties.certainty);
			expect(m.radius_m).toBe(f.properties.radius_m);
			turf.bbox(f).forEach((v, i) => expect(m.bbox[i]).toBeCloseTo(v, 5));
			const [w, s, e, n] = m.bbox;
			// The label point sits on the drawn geometry's box.
			expect(m.lngLat[0] >= w - 1e-6 && m.lngLat[0] <= e + 1e-6 && m.lngLat[1] >= s - 1e-6 && m.lngLat[1] <= n + 1e-6, m.id).toBe(true);
		}
	});

	it('draws circles with their stated radius', () => {
		const dam = out.places.features.find((f) => f.id === 'haditha-dam')! as Feature<Polygon>;
		const edge = dam.geometry.coordinates[0]![0]!;
		expect(turf.distance([42.36, 34.205], edge)).toBeCloseTo(1, 2);
	});

	it('builds the AoR inside Dragaš municipality, south-west of the town', () => {
		const aor = out.places.features.find((f) => f.id === 'dragash-aor')! as Feature<Polygon | MultiPolygon>;
		const area = turf.area(aor) / 1e6;
		expect(area).toBeGreaterThan(20);
		expect(area).toBeLessThan(out.meta.figures['dragash-municipality-area-km2']!.value);
		const b = turf.bearing([20.6528, 42.0611], turf.centroid(aor));
		expect(b < -90 || b > 150, `bearing ${b}`).toBe(true); // south to south-west of Dragash town
	});
});

describe('figures', () => {
	const f = (id: string) => out.meta.figures[id]!;

	it('exist for every placeholder the story uses, with text and method', () => {
		for (const id of REQUIRED_FIGURES) {
			expect(f(id), id).toBeDefined();
			expect(f(id).text, id).toMatch(/^about /);
			expect(f(id).method.length, id).toBeGreaterThan(20);
		}
	});

	it('Prizren-Dragash: straight line about 18 km, bearing about 200° (the report\'s 35 km is by road)', () => {
		expect(f('prizren-dragash-km').value).toBeGreaterThan(17);
		expect(f('prizren-dragash-km').value).toBeLessThan(19.5);
		expect(f('prizren-dragash-bearing').value).toBeGreaterThan(195);
		expect(f('prizren-dragash-bearing').value).toBeLessThan(210);
	});

	it('AoR borders within ±1.5 km of the report\'s 14 km and 7 km', () => {
		expect(Math.abs(f('aor-border-mk-km').value - 14)).toBeLessThanOrEqual(1.5);
		expect(Math.abs(f('aor-border-al-km').value - 7)).toBeLessThanOrEqual(1.5);
	});

	it('Dragaš municipality about 440 km² (Natural Earth)', () => {
		expect(Math.abs(f('dragash-municipality-area-km2').value - 440)).toBeLessThan(15);
	});

	it.each([
		['baku-prizren-km', 2430],
		['baku-hkia-km', 1820],
		['baku-haditha-dam-km', 960],
		['baku-juba-km', 4355]
	])('%s within 3%% of GEO.md (%d km)', (id, km) => {
		expect(Math.abs(f(id).value - km) / km).toBeLessThan(0.03);
	});

	it('local distances are plausible', () => {
		expect(f('haditha-dam-town-km').value).toBeGreaterThan(5);
		expect(f('haditha-dam-town-km').value).toBeLessThan(9);
		expect(f('kabul-jalalabad-km').value).toBeLessThan(150); // straight line shorter than the ~150 km road
		expect(f('kabul-hkia-km').value).toBeLessThan(8);
		expect(Math.abs(f('juba-malakal-km').value - 523)).toBeLessThan(10);
	});
});

describe('routes', () => {
	it('has one route per theatre: through Kuwait for Iraq, the one transit the report states, direct elsewhere', () => {
		const kind = Object.fromEntries(out.routes.features.map((r) => [r.id, [r.properties!.kind, r.properties!.via]]));
		expect(kind).toEqual({
			'route-kosovo': ['direct', null],
			'route-afghanistan': ['direct', null],
			'route-iraq': ['stated-transit', 'Kuwait City'],
			'route-south-sudan': ['direct', null]
		});
		// Direct lines are the great-circle distances of GEO.md, not a detour through Ankara (about 4,700 km to Kabul).
		const km = (id: string) => out.routes.features.find((r) => r.id === id)!.properties!.km as number;
		expect(Math.abs(km('route-south-sudan') - 4355) / 4355).toBeLessThan(0.03);
		expect(Math.abs(km('route-afghanistan') - 1820) / 1820).toBeLessThan(0.03);
		expect(Math.abs(km('route-kosovo') - 2430) / 2430).toBeLessThan(0.03);
	});
});

describe('basemaps', () => {
	const countriesOf = (t: BuildOutputs['world']) => feature(t, t.objects.countries as GeometryCollection<{ name: string }>).features;

	it('world: no ring jumps more than 180° in longitude (antimeridian fixed)', () => {
		for (const c of countriesOf(out.world)) {
			if (!c.geometry) continue;
			const g = c.geometry as Polygon | MultiPolygon;
			const jump = maxLongitudeJump(g.type === 'Polygon' ? g.coordinates : g.coordinates);
			expect(jump, c.properties.name).toBeLessThanOrEqual(180);
		}
	});

	it('world: Kosovo is its own polygon and its boundary is only in `disputed`', () => {
		const names = countriesOf(out.world).map((c) => c.properties.name);
		expect(names).toContain('Kosovo');
		expect(names).toContain('North Macedonia');
		const o = out.world.objects;
		expect(Object.keys(o).sort()).toEqual(['boundaries', 'countries', 'disputed', 'labels']);
		const disputed = new Set((o.disputed as any).arcs.flat().map((a: number) => (a < 0 ? ~a : a)));
		const plain = (o.boundaries as any).arcs.flat().map((a: number) => (a < 0 ? ~a : a));
		expect(disputed.size).toBeGreaterThan(0);
		expect(plain.some((a: number) => disputed.has(a))).toBe(false);
	});

	it('world: labels include the seas', () => {
		const labels = feature(out.world, out.world.objects.labels as GeometryCollection<{ name: string; rank: number }>).features.map((l) => l.properties.name);
		for (const sea of ['Caspian Sea', 'Black Sea', 'Mediterranean Sea', 'Persian Gulf', 'Red Sea', 'Arabian Sea']) expect(labels).toContain(sea);
	});

	it('theatres have every object and stay within budget; the world within 70 KB gzipped', () => {
		expect(gz(out.world)).toBeLessThanOrEqual(70_000);
		for (const [id, t] of Object.entries(out.theatres)) {
			expect(Object.keys(t.objects).sort(), id).toEqual(['admin1', 'boundaries', 'countries', 'disputed', 'labels', 'lakes', 'rivers', 'runways']);
			expect(gz(t), id).toBeLessThanOrEqual(60_000);
		}
		expect((out.theatres.kosovo.objects.disputed as any).arcs.length).toBeGreaterThan(0);
		const iraqLabels = feature(out.theatres.iraq, out.theatres.iraq.objects.labels as GeometryCollection<{ name: string }>).features.map((l) => l.properties.name);
		expect(iraqLabels).toEqual(expect.arrayContaining(['Al Anbar', 'Euphrates', 'Haditha', 'Hit']));
	});

	it('is deterministic', () => {
		expect(JSON.stringify(buildAll().meta)).toBe(JSON.stringify(out.meta));
	}, 60_000);
});

describe('symbols and context', () => {
	const meta = (id: string) => out.meta.places.find((p) => p.id === id)!;

	it('puts an approximate circle’s marker on top of its outline, never on the exact place it is centred on', () => {
		for (const id of ['doghan-base', 'uthil', 'pul-e-charkhi-depot', 'hkia-northern-section']) {
			const p = meta(id);
			expect(p.anchor[0]).toBeCloseTo(p.lngLat[0], 6);
			// North of the centre by the radius.
			expect(turf.distance(p.lngLat, p.anchor) * 1000).toBeCloseTo(p.radius_m!, -1);
		}
		expect(meta('doghan-base').anchor).not.toEqual(meta('kabul').anchor);
		expect(meta('kabul').anchor).toEqual(meta('kabul').lngLat);
	});

	it('labels the Doghan base and Uthil, drawn as one circle, as one area', () => {
		expect(meta('doghan-base').group).toBe('positions not published');
		expect(meta('uthil').group).toBe(meta('doghan-base').group);
		expect(meta('uthil').anchor).toEqual(meta('doghan-base').anchor);
	});

	it('draws Lake Qadisiya as water, an approximate outline along the Euphrates upstream of the dam', () => {
		const lake = out.places.features.find((f) => f.id === 'lake-qadisiya')!;
		expect(lake.geometry.type).toBe('Polygon');
		expect(lake.properties.water).toBe(true);
		expect(lake.properties.certainty).toBe('approximate');
		const km2 = turf.area(lake) / 1e6;
		expect(km2).toBeGreaterThan(150);
		expect(km2).toBeLessThan(600);
		expect(turf.booleanPointInPolygon(meta('lake-qadisiya').lngLat, lake as Feature<Polygon>)).toBe(true);
	});

	it('gives each theatre rivers, towns near the story’s places, and the airport’s runway at Kabul', () => {
		for (const [id, topo] of Object.entries(out.theatres)) {
			const labels = feature(topo, topo.objects.labels as GeometryCollection<Record<string, unknown>>).features;
			const towns = labels.filter((f) => f.properties?.kind === 'town' && !f.properties?.place);
			expect(towns.length, `${id} towns`).toBeGreaterThanOrEqual(8);
			const rivers = feature(topo, topo.objects.rivers as GeometryCollection).features;
			expect(rivers.length, `${id} rivers`).toBeGreaterThan(0);
		}
		const kabul = out.theatres.afghanistan;
		const runways = feature(kabul, kabul.objects.runways as GeometryCollection).features;
		expect(runways).toHaveLength(1);
	});

	it('names no town twice, and none within a few kilometres of a hand-placed one', () => {
		for (const [id, topo] of Object.entries(out.theatres)) {
			const towns = feature(topo, topo.objects.labels as GeometryCollection<Record<string, unknown>>).features.filter((f) => f.properties?.kind === 'town');
			const names = towns.map((t) => t.properties?.name);
			expect(new Set(names).size, id).toBe(names.length);
		}
	});
});

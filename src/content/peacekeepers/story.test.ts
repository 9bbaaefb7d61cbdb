/// <reference types="node" />
/**
 * What is particular to this story, checked against its source (the report, story.yaml
 * `sourceText`) and its map data: the checks every story passes are in ../stories.test.ts.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import * as turf from '@turf/turf';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import { loadStory } from '$lib/content/load';
import { statesNumber } from '$lib/content/validate';
import { buildStoryGeo, type BuildOutputs } from '../../../geo/lib/pipeline';
import { loadSharedSources } from '../../../geo/lib/sources';
import { countryFeatures, countryLookup } from '../../../geo/lib/countries';
import { stories } from '$lib/story/stories';

const DIR = import.meta.dirname;
const { content, where } = loadStory(DIR, 'peacekeepers');
const story = stories.find((s) => s.story.id === 'peacekeepers')!.story;
const REPORT = resolve(DIR, content.meta.sourceText!);
const hasReport = existsSync(REPORT);
const normalise = (s: string) => s.replace(/[“”"]/g, '"').replace(/[‘’']/g, "'").replace(/\*/g, '').replace(/\s+/g, ' ');
const raw = hasReport ? readFileSync(REPORT, 'utf8') : '';
const report = normalise(raw);
/** The report's running text without its footnote lines, which would otherwise sit between a date and a name. */
const body = raw
	.split('\n')
	.filter((l) => !/^\s*(\d+|[⁰¹²³⁴⁵⁶⁷⁸⁹]+)\s/.test(l))
	.join('\n');

describe.skipIf(!hasReport)('the story against the report', () => {
	it('names the report as its title page does, and gives it no invented address', () => {
		expect(raw).toContain(content.meta.sourceDocument.title.toUpperCase());
		for (const p of content.meta.sourceDocument.publishers) expect(raw).toContain(p.name);
		expect(content.meta.sourceDocument.url).toBeNull();
	});

	it('marks the quotations that reached the report through Azerbaijani, George Bush’s letter among them', () => {
		const via = content.chapters.flatMap((c) => (c.quotes ?? []).filter((q) => q.via).map((q) => q.speaker));
		expect(via).toContain('George Bush');
		expect(content.sources.filter((s) => s.language === 'az').length).toBeGreaterThan(10);
	});

	it('records no Azerbaijani peacekeeper killed on a mission, as the legacy chapter says', () => {
		// Every passage of the report's running text that records deaths, by the words before
		// them. If the report held another, “The report records no Azerbaijani peacekeeper killed
		// …” would need a new look.
		const deaths = [...body.matchAll(/([^.]{0,60})\b(killed|lost their lives|died|death toll|losses)\b/gi)].map((m) => m[0].trim());
		expect(deaths).toEqual([
			'¹⁸ At the same time, more than 4,400 peacekeepers have died', // UN peacekeepers since 1948
			'During this operation, more than 200 peacekeepers have lost their lives', // KFOR, all nations
			'At least 40 people were killed', // the Intercontinental Hotel, Kabul, 2018
			'United States and coalition forces suffered more than 3,500 losses',
			'port (NKIA) Force Protection Group battalion, and was later killed', // Huseynov, in the 44-day war
			'The Telegraph, "Kabul hotel attack death toll' // the bibliography
		]);
		const legacy = content.chapters
			.find((c) => c.id === 'legacy')!
			.paragraphs.map((p) => p.text)
			.join(' ');
		expect(legacy).toContain('The report records no Azerbaijani peacekeeper killed on any of the five missions');
		expect(legacy).toContain('Major Rahim Huseynov');
	});

	it('says where in the report each reading of a note on the sources stands', () => {
		const wrong = content.sourceNotes.flatMap((n) =>
			n.variants
				.filter((v) => !/^(Foreword|Chapter \d|List of Abbreviations|the introduction after the Foreword)/.test(v.where))
				.map((v) => `${n.id}: “${v.where}”`)
		);
		expect(wrong).toEqual([]);
	});
});

/** How the report names each place that has dates (its spellings and the names it uses). */
const REPORT_NAMES: Record<string, string[]> = {
	dragash: ['Dragash'],
	'dragash-aor': ['Dragash'],
	prizren: ['Prizren'],
	kabul: ['Kabul'],
	hkia: ['HKIA', 'HKAI', 'Hamid Karzai International Airport', 'Kabul International Airport', 'Kabul airport', 'Kabul Airport', 'NKIA'],
	'hkia-northern-section': ['northern and eastern sections', 'northern terminal'],
	'hkia-eastern-section': ['northern and eastern sections'],
	'doghan-base': ['Doghan', 'Dohan', 'Dohyan', 'Daghan'],
	uthil: ['Uthil'],
	'kabul-tv-tower': ['television tower'],
	'pul-e-charkhi-depot': ['Charkhi'],
	'kabul-jalalabad-highway': ['Kabul–Jalalabad'],
	ramadi: ['Ramadi'],
	'haditha-dam': ['Haditha'],
	'lake-qadisiya': ['Qadisiya'],
	'hit-haditha-corridor': ['Hit–Haditha'],
	juba: ['Juba'],
	torit: ['Torit'],
	malakal: ['Malakal'],
	kuajok: ['Kuajok'],
	bor: ['Bor'],
	bentiu: ['Bentiu'],
	baku: ['Baku']
};
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
/** A paragraph of the report, give or take: a date counts as given near a name within this many characters. */
const NEAR = 600;
const positions = (text: string, re: RegExp) => [...text.matchAll(re)].map((m) => m.index!);
/** The report's ways of writing a date the story gives as "April 2008", "January 2015" or "2019". */
function dateInReport(token: string): RegExp {
	const [a, b] = token.split(' ');
	if (!b) return new RegExp(`\\b${a}\\b`, 'g');
	return new RegExp(`\\b${a}( \\d{1,2},)? ${b}\\b`, 'g');
}

describe.skipIf(!hasReport)('dates on places', () => {
	it('are given by the report near the place’s name, or the place has none', () => {
		const wrong: string[] = [];
		for (const s of content.placeStories.filter((x) => x.dates)) {
			const names = REPORT_NAMES[s.id];
			if (!names) {
				wrong.push(`${s.id}: no report names listed for a dated place`);
				continue;
			}
			const at = names.flatMap((n) => positions(body, new RegExp(n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'g')));
			if (at.length === 0) wrong.push(`${s.id}: the report never names it`);
			const tokens = [...s.dates!.matchAll(new RegExp(`(?:(${MONTHS.join('|')}) )?(\\d{4})`, 'g'))].map((m) => m[0]);
			if (tokens.length === 0) wrong.push(`${s.id}: “${s.dates}” holds no date`);
			for (const t of tokens) {
				const near = positions(body, dateInReport(t)).some((d) => at.some((n) => Math.abs(n - d) <= NEAR));
				if (!near) wrong.push(`${s.id}: ${t} is not given near ${names.join('/')}`);
			}
		}
		expect(wrong).toEqual([]);
	});

	it('sees a date the report does not give near a place (a check of the check)', () => {
		const at = positions(body, /Torit/g);
		expect(at.length).toBeGreaterThan(0);
		expect(positions(body, dateInReport('2013')).some((d) => at.some((n) => Math.abs(n - d) <= NEAR))).toBe(false);
		expect(positions(body, dateInReport('January 2019')).some((d) => at.some((n) => Math.abs(n - d) <= NEAR))).toBe(true);
	});
});

/** A date as the report writes it: “January 15, 2008” or “November 2002”. */
function reportDate(iso: string): string {
	const [y, m, d] = iso.split('-').map(Number);
	if (m === undefined) return String(y);
	return d === undefined ? `${MONTHS[m - 1]} ${y}` : `${MONTHS[m - 1]} ${d}, ${y}`;
}

describe.skipIf(!hasReport)('the timeline against the report', () => {
	const t = content.timeline!;
	const figures = [
		...t.operations.flatMap((o) => o.strengths.map((s) => ({ where: `${o.id} ${s.value}`, value: s.value, evidence: s.evidence }))),
		{ where: 'overlap', value: t.overlap!.value, evidence: t.overlap!.evidence }
	];

	it('draws every figure the report gives for the five contingents, and only those', () => {
		for (const f of figures) expect(statesNumber(report, f.value), f.where).toBe(true);
		expect(figures.map((f) => f.value)).toEqual([34, 22, 45, 90, 94, 151, 94, 120, 2, 279]);
	});

	it('dates every figure and operation as the report does', () => {
		const wrong: string[] = [];
		for (const o of t.operations) {
			const all = normalise([...o.dates.evidence, ...o.strengths.flatMap((s) => s.evidence)].join(' '));
			for (const iso of [o.start, o.end].filter((d): d is string => Boolean(d)))
				if (!all.includes(reportDate(iso))) wrong.push(`${o.id}: ${iso}`);
			for (const s of o.strengths) {
				const own = normalise(s.evidence.join(' '));
				for (const iso of [s.from, s.to].filter((d): d is string => Boolean(d)))
					if (!own.includes(reportDate(iso))) wrong.push(`${o.id} ${s.value}: ${iso}`);
			}
		}
		expect(wrong).toEqual([]);
	});
});

describe('routes', () => {
	it('draws a transit only where the report says the contingent travelled through a place: Kuwait, for Iraq', () => {
		expect(content.routes!.routes.map((r) => [r.id, r.kind, r.transit])).toEqual([
			['route-kosovo', 'direct', null],
			['route-afghanistan', 'direct', null],
			['route-iraq', 'stated-transit', 'Kuwait'],
			['route-south-sudan', 'direct', null]
		]);
	});

	it('shows a route in every mission chapter and all of them in the overviews', () => {
		const shown = Object.fromEntries([...story.scenes].map(([id, s]) => [id, s.routes]));
		expect(shown).toEqual({
			intro: ['route-kosovo', 'route-afghanistan', 'route-iraq', 'route-south-sudan'],
			founding: [],
			kosovo: ['route-kosovo'],
			isaf: ['route-afghanistan'],
			'resolute-support': ['route-afghanistan'],
			iraq: ['route-iraq'],
			unmiss: ['route-south-sudan'],
			legacy: ['route-kosovo', 'route-afghanistan', 'route-iraq', 'route-south-sudan']
		});
		expect(story.chapters.find((c) => c.id === 'founding')!.caption).not.toMatch(/route/);
	});
});

describe('the map data', () => {
	let out: BuildOutputs;
	beforeAll(() => {
		out = buildStoryGeo(content, where, loadSharedSources());
	}, 60_000);
	const meta = (id: string) => out.meta.places.find((p) => p.id === id)!;
	const f = (id: string) => out.meta.figures[id]!;

	it('says how each kind of place is drawn', () => {
		expect(['baku', 'doghan-base', 'haditha-dam', 'dragash-aor', 'kabul-jalalabad-highway'].map((id) => meta(id).drawn_as)).toEqual([
			'point',
			'circle',
			'circle',
			'outline',
			'line'
		]);
	});

	it('marks every unpublished position approximate, with a radius and a note', () => {
		for (const id of [
			'doghan-base',
			'uthil',
			'pul-e-charkhi-depot',
			'hkia-northern-section',
			'hkia-eastern-section',
			'dragash-aor',
			'haditha-dam',
			'kabul-jalalabad-highway',
			'hit-haditha-corridor'
		]) {
			expect(meta(id).certainty, id).toBe('approximate');
			expect(meta(id).radius_m, id).toBeGreaterThan(0);
		}
		expect(meta('doghan-base').certainty_note).toMatch(/not published/);
		expect(meta('kabul-jalalabad-highway').certainty_note).toMatch(/Not traced along the road/);
	});

	it('keeps each circle drawn around an estimated point inside its country', () => {
		const countryAt = countryLookup(countryFeatures(loadSharedSources().topo10, content.map.renames));
		for (const x of out.places.features.filter((x) => x.properties.drawn_as === 'circle')) {
			for (const p of turf.coordAll(x)) expect(countryAt(p), String(x.id)).toBe(x.properties.country);
		}
	});

	it('draws the dam’s circle with its stated radius', () => {
		const dam = out.places.features.find((x) => x.id === 'haditha-dam')! as Feature<Polygon>;
		expect(turf.distance([42.36, 34.205], dam.geometry.coordinates[0]![0]!)).toBeCloseTo(1, 2);
	});

	it('builds the area of responsibility inside Dragaš municipality, south-west of the town, fitted to the report’s 14 km and 7 km', () => {
		const aor = out.places.features.find((x) => x.id === 'dragash-aor')! as Feature<Polygon | MultiPolygon>;
		const area = turf.area(aor) / 1e6;
		expect(area).toBeGreaterThan(20);
		expect(area).toBeLessThan(f('dragash-municipality-area-km2').value);
		const b = turf.bearing([20.6528, 42.0611], turf.centroid(aor));
		expect(b < -90 || b > 150, `bearing ${b}`).toBe(true);
		expect(Math.abs(f('aor-border-mk-km').value - 14)).toBeLessThanOrEqual(1.5);
		expect(Math.abs(f('aor-border-al-km').value - 7)).toBeLessThanOrEqual(1.5);
		expect(Math.abs(f('dragash-municipality-area-km2').value - 440)).toBeLessThan(15);
	});

	it('measures distances that agree with GEO.md, and straight lines shorter than the roads', () => {
		for (const [id, km] of [
			['baku-prizren-km', 2430],
			['baku-hkia-km', 1820],
			['baku-haditha-dam-km', 960],
			['baku-juba-km', 4355]
		] as const)
			expect(Math.abs(f(id).value - km) / km, id).toBeLessThan(0.03);
		expect(f('prizren-dragash-km').value).toBeGreaterThan(17);
		expect(f('prizren-dragash-km').value).toBeLessThan(19.5);
		expect(f('prizren-dragash-bearing').value).toBeGreaterThan(195);
		expect(f('prizren-dragash-bearing').value).toBeLessThan(210);
		expect(f('haditha-dam-town-km').value).toBeGreaterThan(5);
		expect(f('haditha-dam-town-km').value).toBeLessThan(9);
		expect(f('kabul-jalalabad-km').value).toBeLessThan(150);
		expect(f('kabul-hkia-km').value).toBeLessThan(8);
		expect(Math.abs(f('juba-malakal-km').value - 523)).toBeLessThan(10);
	});

	it('draws the route to Afghanistan as the crow flies, not through Ankara (about 4,700 km)', () => {
		const km = (id: string) => out.routes.features.find((r) => r.id === id)!.properties!.km as number;
		expect(Math.abs(km('route-south-sudan') - 4355) / 4355).toBeLessThan(0.03);
		expect(Math.abs(km('route-afghanistan') - 1820) / 1820).toBeLessThan(0.03);
		expect(Math.abs(km('route-kosovo') - 2430) / 2430).toBeLessThan(0.03);
		expect(out.routes.features.find((r) => r.id === 'route-iraq')!.properties!.via).toBe('Kuwait City');
	});

	it('labels the Doghan base and Uthil, drawn as one circle, as one area, its marker on the outline', () => {
		expect(meta('doghan-base').group).toBe('positions not published');
		expect(meta('uthil').group).toBe(meta('doghan-base').group);
		expect(meta('uthil').anchor).toEqual(meta('doghan-base').anchor);
		expect(turf.distance(meta('doghan-base').lngLat, meta('doghan-base').anchor) * 1000).toBeCloseTo(meta('doghan-base').radius_m!, -1);
		expect(meta('doghan-base').anchor).not.toEqual(meta('kabul').anchor);
	});

	it('draws Lake Qadisiya as water, an approximate outline along the Euphrates upstream of the dam', () => {
		const lake = out.places.features.find((x) => x.id === 'lake-qadisiya')!;
		expect(lake.geometry.type).toBe('Polygon');
		expect(lake.properties.water).toBe(true);
		const km2 = turf.area(lake) / 1e6;
		expect(km2).toBeGreaterThan(150);
		expect(km2).toBeLessThan(600);
		expect(turf.booleanPointInPolygon(meta('lake-qadisiya').lngLat, lake as Feature<Polygon>)).toBe(true);
	});

	it('draws Kosovo’s boundary as disputed, and Kabul’s airport with its runway', () => {
		expect((out.theatres.kosovo!.objects.disputed as { arcs: unknown[] }).arcs.length).toBeGreaterThan(0);
		expect((out.theatres.afghanistan!.objects.runways as { geometries: unknown[] }).geometries).toHaveLength(1);
	});
});

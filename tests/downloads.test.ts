/**
 * The data downloads in the built site: linked from the page, served as static files, parse as
 * CSV (with a UTF-8 byte order mark, for Excel) and GeoJSON, agree with the geo build
 * (src/lib/generated/places.json) and the timeline, and give the same fields in both formats.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import * as turf from '@turf/turf';
import type { Feature, FeatureCollection, LineString, Polygon } from 'geojson';
import { stories, story } from './helpers/stories';

const timeline = story.timeline!;
const routeStories = story.routes!.routes;
import { expectClean, launch, openPage, type Watched } from './helpers/browser';

const baseURL = inject('baseURL');

/**
 * A small RFC 4180 reader, written here rather than shared with the code that writes the files,
 * so that a quoting mistake on one side is not mirrored on the other.
 */
function parseCsv(text: string): string[][] {
	const rows: string[][] = [];
	let row: string[] = [];
	let field = '';
	let quoted = false;
	for (let i = 0; i < text.length; i++) {
		const c = text[i]!;
		if (quoted) {
			if (c === '"' && text[i + 1] === '"') {
				field += '"';
				i++;
			} else if (c === '"') quoted = false;
			else field += c;
		} else if (c === '"' && field === '') quoted = true;
		else if (c === ',') {
			row.push(field);
			field = '';
		} else if (c === '\n' || c === '\r') {
			if (c === '\r' && text[i + 1] === '\n') i++;
			row.push(field);
			rows.push(row);
			row = [];
			field = '';
		} else field += c;
	}
	if (quoted) throw new Error('CSV ends inside a quoted field');
	if (field !== '' || row.length) {
		row.push(field);
		rows.push(row);
	}
	return rows;
}

/** The CSV as records keyed by its header; every row must have the header’s number of fields. */
function records(text: string): Record<string, string>[] {
	const [header, ...rows] = parseCsv(text);
	for (const [i, r] of rows.entries()) expect(r.length, `row ${i + 2}`).toBe(header!.length);
	return rows.map((r) => Object.fromEntries(header!.map((h, i) => [h, r[i]!])));
}

/** A download as served: its bytes, and its text decoded as UTF-8 (a byte order mark dropped, as readers do). */
async function get(path: string): Promise<{ status: number; type: string; text: string; bytes: Uint8Array }> {
	const res = await fetch(new URL(path, `${baseURL}/`));
	const bytes = new Uint8Array(await res.arrayBuffer());
	return { status: res.status, type: res.headers.get('content-type') ?? '', text: new TextDecoder().decode(bytes), bytes };
}

const BOM = [0xef, 0xbb, 0xbf];

let browser: Browser;
let w: Watched;
/** The story page as served, without JavaScript: the links and the table as the HTML has them. */
let page: Page;

beforeAll(async () => {
	browser = await launch();
	w = await openPage(browser, { javaScriptEnabled: false });
	page = w.page;
	await page.goto(`${baseURL}/`);
});

afterAll(async () => {
	await browser?.close();
});

const geo = stories[0]!.placeShapes as FeatureCollection;
const byId = new Map(geo.features.map((f) => [String(f.id), f]));

describe('the “Get the data” section', () => {
	it('links every download, near the sources, and each link resolves', async () => {
		expect(await page.textContent('section#data h2')).toBe('Get the data');
		expect(await page.$eval('section#data', (el) => el.previousElementSibling?.id)).toBe('sources');
		const hrefs = await page.$$eval('section#data a', (as) => as.map((a) => a.getAttribute('href')!));
		expect(hrefs.map((h) => h.split('/').pop())).toEqual(['places.geojson', 'places.csv', 'routes.geojson', 'timeline.csv']);
		for (const h of hrefs) expect((await get(h)).status, h).toBe(200);
	});

	it('reports a followed link as the `download` analytics event, with the file’s name', async () => {
		const js = await openPage(browser);
		await js.page.goto(`${baseURL}/#data`);
		const heard = js.page.evaluate(
			() =>
				new Promise<unknown>((resolve) =>
					addEventListener('peacekeeping:download', (e) => resolve((e as CustomEvent).detail), { once: true })
				)
		);
		const download = js.page.waitForEvent('download');
		await js.page.click('#data a[href$="places.csv"]');
		expect(await heard).toEqual({ file: 'places.csv' });
		expect((await download).suggestedFilename()).toBe('places.csv');
		expectClean(js);
		await js.context.close();
	});
});

describe('places.csv', async () => {
	const res = await get('/data/places.csv');
	const rows = records(res.text);

	it('is served as CSV with a row for every place and area in the geo data, in the same order', () => {
		expect(res.status).toBe(200);
		expect(res.type).toMatch(/text\/csv/);
		// Excel on Windows reads it as UTF-8 only with the mark: “Türkiye”, “–” and “’” stay whole.
		expect([...res.bytes.subarray(0, 3)]).toEqual(BOM);
		expect(Object.keys(rows[0]!)[0]).toBe('id');
		expect(res.text).toContain('–');
		expect(rows.map((r) => r.id)).toEqual(geo.features.map((f) => String(f.id)));
	});

	it('agrees with places.geojson on names, certainty, radius, country and coordinate sources', () => {
		for (const r of rows) {
			const p = byId.get(r.id!)!.properties!;
			expect(
				{
					name: r.name,
					kind: r.kind,
					drawn_as: r.drawn_as,
					certainty: r.certainty,
					radius_m: r.radius_m,
					country: r.country,
					note: r.certainty_note,
					sources: r.coordinate_sources
				},
				r.id
			).toEqual({
				name: p.name,
				kind: p.kind,
				drawn_as: p.drawn_as,
				certainty: p.certainty,
				radius_m: p.radius_m === undefined ? '' : String(p.radius_m),
				country: p.country,
				note: p.certainty_note,
				sources: (p.sources as string[]).join('; ')
			});
			// Approximate positions always say how approximate.
			if (r.certainty === 'approximate') expect(Number(r.radius_m), r.id).toBeGreaterThan(0);
		}
	});

	it('gives points their coordinates and areas a point inside them', () => {
		for (const r of rows) {
			const f = byId.get(r.id!)! as Feature;
			const at: [number, number] = [Number(r.longitude), Number(r.latitude)];
			if (f.geometry.type === 'Point') expect(at, r.id).toEqual(f.geometry.coordinates);
			else if (f.geometry.type === 'Polygon') expect(turf.booleanPointInPolygon(at, f as Feature<Polygon>), r.id).toBe(true);
			else if (f.geometry.type === 'LineString') expect(turf.pointToLineDistance(at, f as Feature<LineString>), r.id).toBeLessThan(1);
			else throw new Error(`${r.id}: unexpected geometry ${f.geometry.type}`);
		}
	});

	it('dates a place only as the story does, and leaves the rest empty', () => {
		for (const r of rows) expect(r.dates, r.id).toBe(story.places.get(r.id!)!.story.dates ?? '');
		// The report lists the South Sudan sectors without dates, and dates no Kabul site but the base.
		for (const id of ['torit', 'malakal', 'kuajok', 'bor', 'bentiu', 'uthil', 'kabul-tv-tower', 'pul-e-charkhi-depot']) {
			expect(rows.find((r) => r.id === id)!.dates, id).toBe('');
		}
	});

	it('names the chapters and the report’s sources of each place', () => {
		for (const r of rows) {
			const place = story.places.get(r.id!)!;
			expect(r.chapters!.split('; '), r.id).toEqual(place.chapters);
			expect(r.report_sources, r.id).toMatch(/^Report/);
		}
	});
});

describe('timeline.csv', async () => {
	const res = await get('/data/timeline.csv');
	const rows = records(res.text);

	it('has a row per figure the chart draws, with its dates and footnotes', () => {
		expect(res.status).toBe(200);
		expect(res.type).toMatch(/text\/csv/);
		expect([...res.bytes.subarray(0, 3)]).toEqual(BOM);
		const figures = rows.filter((r) => r.kind === 'stated').map((r) => [r.operation, r.from, Number(r.personnel)]);
		expect(figures).toEqual(timeline.operations.flatMap((o) => o.strengths.map((s) => [o.id, s.from, s.value])));
		const overlap = rows.filter((r) => r.kind === 'overlap');
		expect(overlap.map((r) => [r.from, r.to, Number(r.personnel), r.source_ids])).toEqual([
			[timeline.overlap!.from, timeline.overlap!.to, timeline.overlap!.value, timeline.overlap!.cite.join('; ')]
		]);
		for (const r of rows) for (const id of r.source_ids!.split('; ')) expect(story.sources.has(id), `${r.operation}: ${id}`).toBe(true);
	});

	it('leaves the personnel empty where the report states none', () => {
		const unstated = rows.filter((r) => r.kind === 'unstated');
		expect(unstated.map((r) => [r.operation, r.from, r.to, r.personnel])).toEqual([['kfor', '2008-04-01', '2008-04-15', '']]);
	});

	it('agrees with the table under the chart', async () => {
		const table = await page.$$eval('#legacy .timeline__table tbody tr', (trs) =>
			trs.map((tr) => [tr.getAttribute('data-operation'), tr.querySelector('td.num')!.textContent])
		);
		expect(table).toEqual(rows.map((r) => [r.operation, r.personnel || 'not stated']));
	});
});

describe('places.geojson', async () => {
	const res = await get('/data/places.geojson');
	const fc = JSON.parse(res.text) as FeatureCollection;
	const csv = records((await get('/data/places.csv')).text);

	it('holds the geo build’s shapes, in its order, and every field of places.csv', () => {
		expect(res.status).toBe(200);
		expect(fc.features.map((f) => f.id)).toEqual(geo.features.map((f) => f.id));
		for (const [i, f] of fc.features.entries()) {
			const g = geo.features[i]!;
			expect(f.geometry, String(f.id)).toEqual(g.geometry);
			expect(f.properties, String(f.id)).toMatchObject(g.properties!);
			const r = csv.find((x) => x.id === f.id)!;
			const p = f.properties!;
			// Every column of the CSV, under its own name (coordinate_sources is the list `sources`).
			for (const column of Object.keys(r).filter((c) => !['id', 'coordinate_sources'].includes(c)))
				expect(p, `${f.id}: ${column}`).toHaveProperty(column);
			expect(
				{
					lon: String(p.longitude),
					lat: String(p.latitude),
					chapters: (p.chapters as string[]).join('; '),
					summary: p.summary,
					dates: p.dates ?? '',
					report: p.report_sources,
					sources: (p.sources as string[]).join('; ')
				},
				String(f.id)
			).toEqual({
				lon: r.longitude,
				lat: r.latitude,
				chapters: r.chapters,
				summary: r.summary,
				dates: r.dates,
				report: r.report_sources,
				sources: r.coordinate_sources
			});
		}
	});
});

describe('routes.geojson', async () => {
	const res = await get('/data/routes.geojson');
	const routes = JSON.parse(res.text) as FeatureCollection<
		LineString,
		{ kind: string; via: string | null; report_words: string | null; note: string; km: number }
	>;

	it('says of every line whether it is a transit the report states or a direct one, as the caption does', () => {
		expect(res.status).toBe(200);
		expect(routes.features.map((f) => [f.id, f.properties.kind, f.properties.via, f.properties.report_words])).toEqual(
			routeStories.map((r) => [r.id, r.kind, r.drawnThrough, r.reportWords])
		);
		for (const f of routes.features) {
			if (f.properties.kind === 'direct') expect(f.properties.note, String(f.id)).toContain('as the crow flies; the report gives no route');
			else expect(f.properties.note, String(f.id)).toContain(`through ${f.properties.via}`);
		}
		expect(res.text).not.toContain('Ankara');
	});

	it('draws a direct line as one great circle from Baku to its place, with no stop on the way', () => {
		const baku = (byId.get('baku')!.geometry as { coordinates: number[] }).coordinates;
		for (const r of routeStories.filter((x) => x.kind === 'direct')) {
			const f = routes.features.find((x) => x.id === r.id)!;
			const end = byId.get(r.to)!;
			const to = turf.pointOnFeature(end as Feature).geometry.coordinates;
			expect(Math.abs(f.properties.km - turf.distance(baku, to)), r.id).toBeLessThan(5);
		}
	});
});

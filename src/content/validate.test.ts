import { describe, expect, it } from 'vitest';
import type { GeoMeta } from '$lib/geo-meta';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { CHAPTER_IDS, type Chapter, type StoryMeta } from './types';
import { storyMeta } from './meta';
import { isIsoDate, validateContent, validateMeta, type ContentInput } from './validate';

const geo: GeoMeta = {
	places: [
		{
			id: 'baku',
			name: 'Baku',
			kind: 'point',
			drawn_as: 'point',
			lngLat: [49.8822, 40.3953],
			anchor: [49.8822, 40.3953],
			certainty: 'exact',
			certainty_note: 'City centre',
			sources: ['Wikipedia'],
			country: 'Azerbaijan',
			bbox: [49.8822, 40.3953, 49.8822, 40.3953]
		}
	],
	figures: { 'baku-juba-km': { value: 4355, unit: 'km', text: 'about 4,355 km', method: 'turf.distance' } },
	theatres: [],
	world: 'data/basemap-world.json',
	routes: 'data/routes.geojson'
};

const chapter = (id: Chapter['id']): Chapter => ({
	id,
	kicker: '1999',
	title: `Title ${id}`,
	summary: 'One. Two.',
	paragraphs: [{ text: 'Juba lies {{baku-juba-km}} from Baku.', cite: ['report'] }],
	places: ['baku'],
	caption: 'Map: Baku.'
});

const valid = (): ContentInput => ({
	chapters: CHAPTER_IDS.map(chapter),
	placeStories: [{ id: 'baku', summary: 'Home.', paragraphs: [{ text: 'Baku.', cite: ['fn1'] }] }],
	sources: [
		{ id: 'report', section: 'The report' },
		{ id: 'fn1', footnote: 1, section: 'Foreword', citation: 'President.az' }
	],
	sourceNotes: [
		{
			id: 'base-name',
			topic: 'The base',
			variants: [
				{ text: 'Doghan', where: 'Chapter 3' },
				{ text: 'Dohan', where: 'Foreword' }
			],
			used: 'Doghan',
			why: 'Most frequent.'
		}
	]
});

describe('validateContent', () => {
	it('accepts consistent content', () => {
		expect(validateContent(valid(), geo)).toEqual([]);
	});

	it('names the file, chapter and paragraph of an unknown citation', () => {
		const input = valid();
		input.chapters[5]!.paragraphs[0]!.cite = ['fn999'];
		expect(validateContent(input, geo)).toEqual([
			'src/content/chapters.ts: chapter "iraq", paragraph 1: cites unknown source "fn999"'
		]);
	});

	it('rejects a paragraph without citations and an unknown figure', () => {
		const input = valid();
		input.chapters[0]!.paragraphs = [{ text: 'About {{nowhere-km}}.', cite: [] }];
		expect(validateContent(input, geo)).toEqual([
			'src/content/chapters.ts: chapter "intro", paragraph 1: uses unknown figure {{nowhere-km}}',
			'src/content/chapters.ts: chapter "intro", paragraph 1: cites no source'
		]);
	});

	it('rejects a chapter place missing from the geo data', () => {
		const input = valid();
		input.chapters[2]!.places = ['baku', 'dragash'];
		expect(validateContent(input, geo)).toContain(
			'src/content/chapters.ts: chapter "kosovo": place "dragash" is not in geo/sources/places.geojson'
		);
	});

	it('rejects a view fitted to a place the chapter does not show', () => {
		const input = valid();
		input.chapters[3]!.fit = ['prizren'];
		expect(validateContent(input, geo)).toEqual([
			'src/content/chapters.ts: chapter "isaf": fit place "prizren" is not one of the chapter\'s places'
		]);
	});

	it('rejects a quotation from an Azerbaijani-language source that does not say so, and the note on one that is not', () => {
		const base = valid();
		const input = { ...base, sources: [...base.sources, { id: 'fn175', footnote: 175, section: 'Chapter 3', citation: 'Xalq qəzeti, № 277 (26042), 12 dekabr 2008' }] };
		const quote = { text: 'I particularly appreciate it.', speaker: 'George Bush', role: 'President', context: 'in a letter', cite: ['fn175'] };
		input.chapters[5]!.quotes = [quote, { ...quote, cite: ['fn1'], viaAzerbaijani: 'President.az' }];
		expect(validateContent(input, geo)).toEqual([
			'src/content/chapters.ts: chapter "iraq", quote 1: cites an Azerbaijani-language source (fn175) but does not say so: give viaAzerbaijani',
			'src/content/chapters.ts: chapter "iraq", quote 2: viaAzerbaijani is set but it cites no Azerbaijani-language source'
		]);
		input.chapters[5]!.quotes = [{ ...quote, viaAzerbaijani: 'Xalq qəzeti' }];
		expect(validateContent(input, geo)).toEqual([]);
	});

	it('rejects a note with one reading, or a reading that does not say where it stands', () => {
		const base = valid();
		base.sourceNotes[0]!.variants[1]!.where = ' ';
		const input = { ...base, sourceNotes: [...base.sourceNotes, { ...base.sourceNotes[0]!, id: 'one', variants: [{ text: 'Only', where: 'Foreword' }] }] };
		expect(validateContent(input, geo)).toEqual([
			'src/content/notes.ts: note "base-name", variant 2: does not say where in the report it stands',
			'src/content/notes.ts: note "one": a contradiction needs at least two variants'
		]);
	});

	it('rejects chapters out of order', () => {
		const input = valid();
		input.chapters = [...input.chapters].reverse();
		expect(validateContent(input, geo)[0]).toMatch(/^src\/content\/chapters.ts: chapters must be, in order: intro, founding/);
	});

	it('rejects a geo place that no chapter shows and that has no story', () => {
		const extra = { ...geo.places[0]!, id: 'prizren', name: 'Prizren' };
		const problems = validateContent(valid(), { ...geo, places: [...geo.places, extra] });
		expect(problems).toEqual([
			'src/content/places.ts: place "prizren" has no story (add a PlaceStory)',
			'src/content/chapters.ts: place "prizren" belongs to no chapter'
		]);
	});

	it('rejects a footnote source whose id does not match its number, and duplicates', () => {
		const input = valid();
		input.sources = [...input.sources, { id: 'fn2', footnote: 3, section: 'Ch. 3' }, { id: 'report', section: 'x' }];
		expect(validateContent(input, geo)).toEqual([
			'src/content/sources.ts: source "fn2": id should be "fn3" for footnote 3',
			'src/content/sources.ts: source "report": duplicate id'
		]);
	});
});

describe('validateMeta', () => {
	const meta = () => structuredClone(storyMeta) as unknown as StoryMeta;

	it('accepts the story’s metadata', () => {
		expect(validateMeta(storyMeta)).toEqual([]);
	});

	it('takes only real calendar dates written YYYY-MM-DD', () => {
		expect(['2026-12-02', '2024-02-29'].map(isIsoDate)).toEqual([true, true]);
		expect(['2026-2-3', '2025-02-29', '2026-13-01', '2 December 2026', ''].map(isIsoDate)).toEqual([false, false, false, false, false]);
	});

	it('rejects a missing byline, bad dates and an update before publication', () => {
		const m = meta();
		m.byline.name = ' ';
		m.published = '2026-12-31';
		m.updated = '2026-12-01';
		expect(validateMeta(m)).toEqual([
			'src/content/meta.ts: byline.name: is empty (a team credit will do)',
			'src/content/meta.ts: updated: 2026-12-01 is before the publication date 2026-12-31'
		]);
		m.published = '31/12/2026';
		expect(validateMeta(m)).toContain('src/content/meta.ts: published: "31/12/2026" is not a date written YYYY-MM-DD');
	});

	it('rejects a source document without its title, publishers or a word on where to get it', () => {
		const m = meta();
		m.sourceDocument = { title: '', publishers: [{ name: 'X', website: 'http://x.example' }], url: 'x.pdf', availability: ' ' };
		expect(validateMeta(m)).toEqual([
			'src/content/meta.ts: sourceDocument.title: is empty',
			'src/content/meta.ts: sourceDocument.publishers[0]: website is not https: http://x.example',
			'src/content/meta.ts: sourceDocument.url: is not http(s): x.pdf',
			'src/content/meta.ts: sourceDocument.availability: must say how a reader can get the document'
		]);
		m.sourceDocument.publishers = [];
		expect(validateMeta(m)).toContain('src/content/meta.ts: sourceDocument.publishers: names no publisher');
	});

	const REPORT = resolve(import.meta.dirname, '../../../shared/source/report.txt');
	it.skipIf(!existsSync(REPORT))('names the report as its title page does, and gives it no invented address', () => {
		const report = readFileSync(REPORT, 'utf8');
		expect(report).toContain(storyMeta.sourceDocument.title.toUpperCase());
		for (const p of storyMeta.sourceDocument.publishers) expect(report).toContain(p.name);
		expect(storyMeta.sourceDocument.url).toBeNull();
	});
});

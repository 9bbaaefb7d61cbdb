/**
 * Accuracy against the source: every number the story's prose states and every quotation must
 * appear in the report itself (../shared/source/report.txt beside the repository).
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import geoMeta from '$lib/generated/geo-meta.json';
import type { GeoMeta } from '$lib/geo-meta';
import { chapters } from './chapters';
import { sourceNotes } from './notes';
import { placeStories } from './places';
import { sources } from './sources';
import { inAzerbaijani as azCitation, validateContent } from './validate';
import { translationNote, type Quote } from './types';
import { story, timeline } from './index';
import { renderProse } from '$lib/story/render-prose';

const REPORT = resolve(import.meta.dirname, '../../../shared/source/report.txt');
const hasReport = existsSync(REPORT);
/** Whitespace, quote styles and the report's *emphasis* marks normalised away. */
const normalise = (s: string) =>
	s.replace(/[“”"]/g, '"').replace(/[‘’']/g, "'").replace(/\*/g, '').replace(/\s+/g, ' ');
const report = hasReport ? normalise(readFileSync(REPORT, 'utf8')) : '';

/**
 * How many separate runs of the report's text it takes to spell out the quotation, matching the
 * longest run each time; Infinity when a word is not in the report at all.
 */
function runsInReport(quote: string): number {
	const words = normalise(quote).replace(/^(…|\.\.\.)\s*|\s*(…|\.\.\.)$/g, '').split(' ');
	let runs = 0;
	for (let i = 0; i < words.length; ) {
		let j = i;
		while (j < words.length && report.includes(words.slice(i, j + 1).join(' '))) j++;
		if (j === i) return Infinity;
		runs++;
		i = j;
	}
	return runs;
}

/** The story's own prose: chapter and place text, facts and summaries (not the computed figures). */
function prose(): { where: string; text: string }[] {
	const out: { where: string; text: string }[] = [];
	for (const c of chapters) {
		out.push({ where: `${c.id} summary`, text: c.summary });
		c.paragraphs.forEach((p, i) => out.push({ where: `${c.id} paragraph ${i + 1}`, text: p.text }));
		c.facts?.forEach((f, i) => out.push({ where: `${c.id} fact ${i + 1}`, text: `${f.value} ${f.label}` }));
	}
	for (const s of placeStories) {
		out.push({ where: `${s.id} summary`, text: s.summary });
		s.paragraphs.forEach((p, i) => out.push({ where: `${s.id} paragraph ${i + 1}`, text: p.text }));
		s.facts?.forEach((f, i) => out.push({ where: `${s.id} fact ${i + 1}`, text: `${f.value} ${f.label}` }));
		if (s.dates) out.push({ where: `${s.id} dates`, text: s.dates });
	}
	return out;
}

describe('the story content', () => {
	it('passes validation against the built geo data', () => {
		expect(
			validateContent({ chapters, placeStories, sources, sourceNotes }, geoMeta as unknown as GeoMeta)
		).toEqual([]);
	});
});

describe.skipIf(!hasReport)('accuracy against the report', () => {
	it('states no number that the report does not contain', () => {
		const missing: string[] = [];
		for (const { where, text } of prose()) {
			const withoutFigures = text.replace(/\{\{[^}]+\}\}/g, '');
			for (const [n] of withoutFigures.matchAll(/\d[\d,.]*\d|\d/g)) {
				const number = n.replace(/[.,]$/, '');
				// The report writes thousands with commas; accept either form.
				const plain = number.replace(/,/g, '');
				if (!report.includes(number) && !report.includes(plain)) missing.push(`${where}: ${number}`);
			}
		}
		expect(missing).toEqual([]);
	});

	it('quotes the report word for word', () => {
		const quotes = chapters.flatMap((c) => (c.quotes ?? []).map((q, i) => ({ where: `${c.id} quote ${i + 1}`, text: q.text })));
		expect(quotes.length).toBeGreaterThan(0);
		// A page break (with its footnotes) may split a quotation in the report's text: allow one.
		const wrong = quotes.filter((q) => runsInReport(q.text) > 2).map((q) => q.where);
		expect(wrong).toEqual([]);
	});

	it("gives each footnote's text as the report does", () => {
		const wrong = sources
			.filter((s) => s.citation && !s.citation.startsWith('Ibid.'))
			.filter((s) => !report.includes(normalise(s.citation!).slice(0, 30)))
			.map((s) => s.id);
		expect(wrong).toEqual([]);
	});
});

/** An Azerbaijani-language footnote: its text (author, title, outlet) is written in Azerbaijani. */
const sourceById = new Map(sources.map((s) => [s.id, s]));
const inAzerbaijani = (id: string) => azCitation(sourceById.get(id)?.citation);
const allQuotes = (): { where: string; chapter: string; q: Quote }[] =>
	chapters.flatMap((c) => (c.quotes ?? []).map((q, i) => ({ where: `${c.id} quote ${i + 1}`, chapter: c.id, q })));
/** Text as a reader sees it: tags dropped, entities decoded, spaces collapsed. */
const visible = (html: string) =>
	html
		.replace(/<[^>]+>/g, ' ')
		.replace(/&amp;/g, '&')
		.replace(/&quot;/g, '"')
		.replace(/&#39;/g, "'")
		.replace(/\s+/g, ' ');

describe('quotations that reached the report through Azerbaijani', () => {
	it('carry the note exactly when a footnote they cite is in Azerbaijani', () => {
		const wrong = allQuotes()
			.filter(({ q }) => q.cite.some(inAzerbaijani) !== Boolean(q.viaAzerbaijani))
			.map(({ where, q }) => `${where} (${q.speaker}): ${q.viaAzerbaijani ? 'marked, but cites no Azerbaijani source' : 'cites an Azerbaijani source, unmarked'}`);
		expect(wrong).toEqual([]);
		expect(allQuotes().filter(({ q }) => q.viaAzerbaijani).map(({ q }) => q.speaker)).toContain('George Bush');
	});

	it("show the note in the quotation's attribution wherever a chapter's quotes are rendered (story and embeds)", () => {
		const prose = renderProse(story, timeline);
		const missing: string[] = [];
		for (const { where, chapter, q } of allQuotes()) {
			const figures = prose.chapters[chapter]!.quotes.split('<figure').map(visible);
			const figure = figures.find((f) => f.includes(q.text.slice(0, 40)));
			const note = translationNote(q);
			if (!figure) missing.push(`${where}: not rendered`);
			else if (note && !figure.includes(note)) missing.push(`${where}: rendered without its note`);
			else if (!note && figure.includes('Azerbaijani-language source')) missing.push(`${where}: note on an untranslated quote`);
		}
		expect(missing).toEqual([]);
	});

	it.skipIf(!hasReport)('are not quoted inline in the prose without saying so', () => {
		// A run of words that the report itself puts inside quotation marks, in a paragraph that
		// cites an Azerbaijani-language footnote, is a translation back: the paragraph must say so.
		const lines = readFileSync(REPORT, 'utf8').split('\n').map(normalise);
		const quotedInReport = (phrase: string) =>
			lines.some((line) => {
				const at = line.indexOf(phrase);
				return at >= 0 && (line.slice(0, at).match(/"/g) ?? []).length % 2 === 1;
			});
		const wrong: string[] = [];
		const paragraphs = [
			...chapters.flatMap((c) => c.paragraphs.map((p, i) => ({ where: `${c.id} paragraph ${i + 1}`, p }))),
			...placeStories.flatMap((s) => s.paragraphs.map((p, i) => ({ where: `${s.id} paragraph ${i + 1}`, p })))
		];
		for (const { where, p } of paragraphs) {
			if (!p.cite.some(inAzerbaijani) || /Azerbaijani-language/.test(p.text)) continue;
			for (const [, phrase] of p.text.matchAll(/“([^”]+)”/g)) {
				if (phrase!.split(' ').length >= 3 && quotedInReport(normalise(phrase!))) wrong.push(`${where}: “${phrase}”`);
			}
		}
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
/** The report's running text without its footnote lines, which would otherwise sit between a date and a name. */
const body = hasReport
	? readFileSync(REPORT, 'utf8')
			.split('\n')
			.filter((l) => !/^\s*(\d+|[⁰¹²³⁴⁵⁶⁷⁸⁹]+)\s/.test(l))
			.join('\n')
	: '';
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
		for (const s of placeStories.filter((x) => x.dates)) {
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

describe('notes on the sources', () => {
	it('each give at least two readings, each with where it stands in the report, and what the story uses and why', () => {
		const wrong: string[] = [];
		for (const n of sourceNotes) {
			if (n.variants.length < 2) wrong.push(`${n.id}: ${n.variants.length} reading(s)`);
			for (const [i, v] of n.variants.entries()) {
				if (!v.text.trim()) wrong.push(`${n.id}: reading ${i + 1} is empty`);
				if (!/^(Foreword|Chapter \d|List of Abbreviations|the introduction after the Foreword)/.test(v.where)) wrong.push(`${n.id}: reading ${i + 1} stands nowhere known (“${v.where}”)`);
			}
			if (!n.used.trim() || !n.why.trim()) wrong.push(`${n.id}: says nothing of what the story uses, or why`);
			if (new Set(n.variants.map((v) => v.text)).size !== n.variants.length) wrong.push(`${n.id}: two readings are the same`);
		}
		expect(wrong).toEqual([]);
	});

	it.skipIf(!hasReport)('quote the report word for word in their readings', () => {
		const wrong: string[] = [];
		for (const n of sourceNotes)
			for (const v of n.variants)
				for (const [, q] of v.text.matchAll(/“([^“”]+)”/g))
					for (const part of q!.split(/\s*…\s*/))
						if (part.split(' ').length >= 3 && !report.includes(normalise(part))) wrong.push(`${n.id}: “${part}”`);
		expect(wrong).toEqual([]);
	});
});

describe.skipIf(!hasReport)('what the report records of deaths', () => {
	it('records none of an Azerbaijani peacekeeper on a mission, as the legacy chapter says', () => {
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
		const legacy = chapters.find((c) => c.id === 'legacy')!.paragraphs.map((p) => p.text).join(' ');
		expect(legacy).toContain('The report records no Azerbaijani peacekeeper killed on any of the five missions');
		expect(legacy).toContain('Major Rahim Huseynov');
	});
});

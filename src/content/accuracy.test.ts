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
import { validateContent } from './validate';

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

/// <reference types="node" />
/**
 * Every story of src/content/site.yaml, held to the same standard: its folder passes its schemas
 * and its own references; against its source document's text (story.yaml `sourceText`, when that
 * file is there) every number of its prose, every quotation, every footnote's text, every reading of
 * a note on the sources, every figure of its timeline and every stated transit of its routes is
 * found; quotations that reached the source through another language say so wherever they are
 * shown; its prose renders whole, with every citation resolved; its captions split without loss.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadStory, readSite } from '$lib/content/load';
import { statesNumber } from '$lib/content/validate';
import { captionParts } from '$lib/story/caption';
import { citationName } from '$lib/story/cite';
import { fillFigures, translationNote } from '$lib/story/model';
import { renderProse } from '$lib/story/render-prose';
import { stories as built } from '$lib/story/stories';

const CONTENT = import.meta.dirname;
const { site } = readSite(CONTENT);

/** Whitespace, quote styles and the source's *emphasis* marks normalised away. */
const normalise = (s: string) => s.replace(/[“”"]/g, '"').replace(/[‘’']/g, "'").replace(/\*/g, '').replace(/\s+/g, ' ');
/** Text as a reader sees it: tags dropped, entities decoded, spaces collapsed. */
const visible = (html: string) =>
	html
		.replace(/<[^>]+>/g, ' ')
		.replace(/&amp;/g, '&')
		.replace(/&quot;/g, '"')
		.replace(/&#39;/g, "'")
		.replace(/&lt;/g, '<')
		.replace(/&gt;/g, '>')
		.replace(/\s+/g, ' ');

/** What an HTML string holds at its top level: element names and comments (`<!--…-->`). */
function topLevel(html: string): string[] {
	const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);
	const out: string[] = [];
	let depth = 0;
	for (const m of html.matchAll(/<!--([\s\S]*?)-->|<(\/?)([a-zA-Z][\w:-]*)(?:[^>"']|"[^"]*"|'[^']*')*?(\/?)>/g)) {
		if (m[0].startsWith('<!--')) {
			if (depth === 0) out.push(m[0]);
			continue;
		}
		const [, , close, name = '', self] = m;
		if (close) depth--;
		else {
			if (depth === 0) out.push(name);
			if (!self && !VOID.has(name.toLowerCase())) depth++;
		}
	}
	return out;
}

it('reads top levels as they are (a check of the check)', () => {
	expect(topLevel('<!--a--><div title="x > y"><br><p>t</p><line /></div><!----><img src=x>')).toEqual([
		'<!--a-->',
		'div',
		'<!---->',
		'img'
	]);
});

describe.each(site!.stories)('the story “%s”', (id) => {
	const { content } = loadStory(join(CONTENT, id), id);
	const story = built.find((s) => s.story.id === id)!.story;
	const textFile = content.meta.sourceText ? resolve(CONTENT, id, content.meta.sourceText) : null;
	const hasText = textFile !== null && existsSync(textFile);
	const raw = hasText ? readFileSync(textFile!, 'utf8') : '';
	const source = normalise(raw);
	const sources = new Map(content.sources.map((s) => [s.id, s]));
	const language = content.meta.language.split('-')[0]!;
	/** The language a source is written in, when it is not the story's. */
	const foreign = (sourceId: string) => {
		const l = sources.get(sourceId)?.language;
		return l && l !== language ? l : null;
	};

	/** The story's own prose: chapter and place text, facts, summaries, captions and place dates (not the computed figures). */
	const prose = (): { where: string; text: string }[] => [
		...content.chapters.flatMap((c) => [
			{ where: `${c.id} summary`, text: c.summary },
			{ where: `${c.id} caption`, text: c.caption },
			...c.paragraphs.map((p, i) => ({ where: `${c.id} paragraph ${i + 1}`, text: p.text })),
			...(c.facts ?? []).map((f, i) => ({ where: `${c.id} fact ${i + 1}`, text: `${f.value} ${f.label}` }))
		]),
		...content.placeStories.flatMap((s) => [
			{ where: `${s.id} summary`, text: s.summary },
			...s.paragraphs.map((p, i) => ({ where: `${s.id} paragraph ${i + 1}`, text: p.text })),
			...(s.facts ?? []).map((f, i) => ({ where: `${s.id} fact ${i + 1}`, text: `${f.value} ${f.label}` })),
			...(s.dates ? [{ where: `${s.id} dates`, text: s.dates }] : [])
		])
	];

	/** How many separate runs of the source's text it takes to spell out the quotation; Infinity when a word is not there. */
	function runsInSource(quote: string): number {
		const words = normalise(quote)
			.replace(/^(…|\.\.\.)\s*|\s*(…|\.\.\.)$/g, '')
			.split(' ');
		let runs = 0;
		for (let i = 0; i < words.length;) {
			let j = i;
			while (j < words.length && source.includes(words.slice(i, j + 1).join(' '))) j++;
			if (j === i) return Infinity;
			runs++;
			i = j;
		}
		return runs;
	}

	it('has the plain text of its source document to be checked against', () => {
		expect(content.meta.sourceText, 'story.yaml sourceText').toBeTruthy();
	});

	describe.skipIf(!hasText)('against its source document', () => {
		it('states no number the source does not contain', () => {
			const missing: string[] = [];
			for (const { where, text } of prose()) {
				for (const [n] of text.replace(/\{\{[^}]+\}\}/g, '').matchAll(/\d[\d,.]*\d|\d/g)) {
					const number = n.replace(/[.,]$/, '');
					// The source may write thousands with commas or without: either form will do.
					if (!source.includes(number) && !source.includes(number.replace(/,/g, ''))) missing.push(`${where}: ${number}`);
				}
			}
			expect(missing).toEqual([]);
		});

		it('quotes the source word for word, in quotations and in the prose’s quotation marks', () => {
			const quotes = [
				...content.chapters.flatMap((c) => (c.quotes ?? []).map((q, i) => ({ where: `${c.id} quote ${i + 1}`, text: q.text }))),
				...prose().flatMap(({ where, text }) => [...text.matchAll(/“([^“”]+)”/g)].map((m) => ({ where, text: m[1]! })))
			].filter((q) => q.text.split(' ').length >= 3);
			// A page break (with its footnotes) may split a quotation in the source's text: allow one.
			expect(quotes.filter((q) => runsInSource(q.text) > 2).map((q) => `${q.where}: “${q.text}”`)).toEqual([]);
		});

		it('gives each footnote’s text as the source does', () => {
			const wrong = content.sources
				.filter((s) => s.citation && !s.citation.startsWith('Ibid.'))
				.filter((s) => !source.includes(normalise(s.citation!).slice(0, 30)))
				.map((s) => s.id);
			expect(wrong).toEqual([]);
		});

		it('quotes the source word for word in the readings of its notes on the sources', () => {
			const wrong: string[] = [];
			for (const n of content.sourceNotes)
				for (const v of n.variants)
					for (const [, q] of v.text.matchAll(/“([^“”]+)”/g))
						// As in quotations, a page break may split a reading in the source's text: one split is allowed.
						for (const part of q!.split(/\s*…\s*/))
							if (part.split(' ').length >= 3 && runsInSource(part) > 2) wrong.push(`${n.id}: “${part}”`);
			expect(wrong).toEqual([]);
		});

		it.skipIf(!content.timeline)('finds every figure and date of its timeline in the source’s words', () => {
			const t = content.timeline!;
			const wrong: string[] = [];
			const found = (where: string, evidence: readonly string[]) => {
				for (const e of evidence) if (!source.includes(normalise(e))) wrong.push(`${where}: “${e}”`);
			};
			found('asOf', t.asOf.evidence);
			for (const op of t.operations) {
				found(`${op.id} dates`, op.dates.evidence);
				for (const s of op.strengths) {
					found(`${op.id} ${s.value}`, s.evidence);
					if (!s.evidence.some((e) => statesNumber(e, s.value))) wrong.push(`${op.id}: no evidence states ${s.value}`);
				}
			}
			if (t.overlap) found('overlap', t.overlap.evidence);
			expect(wrong).toEqual([]);
		});

		it.skipIf(!content.routes)('draws a transit only where the source says the way went through it, in its words', () => {
			for (const r of content.routes!.routes.filter((r) => r.kind === 'stated-transit')) {
				expect(source, r.id).toContain(normalise(r.reportWords!));
				expect(r.reportWords, r.id).toContain(r.transit!);
			}
		});

		it('says so where its prose quotes words the source quotes from another language', () => {
			// A run of words the source itself puts in quotation marks, in a paragraph that cites a
			// footnote in another language, is a translation back: the paragraph must name the language.
			const lines = raw.split('\n').map(normalise);
			const quotedInSource = (phrase: string) =>
				lines.some((line) => {
					const at = line.indexOf(phrase);
					return at >= 0 && (line.slice(0, at).match(/"/g) ?? []).length % 2 === 1;
				});
			const names = new Intl.DisplayNames(['en'], { type: 'language' });
			const wrong: string[] = [];
			const paragraphs = [
				...content.chapters.flatMap((c) => c.paragraphs.map((p, i) => ({ where: `${c.id} paragraph ${i + 1}`, p }))),
				...content.placeStories.flatMap((s) => s.paragraphs.map((p, i) => ({ where: `${s.id} paragraph ${i + 1}`, p })))
			];
			for (const { where, p } of paragraphs) {
				const languages = p.cite.map(foreign).filter((l): l is string => l !== null);
				if (languages.length === 0 || languages.some((l) => p.text.includes(`${names.of(l)}-language`))) continue;
				for (const [, phrase] of p.text.matchAll(/“([^”]+)”/g)) {
					if (phrase!.split(' ').length >= 3 && quotedInSource(normalise(phrase!))) wrong.push(`${where}: “${phrase}”`);
				}
			}
			expect(wrong).toEqual([]);
		});
	});

	describe('as the reader gets it', () => {
		const rendered = renderProse(story, built.find((s) => s.story.id === id)!.geo.routes);

		it('holds no comment in its prose, since an {@html} block would end at the first empty one', () => {
			for (const part of [...Object.values(rendered.chapters).flatMap((c) => [c.text, c.quotes]), rendered.sources])
				expect(part).not.toContain('<!--');
		});

		it('renders every chapter’s paragraphs with their figures filled, its facts and quotes', () => {
			for (const c of story.chapters) {
				const { text: body, quotes } = rendered.chapters[c.id]!;
				for (const p of c.paragraphs) expect(visible(body)).toContain(fillFigures(p.text, story.figures).replace(/\s+/g, ' '));
				for (const f of c.facts ?? []) expect(visible(body)).toContain(f.label);
				for (const q of c.quotes ?? []) expect(visible(quotes)).toContain(q.text.replace(/\s+/g, ' '));
				expect(body, c.id).not.toContain('{{');
			}
		});

		it('shows a quotation that came through another language with its note, wherever a chapter’s quotes are rendered', () => {
			const missing: string[] = [];
			for (const c of story.chapters)
				for (const [i, q] of (c.quotes ?? []).entries()) {
					const figure = rendered.chapters[c.id]!.quotes.split('<figure')
						.map(visible)
						.find((f) => f.includes(q.text.slice(0, 40)));
					const note = translationNote(q, story.translationNote);
					if (!figure) missing.push(`${c.id} quote ${i + 1}: not rendered`);
					else if (note && !figure.includes(note)) missing.push(`${c.id} quote ${i + 1}: rendered without its note`);
					if (q.cite.some((s) => foreign(s)) !== Boolean(q.via)) missing.push(`${c.id} quote ${i + 1}: its note and its sources disagree`);
				}
			expect(missing).toEqual([]);
		});

		it('links every citation to an end note that its Sources section holds', () => {
			const cited = Object.values(rendered.chapters).flatMap((c) =>
				[...`${c.text}${c.quotes}`.matchAll(/href="#(note-[^"]+)"/g)].map((m) => m[1])
			);
			// Every chapter cites (a check that the links were found at all).
			expect(cited.length).toBeGreaterThanOrEqual(story.chapters.length);
			for (const note of cited) expect(rendered.sources).toContain(`id="${note}"`);
			for (const note of story.endNotes) expect(rendered.sources).toContain(`id="note-${note.id}"`);
			for (const note of story.sourceNotes) expect(rendered.sources).toContain(`id="source-note-${note.id}"`);
		});

		it('gives every end note its own name for screen readers', () => {
			const names = story.endNotes.map((n) => citationName(n, story.documentKind));
			expect(new Set(names).size).toBe(names.length);
		});

		it('loses no word of a caption when it folds it, and leads with one sentence', () => {
			for (const c of story.chapters) {
				const { lead, rest } = captionParts(c.caption);
				expect([lead, rest].filter(Boolean).join(' '), c.id).toBe(c.caption.trim().replace(/\s+/g, ' '));
				expect(lead, c.id).toMatch(/^Map: .+\.$/);
				expect(lead.slice(0, -1), c.id).not.toMatch(/\.\s+\p{Lu}/u);
			}
		});

		it.skipIf(!story.timeline)('keeps Svelte’s markers in its timeline’s HTML for the later hydration, none empty at the top level', () => {
			const nodes = topLevel(rendered.timeline);
			expect(nodes[0]).toBe('<!--[-->');
			expect(nodes.filter((n) => !n.startsWith('<!--'))).toEqual(['div']);
			// An {@html} block ends at the first empty comment: one here would cut the chart short.
			expect(nodes).not.toContain('<!---->');
			expect(rendered.timeline).toMatch(/^<!--\[-->(<!--[^>]*-->)*<div class="timeline[ "]/);
			expect([...rendered.timeline.matchAll(/<g class="timeline__row[ "]/g)]).toHaveLength(story.timeline!.operations.length);
			expect(rendered.timeline).toMatch(/<h3 id="timeline-[^"]*-title"/);
		});
	});
});

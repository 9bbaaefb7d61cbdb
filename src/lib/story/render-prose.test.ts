import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { story, timeline } from '../../content/index';
import { fillFigures } from './model';
import { renderProse } from './render-prose';

const prose = renderProse(story, timeline);
/** Text as a reader sees it: tags dropped, entities decoded, spaces collapsed. */
const text = (html: string) =>
	html
		.replace(/<[^>]+>/g, ' ')
		.replace(/&amp;/g, '&')
		.replace(/&quot;/g, '"')
		.replace(/&#39;/g, "'")
		.replace(/&lt;/g, '<')
		.replace(/&gt;/g, '>')
		.replace(/\s+/g, ' ');
const squash = (s: string) => s.replace(/\s+/g, ' ');

describe('renderProse', () => {
	it('holds no comment, since an {@html} block would end at the first empty one', () => {
		for (const part of [...Object.values(prose.chapters).flatMap((c) => [c.text, c.quotes]), prose.sources]) {
			expect(part).not.toContain('<!--');
		}
	});

	it('renders every chapter’s paragraphs with their figures filled, facts and quotes', () => {
		for (const c of story.chapters) {
			const { text: body, quotes } = prose.chapters[c.id]!;
			for (const p of c.paragraphs) expect(text(body)).toContain(squash(fillFigures(p.text, story.figures)));
			for (const f of c.facts ?? []) expect(text(body)).toContain(f.label);
			for (const q of c.quotes ?? []) expect(text(quotes)).toContain(squash(q.text));
			expect(body).not.toContain('{{');
		}
	});

	it('links every citation to an end note that the Sources section holds', () => {
		const cited = Object.values(prose.chapters).flatMap((c) => [...`${c.text}${c.quotes}`.matchAll(/href="#(note-[^"]+)"/g)].map((m) => m[1]));
		expect(cited.length).toBeGreaterThan(50);
		for (const id of cited) expect(prose.sources).toContain(`id="${id}"`);
		for (const note of story.endNotes) expect(prose.sources).toContain(`id="note-${note.id}"`);
		for (const note of story.sourceNotes) expect(prose.sources).toContain(`id="source-note-${note.id}"`);
	});
});

describe('the timeline’s HTML', () => {
	const { document, Node } = new JSDOM('').window;
	const top = () => {
		const t = document.createElement('template');
		t.innerHTML = prose.timeline;
		return [...t.content.childNodes];
	};

	it('keeps Svelte’s markers for the hydration that comes later, none of them empty at the top level', () => {
		const nodes = top();
		expect(nodes[0]?.nodeType === Node.COMMENT_NODE && nodes[0].textContent).toBe('[');
		expect(nodes.filter((n) => n.nodeType === Node.ELEMENT_NODE).map((n) => (n as Element).classList.contains('timeline'))).toEqual([true]);
		// An {@html} block ends at the first empty comment: one here would cut the chart short.
		expect(nodes.filter((n) => n.nodeType === Node.COMMENT_NODE && n.textContent === '')).toEqual([]);
	});

	it('draws every operation, its ids apart from the page’s own', () => {
		const chart = top().find((n) => n.nodeType === Node.ELEMENT_NODE) as Element;
		expect(chart.querySelectorAll('svg .timeline__row')).toHaveLength(timeline.operations.length);
		expect(chart.querySelector('.timeline__title')?.id).toMatch(/^timeline-/);
		expect(chart.querySelector('.timeline__bar')?.getAttribute('href')).toMatch(/^#/);
	});
});

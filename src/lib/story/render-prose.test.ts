import { describe, expect, it } from 'vitest';
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

describe('the timeline’s HTML', () => {
	it('keeps Svelte’s markers for the hydration that comes later, none of them empty at the top level', () => {
		const nodes = topLevel(prose.timeline);
		expect(nodes[0]).toBe('<!--[-->');
		expect(nodes.filter((n) => !n.startsWith('<!--'))).toEqual(['div']);
		// An {@html} block ends at the first empty comment: one here would cut the chart short.
		expect(nodes).not.toContain('<!---->');
		expect(prose.timeline).toMatch(/^<!--\[-->(<!--[^>]*-->)*<div class="timeline[ "]/);
		expect(prose.timeline).toContain('<!---->');
	});

	it('draws every operation, its ids apart from the page’s own', () => {
		expect([...prose.timeline.matchAll(/<g class="timeline__row[ "]/g)]).toHaveLength(timeline.operations.length);
		expect(prose.timeline).toMatch(/<h3 id="timeline-[^"]*-title"/);
		expect(prose.timeline).toMatch(/class="timeline__bar[^"]*"[^>]*href="#|href="#[^"]*"[^>]*class="timeline__bar/);
	});

	it('reads top levels as they are', () => {
		expect(topLevel('<!--a--><div title="x > y"><br><p>t</p><line /></div><!----><img src=x>')).toEqual(['<!--a-->', 'div', '<!---->', 'img']);
	});
});

import { describe, expect, it } from 'vitest';
import { story } from '../../content/index';
import { fillFigures } from './model';
import { renderProse } from './render-prose';

const prose = renderProse(story);
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

import { describe, expect, it } from 'vitest';
import { renderProse } from './render-prose';
import { stories } from './stories';

const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);
const TOKEN = /<!--([\s\S]*?)-->|<(\/?)([a-zA-Z][\w-]*)(?:\s+[^\s=>/]+(?:=(?:"[^"]*"|'[^']*'|[^\s>]+))?)*\s*(\/?)>/g;

/** What an HTML string holds at its top level: comments as `<!--data-->`, elements by their class. */
function topLevel(html: string): string[] {
	const found: string[] = [];
	let depth = 0;
	for (const [token, comment, closing, name, selfClosing] of html.matchAll(TOKEN)) {
		if (comment !== undefined) {
			if (depth === 0) found.push(`<!--${comment}-->`);
		} else if (closing) depth -= 1;
		else {
			if (depth === 0) found.push(`${name}.${/class="([^"]*)"/.exec(token)?.[1] ?? ''}`);
			if (!VOID.has(name!.toLowerCase()) && !selfClosing) depth += 1;
		}
	}
	return found;
}

describe.each(stories.map((s) => [s.story.id, s] as const))('the prerendered cards of “%s”', (_id, { story, geo }) => {
	const rendered = renderProse(story, geo.routes);
	const chapters = story.chapters;

	it('are every chapter’s', () => {
		expect(Object.keys(rendered.cards)).toEqual(chapters.map((c) => c.id));
	});

	it('are the chapter’s card between Svelte’s start and end markers, and nothing else: an empty comment at the top would end the page’s {@html} block', () => {
		for (const c of chapters) expect(topLevel(rendered.cards[c.id]!), c.id).toEqual(['<!--[-->', 'div.chapter__card', '<!--]-->']);
	});

	it('hold the chapter’s heading and its prerendered text', () => {
		for (const c of chapters) {
			const card = rendered.cards[c.id]!;
			expect(card, c.id).toContain(`<h2 id="${c.id}-title" class="chapter__title">${c.title}</h2>`);
			expect(card, c.id).toContain(rendered.chapters[c.id]!.text);
		}
	});
});

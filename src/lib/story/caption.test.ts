import { describe, expect, it } from 'vitest';
import { story } from '$content';
import { captionParts } from './caption';

describe('captionParts', () => {
	it('keeps a one-sentence caption whole', () => {
		expect(captionParts('Map: Baku, capital of Azerbaijan, on the Caspian Sea.')).toEqual({
			lead: 'Map: Baku, capital of Azerbaijan, on the Caspian Sea.',
			rest: ''
		});
	});

	it('splits after the first sentence, not at a colon, a comma or inside a bracket', () => {
		expect(captionParts('Map: Juba (the capital). Positions are estimates. The line is a route.')).toEqual({
			lead: 'Map: Juba (the capital).',
			rest: 'Positions are estimates. The line is a route.'
		});
	});

	it('does not split at a full stop followed by a lower-case word', () => {
		expect(captionParts('Map: the dam, approx. three km long. More here.').lead).toBe('Map: the dam, approx. three km long.');
	});

	it('loses no word of any chapter’s caption, and every lead is one sentence that ends with a full stop', () => {
		for (const c of story.chapters) {
			const { lead, rest } = captionParts(c.caption);
			expect([lead, rest].filter(Boolean).join(' '), c.id).toBe(c.caption.trim().replace(/\s+/g, ' '));
			expect(lead, c.id).toMatch(/^Map: .+\.$/);
			expect(lead.slice(0, -1), c.id).not.toMatch(/\.\s+\p{Lu}/u);
		}
	});
});

import { describe, expect, it } from 'vitest';
import { captionParts } from './caption';

describe('captionParts', () => {
	it('keeps a one-sentence caption whole', () => {
		expect(captionParts('Map: the capital, on the coast of the sea.')).toEqual({
			lead: 'Map: the capital, on the coast of the sea.',
			rest: ''
		});
	});

	it('splits after the first sentence, not at a colon, a comma or inside a bracket', () => {
		expect(captionParts('Map: the town (the capital). Positions are estimates. The line is a route.')).toEqual({
			lead: 'Map: the town (the capital).',
			rest: 'Positions are estimates. The line is a route.'
		});
	});

	it('does not split at a full stop followed by a lower-case word', () => {
		expect(captionParts('Map: the dam, approx. three km long. More here.').lead).toBe('Map: the dam, approx. three km long.');
	});
});

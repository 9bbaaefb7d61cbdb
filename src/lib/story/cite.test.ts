import { describe, expect, it } from 'vitest';
import { story } from '$content';
import { citationName, shortCitation } from './cite';

describe('citationName', () => {
	it('names a footnote by its number and its author and title', () => {
		expect(citationName({ footnote: 64, section: 'Chapter 3', citation: 'NATO, “Partnership for Peace: Framework Document”, Official Texts, 11 January 1994' })).toBe(
			'Source 64: NATO, “Partnership for Peace: Framework Document”'
		);
	});

	it('names a passage without a footnote by the report section it cites', () => {
		expect(citationName({ section: 'Chapter 3, Training of Peacekeeping Forces' })).toBe('Source: report section Chapter 3, Training of Peacekeeping Forces');
	});

	it('keeps a citation without a title whole', () => {
		expect(shortCitation('Interview, 2019')).toBe('Interview, 2019');
	});

	it('gives every end note of the story its own name', () => {
		const names = story.endNotes.map(citationName);
		expect(new Set(names).size).toBe(names.length);
	});
});

import { describe, expect, it } from 'vitest';
import { citationName, shortCitation } from './cite';

describe('citationName', () => {
	it('names a footnote by its number and its author and title', () => {
		expect(
			citationName(
				{ footnote: 64, section: 'Chapter 3', citation: 'An Alliance, “A Framework Document”, Official Texts, 11 January 1994' },
				'report'
			)
		).toBe('Source 64: An Alliance, “A Framework Document”');
		expect(citationName({ footnote: 7, section: 'Chapter 1' }, 'report')).toBe('Source 7: report, Chapter 1');
	});

	it('names a passage without a footnote by the section of the document it cites, whatever kind of document', () => {
		expect(citationName({ section: 'Chapter 3, Training' }, 'report')).toBe('Source: report section Chapter 3, Training');
		expect(citationName({ section: 'Part 2' }, 'memoir')).toBe('Source: memoir section Part 2');
	});

	it('keeps a citation without a title whole', () => {
		expect(shortCitation('Interview, 2019')).toBe('Interview, 2019');
	});
});

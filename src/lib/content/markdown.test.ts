import { describe, expect, it } from 'vitest';
import { parseMarkdown } from './markdown';

describe('parseMarkdown', () => {
	it('reads the front matter and the paragraphs, each with its citations and its line', () => {
		const md = parseMarkdown('---\ntitle: T\n---\n\nOne line\nand the next. [^fn1] [^doc-ch2]\n\nTwo. [^fn3]\n');
		expect(md.front).toBe('title: T');
		expect(md.frontLine).toBe(2);
		expect(md.paragraphs).toEqual([
			{ text: 'One line and the next.', cite: ['fn1', 'doc-ch2'], line: 5 },
			{ text: 'Two.', cite: ['fn3'], line: 8 }
		]);
		expect(md.problems).toEqual([]);
	});

	it('reads a file without front matter, and CRLF line ends', () => {
		expect(parseMarkdown('Only. [^a]\r\n').paragraphs).toEqual([{ text: 'Only.', cite: ['a'], line: 1 }]);
	});

	it('reports front matter never closed, an unfinished citation, and Markdown the prose does not use', () => {
		expect(parseMarkdown('---\ntitle: T\n').problems).toEqual([
			{ line: 1, message: 'the front matter opened with --- is never closed with ---' }
		]);
		expect(parseMarkdown('Text. [^fn1\n').problems[0]!.message).toMatch(/unfinished citation/);
		const kinds = (s: string) => parseMarkdown(s).problems.map((p) => p.message.replace(/.*\((.*)\).*/, '$1'));
		expect(kinds('# Heading [^a]')).toEqual(['a heading']);
		expect(kinds('- item [^a]')).toEqual(['a list item']);
		expect(kinds('See [the map](https://example.org). [^a]')).toEqual(['a link']);
		expect(kinds('A **bold** claim. [^a]')).toEqual(['emphasis']);
		expect(kinds('A <b>tag</b>. [^a]')).toEqual(['HTML']);
	});

	it('leaves plain prose alone: snake_case-free words, asterisks in numbers, brackets and quotes', () => {
		expect(parseMarkdown('About 3 × 4 km (roughly) – “quoted”, 1,000 people [sic]. [^a]').problems).toEqual([]);
	});
});

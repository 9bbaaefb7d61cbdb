/**
 * The Markdown of a chapter or place file: YAML front matter between `---` lines, then plain
 * paragraphs separated by blank lines, each ending with its citations as footnote markers
 * (`… in 1999. [^fn75] [^doc-ch3-section]`). Only that: the story's prose is plain text with
 * typographic quotes, so any other Markdown is reported rather than rendered. Pure.
 */

export interface MarkdownParagraph {
	text: string;
	cite: string[];
	/** 1-based line of the paragraph's first line in the file. */
	line: number;
}

export interface MarkdownFile {
	/** The front matter's YAML source ('' when there is none). */
	front: string;
	/** The line the front matter's first line stands on (for YAML positions). */
	frontLine: number;
	paragraphs: MarkdownParagraph[];
	/** Problems with the body, each with its line. */
	problems: { line: number; message: string }[];
}

const CITE = /\[\^([^\]\s]+)\]/g;

/** Markdown a plain paragraph must not hold: what it is, and the pattern that finds it. */
const FORMATTING: readonly [string, RegExp][] = [
	['a heading', /^#{1,6}\s/],
	['a list item', /^(?:[-*+]|\d+[.)])\s/],
	['a block quote', /^>/],
	['a link', /\[[^\]^][^\]]*\]\([^)]*\)/],
	['emphasis', /(^|[\s(])(\*{1,3}|_{1,3})[^\s*_][^*_]*\2(?=$|[\s.,;:!?)])/],
	['HTML', /<\/?[a-z][^>]*>/i]
];

export function parseMarkdown(source: string): MarkdownFile {
	const lines = source.replace(/\r\n?/g, '\n').split('\n');
	const problems: MarkdownFile['problems'] = [];
	let body = 0;
	let front = '';
	let frontLine = 1;
	if (lines[0]?.trim() === '---') {
		const end = lines.findIndex((l, i) => i > 0 && l.trim() === '---');
		if (end < 0) problems.push({ line: 1, message: 'the front matter opened with --- is never closed with ---' });
		else {
			front = lines.slice(1, end).join('\n');
			frontLine = 2;
			body = end + 1;
		}
	}
	const paragraphs: MarkdownParagraph[] = [];
	let block: { line: number; lines: string[] } | null = null;
	const close = () => {
		if (!block) return;
		const joined = block.lines.map((l) => l.trim()).join(' ');
		const cite = [...joined.matchAll(CITE)].map((m) => m[1]!);
		const text = joined.replace(CITE, '').replace(/\s+/g, ' ').trim();
		for (const [what, pattern] of FORMATTING) {
			if (block.lines.some((l) => pattern.test(l.trim())))
				problems.push({
					line: block.line,
					message: `paragraph ${paragraphs.length + 1}: holds Markdown formatting (${what}); write plain text`
				});
		}
		if (/\[\^[^\]]*$/.test(joined) || /\[\^\]/.test(joined))
			problems.push({ line: block.line, message: `paragraph ${paragraphs.length + 1}: has an unfinished citation marker [^…]` });
		paragraphs.push({ text, cite, line: block.line });
		block = null;
	};
	for (let i = body; i < lines.length; i++) {
		const l = lines[i]!;
		if (l.trim() === '') close();
		else if (block) block.lines.push(l);
		else block = { line: i + 1, lines: [l] };
	}
	close();
	return { front, frontLine, paragraphs, problems };
}

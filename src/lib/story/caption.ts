/**
 * A map caption in two parts: its first sentence, which says what the map shows and is always
 * visible, and the rest (how it is drawn: dashed boundaries, estimated positions, routes), which
 * a reader may unfold. Nothing is cut mid-sentence.
 */
export interface CaptionParts {
	lead: string;
	/** The sentences after the first, or '' when the caption is one sentence. */
	rest: string;
}

/** A full stop (or ! ?), closing quote or bracket allowed, then a space and a capital or digit. */
const SENTENCE_END = /[.!?][”’")\]]?\s+(?=[\p{Lu}\d“‘"(])/u;

export function captionParts(text: string): CaptionParts {
	const clean = text.trim().replace(/\s+/g, ' ');
	const m = SENTENCE_END.exec(clean);
	if (!m) return { lead: clean, rest: '' };
	const cut = m.index + m[0].trimEnd().length;
	return { lead: clean.slice(0, cut), rest: clean.slice(cut).trim() };
}

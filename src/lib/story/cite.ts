/**
 * What a citation mark says to a screen reader (and in its tooltip): which source it is, from the
 * content data. A footnote of the source document: its number and its citation up to the title,
 * "Source 12: An Author, “A Title”". A passage without a footnote: the document's section it cites.
 */
import type { Source } from '$lib/content/types';
import * as ui from '../ui/strings';

/** The citation's author and title: up to its first closing quotation mark, or all of it. */
export function shortCitation(citation: string): string {
	const end = citation.indexOf('”');
	return end > 0 ? citation.slice(0, end + 1) : citation;
}

/** The accessible name of a citation mark linking to `source`'s end note; `kind` is the source document's ("report"). */
export function citationName(source: Pick<Source, 'footnote' | 'citation' | 'section'>, kind: string): string {
	if (source.footnote)
		return ui.cite.footnote(source.footnote, source.citation ? shortCitation(source.citation) : ui.cite.inSection(kind, source.section));
	return ui.cite.section(kind, source.section);
}

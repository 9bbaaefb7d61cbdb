/**
 * The story as typed data. Every string a reader sees lives in src/content; the map engine and
 * the geo build never hold story wording. Validation (validate.ts) checks ids, references and
 * citations at build time and names the file and item on failure.
 */

/** Chapter ids, in reading order. They are also the URL hashes (`/#iraq`). */
export const CHAPTER_IDS = [
	'intro',
	'founding',
	'kosovo',
	'isaf',
	'resolute-support',
	'iraq',
	'unmiss',
	'legacy'
] as const;
export type ChapterId = (typeof CHAPTER_IDS)[number];

/** A place or area id as defined in geo/sources/places.geojson (checked by validation). */
export type PlaceId = string;

/** An end-note id from sources.ts, e.g. `fn75` for the report's footnote 75. */
export type SourceId = string;

/**
 * A paragraph of prose. `text` is plain text (typographic quotes, no markup). It may contain
 * computed-figure placeholders `{{figure-id}}`, replaced with the geo build's turf-computed
 * figure (see src/lib/generated/geo-meta.json `figures`). `cite` lists the end notes that
 * support it; every factual paragraph cites at least one.
 */
export interface Paragraph {
	text: string;
	cite: SourceId[];
}

/** A headline figure ("34", "servicemen in the platoon"). */
export interface Fact {
	value: string;
	label: string;
	cite: SourceId[];
}

/** A quotation, always attributed: who said it, in what role, where and when. */
export interface Quote {
	text: string;
	speaker: string;
	role: string;
	/** e.g. "in an interview with the newspaper Azərbaycan, 30 May 2009" */
	context: string;
	cite: SourceId[];
	/**
	 * The Azerbaijani-language outlet the quotation reached the report through (its footnote),
	 * e.g. "Xalq qəzeti". The report's English is then a translation back, not the speaker's own
	 * words, and every renderer says so (`translationNote`). Required when the cited footnote is
	 * in Azerbaijani (accuracy.test.ts).
	 */
	viaAzerbaijani?: string;
}

/** What a quotation's attribution adds when it reached the report through Azerbaijani. */
export function translationNote(q: Pick<Quote, 'viaAzerbaijani'>): string | null {
	return q.viaAzerbaijani ? `as rendered in the report, from an Azerbaijani-language source (${q.viaAzerbaijani})` : null;
}

/** A fixed camera; when a chapter has none, the map fits the chapter's places. */
export interface Camera {
	center: [lon: number, lat: number];
	zoom: number;
	bearing?: number;
	pitch?: number;
}

export interface Chapter {
	id: ChapterId;
	/** Short line above the title, usually the years: "1999–2008". */
	kicker: string;
	title: string;
	/** Two sentences: used by map cards, previews and the kiosk. */
	summary: string;
	paragraphs: Paragraph[];
	facts?: Fact[];
	quotes?: Quote[];
	/** Places and areas highlighted on the map when the chapter is active, in list order. */
	places: PlaceId[];
	/** What the map shows, in words, for the figure's caption: "Map: the Haditha Dam ...". */
	caption: string;
	camera?: Camera;
	/** Upper zoom limit when the map fits the chapter's places (defaults to 11). */
	maxZoom?: number;
	/** The places the view is fitted to, when not all of them (a long line may run off the map). */
	fit?: PlaceId[];
}

/** What the story says about one place, shown in its details panel and on /places/<id>. */
export interface PlaceStory {
	id: PlaceId;
	/** One sentence: what happened here. */
	summary: string;
	/** e.g. "August 2003 – December 2008" */
	dates?: string;
	paragraphs: Paragraph[];
	facts?: Fact[];
}

/** An end note. Report footnotes keep the report's number; report passages without one cite the section. */
export interface Source {
	id: SourceId;
	/** The report's footnote number, where the report gives one. */
	footnote?: number;
	/** Where in the report: "Chapter 3, Participation in Peacekeeping Operations, 1. KFOR". */
	section: string;
	/** The footnote's own text (author, title, date), as the report gives it. */
	citation?: string;
	url?: string;
}

/** Where the report contradicts itself, and what the story uses. */
export interface SourceNote {
	id: string;
	topic: string;
	variants: { text: string; where: string }[];
	used: string;
	why: string;
}

/** The document the story is told from: its full title, its publishers and where to get it. */
export interface SourceDocument {
	title: string;
	publishers: readonly { name: string; website?: string }[];
	/** Where the document itself can be read; null when it gives none (never a guess). */
	url: string | null;
	/** In plain words, how a reader can get the document. */
	availability: string;
}

/** The story's metadata (src/content/meta.ts). */
export interface StoryMeta {
	title: string;
	subtitle: string;
	standfirst: string;
	credit: string;
	byline: { name: string; type: 'Organization' | 'Person' };
	/** ISO dates, YYYY-MM-DD. */
	published: string;
	updated: string;
	sourceDocument: SourceDocument;
	navLabels: Readonly<Record<string, string>>;
	/** The public address and the publisher, for embeds, oEmbed and share cards (src/lib/share). */
	share: {
		/** The site's origin ('' = from SITE_ORIGIN, or the local preview). */
		origin: string;
		publisher: { name: string; url: string };
		twitterSite: string;
		oembedCacheAge: number;
	};
}

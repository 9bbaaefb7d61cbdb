/** The story page: its titles, dates, navigation, masthead, chapters, citations, copy links and downloads. */
import { capitalised } from './helpers';

/** Page titles: the page's own name first, then the story's. */
export const titles = {
	story: (title: string, subtitle: string) => `${title}: ${subtitle}`,
	within: (page: string, story: string) => `${page} · ${story}`,
	timeline: (timeline: string, story: string) => `${timeline} — ${story}`,
	kiosk: (title: string) => `${title}: exhibition`,
	notFound: (story: string) => `Page not found · ${story}`
};

/** Dates as the pages print them (see $lib/story/dates and $lib/timeline/time). */
export const dates = {
	months: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
	/** "2 December 2026". */
	day: (day: number, month: string, year: number | string) => `${day} ${month} ${year}`,
	/** "November 2002". */
	month: (month: string, year: number | string) => `${month} ${year}`
};

/** Navigation landmarks. */
export const nav = {
	chapters: 'Chapters',
	breadcrumb: 'Breadcrumb'
};

/** The story page: skip link, masthead and the floating "Explore the map". */
export const story = {
	skipToStory: 'Skip to the story',
	eyebrow: 'A map story',
	reduceMotion: 'Reduce motion',
	byline: (name: string) => `By ${name}`,
	published: 'Published',
	updated: 'Updated',
	/** Before the source document's title, which follows in a <cite>. */
	toldFrom: 'Told from the',
	/** After the title. */
	publishedBy: (publishers: readonly string[]) => `, published by the ${publishers.join(' and the ')}.`,
	aboutSource: (kind: string) => `About the ${kind}`
};

export const chapter = {
	skipToPlaces: 'Skip to this chapter’s places',
	skipToNext: (title: string) => `Skip to the next chapter: ${title}`,
	skipToSources: 'Skip to the sources',
	places: 'Places in this chapter',
	/** What "Copy link" copies, in words. */
	thisChapter: 'this chapter'
};

export const copyLink = {
	copy: 'Copy link',
	/** Visually hidden, after "Copy link". */
	to: (what: string) => ` to ${what}`,
	linkTo: (what: string) => `Link to ${what}`,
	copied: 'Link copied',
	copyByHand: 'Press Ctrl+C (or ⌘C) to copy the selected link'
};

/** Citation marks (their tooltips and what a screen reader says; see $lib/story/cite). */
export const cite = {
	footnoteTitle: (footnote: number, citation: string) => `Footnote ${footnote}: ${citation}`,
	sectionTitle: (kind: string, section: string) => `${capitalised(kind)}: ${section}`,
	unknown: (id: string) => `Source ${id}`,
	footnote: (footnote: number, what: string) => `Source ${footnote}: ${what}`,
	/** A footnote without a citation: the section of the document it is in. */
	inSection: (kind: string, section: string) => `${kind}, ${section}`,
	section: (kind: string, section: string) => `Source: ${kind} section ${section}`
};

/** "Get the data": the downloads (the files' names are not translated). */
export const data = {
	title: 'Get the data',
	lead: (kind: string, chart: boolean) =>
		`The data behind the maps${chart ? ' and the chart' : ''}, free to reuse with credit to the ${kind}. Positions marked approximate are estimates: each file says how certain a position is and where it comes from.`,
	/** What each file holds, after its link (its name). */
	placesGeojson:
		' — every place and area with its shape, certainty (exact or approximate, with a radius and the reason) and coordinate sources.',
	placesCsv: (kind: string) =>
		` — the same places, one row each: the label point for areas and lines, certainty, coordinate sources, the chapters they appear in and the ${kind}’s footnotes behind their story.`,
	routes: (kind: string) =>
		` — the routes the maps draw, as great circles: each says whether it passes a transit the ${kind} states, or is direct because it gives no route.`,
	timeline: (kind: string) =>
		` — each operation’s strength as the ${kind} gives it, with dates, footnotes and the stretches it gives no figure for.`
};

/** “Embed this”, as the page shows it before it is opened (its code's words are in ./embed.ts). */
export const embedThis = {
	embedMap: 'Embed this map',
	embedChart: 'Embed this chart',
	cardOfChapter: 'A map card of this chapter',
	thisChart: 'This chart',
	/** Before the page's address, which follows as a link; then a full stop. */
	isAt: (what: string) => `${what} is at`
};

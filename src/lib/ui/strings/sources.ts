/** The Sources section (rendered at build time). */
import { capitalised, listed } from './helpers';

/** The end notes, computed figures and notes on the sources. */
export const sources = {
	title: 'Sources',
	document: 'The source document',
	/** Before the document's title, which follows in a <cite>. */
	everything: 'Everything in this story comes from one document:',
	preparedBy: (publishers: readonly string[]) => `, prepared jointly by ${listed(publishers.map((p) => `the ${p}`))}.`,
	/** Before the document's address, which follows as a link; then a full stop. */
	readAt: 'It can be read at',
	/** Before the link to the map data. */
	notes: (kind: string) =>
		`Numbered notes are the ${kind}'s own footnotes, with the sources the ${kind} cites; “${kind}” marks a passage of the ${kind} without a footnote. Map positions come from the gazetteers named in each place's details; positions marked approximate are estimates. The map data can be downloaded as`,
	geojson: 'GeoJSON',
	/** An end note without a citation: the document itself. */
	documentItself: (kind: string) => capitalised(kind),
	where: (kind: string, section: string, footnote: number | undefined) =>
		`(${capitalised(kind)}: ${section}${footnote ? `, footnote ${footnote}` : ''})`,
	figures: 'Figures computed for this story',
	figuresText: (kind: string) =>
		`Distances and areas that the ${kind} does not give were computed from the map data with turf. They are straight-line (great-circle) figures, not road distances.`,
	sourceNotes: 'Notes on the sources',
	sourceNotesText: (kind: string) => `Where the ${kind} contradicts itself, this story uses one form and records the others here.`,
	uses: 'This story uses:'
};

/** The timeline chart, its table and tooltips. */
import { capitalised } from './helpers';

/** The timeline chart and its table. */
export const timeline = {
	scrollHint: 'The chart scrolls sideways\u00a0→',
	chartLabel: 'Timeline chart, scrolls sideways',
	unstated: (from: string, to: string, kind: string) =>
		`${from} to ${to}: the operation continued, but the ${kind} states no strength for this time.`,
	to: (date: string) => ` to ${date}`,
	/** An end note in the timeline's table and CSV: “Report footnote 94”, “Report, Chapter 3, …”. */
	footnote: (kind: string, n: number) => `${capitalised(kind)} footnote ${n}`,
	section: (kind: string, section: string) => `${capitalised(kind)}, ${section}`,
	rowUntil: (date: string) => `until ${date}`,
	rowContinuing: (year: number) => `continuing (as of ${year})`,
	until: (date: string) => ` until ${date}`,
	continuing: (year: number) => `, continuing (as of ${year})`,
	/** `until` is one of the three above. */
	strength: (value: number, from: string, until: string) => `${value} personnel from ${from}${until}.`,
	period: (from: string, to: string) => `${from} to ${to}`,
	/** A bar's tooltip without JavaScript (its <title>). */
	barTitle: (title: string, text: string, source: string) => `${title}: ${text} Source: ${source}.`,
	source: (source: string) => `Source: ${source}`,
	keyStated: (kind: string) => `strength stated by the ${kind}`,
	keyUnstated: 'no strength stated',
	/** The source line: before the document's title, which follows in a <cite>… */
	sourceLead: 'Source:',
	/** …after it, before the links to the notes on the sources, which end with a full stop. */
	sourceRest: (footnotes: string, kind: string) =>
		`, with its footnotes ${footnotes} and passages without a footnote, as listed in the table. Where the ${kind} contradicts itself, see the notes on the sources:`,
	/** Before the CSV's link. */
	data: 'Data:',
	table: 'The figures as a table',
	tableCaption: (kind: string) => `Contingent strength by operation, as the ${kind} gives it`,
	columns: { operation: 'Operation', from: 'From', to: 'To', personnel: 'Personnel', source: 'Source' },
	notStated: 'not stated'
};

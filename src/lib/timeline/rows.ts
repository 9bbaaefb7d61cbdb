/**
 * The timeline as rows of a table (and of timeline.csv): one row per stated strength, one per
 * stretch without a stated strength, and the overlap figure. Pure; the chart, the HTML table and
 * the CSV download all read these rows, so they cannot disagree.
 */
import type { Operation, Source, Timeline } from '$lib/content/types';
import { stretches } from './layout';
import { formatDay, formatPartialDate } from './time';
import * as ui from '../ui/strings';

export interface TimelineRow {
	/** Operation id, or `overlap`. */
	operation: string;
	name: string;
	chapter: string;
	kind: 'stated' | 'unstated' | 'overlap';
	/** ISO dates at the report’s precision (stated rows), or days (unstated stretches). */
	from: string;
	to: string;
	/** Display form of the dates. */
	fromText: string;
	toText: string;
	personnel: number | null;
	/** End-note ids, and their display form: “Report footnote 94”. */
	cite: string[];
	sourceText: string;
	/** Notes on the sources that bear on the row. */
	notes: string[];
}

/** “Report footnote 94” or “Report, Chapter 3, …” for an end note; `kind` is the source document's (“report”). */
export function sourceLabel(source: Source | undefined, id: string, kind: string): string {
	if (!source) return id;
	return source.footnote !== undefined ? ui.timeline.footnote(kind, source.footnote) : ui.timeline.section(kind, source.section);
}

export function sourcesText(ids: readonly string[], sources: ReadonlyMap<string, Source>, kind: string): string {
	return ids.map((id) => sourceLabel(sources.get(id), id, kind)).join('; ');
}

/** Every end note and note on the sources the timeline cites: what its chart and table need. */
export function timelineCitations(t: Timeline): { sources: string[]; sourceNotes: string[] } {
	const sources = [
		...t.asOf.cite,
		...(t.overlap?.cite ?? []),
		...t.operations.flatMap((op) => [...op.dates.cite, ...op.strengths.flatMap((s) => s.cite)])
	];
	const sourceNotes = [...(t.overlap?.notes ?? []), ...t.operations.flatMap((op) => op.notes ?? [])];
	return { sources: [...new Set(sources)], sourceNotes: [...new Set(sourceNotes)] };
}

const isoDay = (t: number) => new Date(t).toISOString().slice(0, 10);
const DAY = 86_400_000;

/** The end of the chart: the end of the report’s “as of” year. */
export const chartEnd = (t: Timeline) => Date.UTC(t.asOf.year + 1, 0, 1);

function operationRows(op: Operation, t: Timeline, sources: ReadonlyMap<string, Source>, kind: string): TimelineRow[] {
	const base = { operation: op.id, name: op.name, chapter: op.chapter, notes: op.notes ?? [] };
	return stretches(op, chartEnd(t)).map((s): TimelineRow => {
		if (s.kind === 'stated') {
			const strength = op.strengths[s.strength!]!;
			const next = op.strengths[s.strength! + 1];
			// To the report’s own limit, else the day before the next figure, else the operation’s end.
			const to = strength.to ?? (next ? isoDay(s.to - DAY) : (op.end ?? ''));
			const toText = strength.to
				? formatPartialDate(strength.to)
				: next
					? ui.timeline.rowUntil(formatPartialDate(next.from))
					: op.end
						? formatPartialDate(op.end)
						: ui.timeline.rowContinuing(t.asOf.year);
			return {
				...base,
				kind: 'stated',
				from: strength.from,
				to,
				fromText: formatPartialDate(strength.from),
				toText,
				personnel: strength.value,
				cite: strength.cite,
				sourceText: sourcesText(strength.cite, sources, kind)
			};
		}
		return {
			...base,
			kind: 'unstated',
			from: isoDay(s.from),
			to: isoDay(s.to - DAY),
			fromText: formatDay(s.from),
			toText: formatDay(s.to - DAY),
			personnel: null,
			cite: op.dates.cite,
			sourceText: sourcesText(op.dates.cite, sources, kind)
		};
	});
}

/** `kind`: the source document's (“report”), as the rows name its footnotes. */
export function timelineRows(t: Timeline, sources: ReadonlyMap<string, Source>, kind: string): TimelineRow[] {
	const o = t.overlap;
	const rows = t.operations.flatMap((op) => operationRows(op, t, sources, kind));
	if (!o) return rows;
	return [
		...rows,
		{
			operation: 'overlap',
			name: o.name,
			chapter: o.chapter,
			kind: 'overlap',
			from: o.from,
			to: o.to,
			fromText: formatPartialDate(o.from),
			toText: formatPartialDate(o.to),
			personnel: o.value,
			cite: o.cite,
			sourceText: sourcesText(o.cite, sources, kind),
			notes: o.notes
		}
	];
}

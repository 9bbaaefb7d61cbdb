/**
 * Build-time checks of the deployment timeline (timeline.ts): dates that parse and run in order,
 * strengths inside their operation, figures that their evidence states, citations and notes that
 * resolve. Problems name the file and the item, like validate.ts.
 */
import { endOf, parsePartialDate, startOf } from '$lib/timeline/time';
import { CHAPTER_IDS } from './types';
import type { Timeline } from './timeline';

const FILE = 'src/content/timeline.ts';
const WORDS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];

/** Whether `text` states `value`, as digits (34, 1,000) or, for small numbers, as a word (“two”). */
export function statesNumber(text: string, value: number): boolean {
	const digits = new RegExp(`(^|[^\\d,.])${value.toLocaleString('en-US').replace(/,/g, ',?')}(?![\\d]|[,.]\\d)`);
	if (digits.test(text)) return true;
	const word = WORDS[value];
	return word !== undefined && new RegExp(`\\b${word}\\b`, 'i').test(text);
}

export function validateTimeline(t: Timeline, sourceIds: ReadonlySet<string>, noteIds: ReadonlySet<string>): string[] {
	const problems: string[] = [];
	const cites = (where: string, ids: readonly string[]) => {
		if (ids.length === 0) problems.push(`${where}: cites no source`);
		for (const id of ids) if (!sourceIds.has(id)) problems.push(`${where}: cites unknown source "${id}"`);
	};
	const notes = (where: string, ids: readonly string[] = []) => {
		for (const id of ids) if (!noteIds.has(id)) problems.push(`${where}: unknown note on the sources "${id}"`);
	};
	const date = (where: string, iso: string | undefined): boolean => {
		if (iso === undefined) return false;
		if (parsePartialDate(iso)) return true;
		problems.push(`${where}: "${iso}" is not a date (YYYY, YYYY-MM or YYYY-MM-DD)`);
		return false;
	};
	const evidence = (where: string, texts: readonly string[], value?: number) => {
		if (texts.length === 0 || texts.some((e) => !e.trim())) problems.push(`${where}: needs the report’s words as evidence`);
		if (value !== undefined && !texts.some((e) => statesNumber(e, value)))
			problems.push(`${where}: its evidence does not state ${value}`);
	};

	const chartEnd = Date.UTC(t.asOf.year + 1, 0, 1);
	if (t.fromYear >= t.asOf.year) problems.push(`${FILE}: fromYear ${t.fromYear} is not before asOf ${t.asOf.year}`);
	evidence(`${FILE}: asOf`, t.asOf.evidence, t.asOf.year);
	cites(`${FILE}: asOf`, t.asOf.cite);

	const ids = new Set<string>();
	for (const op of t.operations) {
		const where = `${FILE}: operation "${op.id}"`;
		if (ids.has(op.id)) problems.push(`${where}: duplicate id`);
		ids.add(op.id);
		if (!(CHAPTER_IDS as readonly string[]).includes(op.chapter)) problems.push(`${where}: unknown chapter "${op.chapter}"`);
		const hasStart = date(`${where}, start`, op.start);
		const hasEnd = date(`${where}, end`, op.end);
		const start = hasStart ? startOf(op.start) : NaN;
		const end = hasEnd ? endOf(op.end!) : chartEnd;
		if (hasStart && end <= start) problems.push(`${where}: ends before it starts`);
		if (hasStart && (start < Date.UTC(t.fromYear, 0, 1) || start >= chartEnd)) problems.push(`${where}: starts outside the chart`);
		evidence(`${where}, dates`, op.dates.evidence);
		cites(`${where}, dates`, op.dates.cite);
		notes(where, op.notes);
		if (op.strengths.length === 0) problems.push(`${where}: has no stated strength`);
		let previous = -Infinity;
		for (const [i, s] of op.strengths.entries()) {
			const w = `${where}, strength ${i + 1} (${s.value})`;
			if (!Number.isInteger(s.value) || s.value <= 0) problems.push(`${w}: not a positive whole number`);
			if (date(`${w}, from`, s.from)) {
				const from = startOf(s.from);
				if (from <= previous) problems.push(`${w}: not after the previous strength`);
				if (hasStart && (from < start || from >= end)) problems.push(`${w}: starts outside the operation’s dates`);
				previous = from;
				if (date(`${w}, to`, s.to) && endOf(s.to!) <= from) problems.push(`${w}: ends before it starts`);
			}
			evidence(w, s.evidence, s.value);
			cites(w, s.cite);
		}
	}

	const o = t.overlap;
	const where = `${FILE}: overlap`;
	if (date(`${where}, from`, o.from) && date(`${where}, to`, o.to)) {
		const from = startOf(o.from);
		const to = endOf(o.to);
		// An overlap is a time when several operations ran: at least two must cover all of it.
		const valid = t.operations.filter((op) => parsePartialDate(op.start) && (!op.end || parsePartialDate(op.end)));
		const covering = valid.filter((op) => startOf(op.start) <= from && (op.end ? endOf(op.end) : chartEnd) >= to);
		if (covering.length < 2) problems.push(`${where}: fewer than two operations cover ${o.from} to ${o.to}`);
	}
	evidence(where, o.evidence, o.value);
	cites(where, o.cite);
	notes(where, o.notes);
	return problems;
}

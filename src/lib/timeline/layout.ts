/**
 * Lays out the timeline chart: one row per operation, each a step bar whose thickness is the
 * stated strength, hatched stretches where no strength is stated, year ticks, and the band of a
 * figure that spans several operations. Pure: numbers in, rectangles out; the component draws them.
 */
import { linearScale, yearTicks, type Tick } from './scale';
import { endOf, startOf } from './time';

export interface StrengthInput {
	value: number;
	from: string;
	to?: string;
}

export interface RowInput {
	id: string;
	start: string;
	end?: string;
	strengths: readonly StrengthInput[];
}

export interface LayoutInput {
	fromYear: number;
	/** The last year shown; an operation without an end runs to its end. */
	toYear: number;
	rows: readonly RowInput[];
	band?: { from: string; to: string };
}

export interface LayoutOptions {
	width: number;
	/** Height of the thickest bar (the largest strength). */
	barMax: number;
	/** Space above each bar for its row label. */
	labelHeight: number;
	rowGap: number;
	/** Space above the rows for the band’s label. */
	bandHeight: number;
	axisHeight: number;
	marginX: number;
	/** Thin bars stay visible: the smallest drawn thickness. */
	minBar: number;
	/** Thickness of a stretch without a stated strength. */
	unstatedBar: number;
}

export const DEFAULT_LAYOUT: LayoutOptions = {
	width: 520,
	barMax: 40,
	labelHeight: 18,
	rowGap: 14,
	bandHeight: 30,
	axisHeight: 26,
	marginX: 10,
	minBar: 2,
	unstatedBar: 8
};

export interface Segment {
	kind: 'stated' | 'unstated';
	/** Index into the row’s strengths, for stated segments. */
	strength: number | null;
	value: number | null;
	from: number;
	to: number;
	x: number;
	y: number;
	width: number;
	height: number;
}

export interface RowLayout {
	id: string;
	/** Top of the row: its label’s baseline sits just below. */
	top: number;
	/** Bottom of the bars. */
	baseline: number;
	/** Continues past the chart’s end. */
	open: boolean;
	segments: Segment[];
}

export interface TimelineLayout {
	width: number;
	height: number;
	plot: { left: number; right: number; top: number; bottom: number };
	ticks: Tick[];
	rows: RowLayout[];
	band: { x: number; width: number; y: number; height: number } | null;
}

/** The stated and unstated stretches of one operation, in time order, clipped to its dates. */
export function stretches(row: RowInput, chartEnd: number): Omit<Segment, 'x' | 'y' | 'width' | 'height'>[] {
	const start = startOf(row.start);
	const end = Math.min(row.end ? endOf(row.end) : chartEnd, chartEnd);
	const out: Omit<Segment, 'x' | 'y' | 'width' | 'height'>[] = [];
	let cursor = start;
	row.strengths.forEach((s, i) => {
		const from = Math.max(startOf(s.from), start);
		const next = row.strengths[i + 1];
		const to = Math.min(s.to ? endOf(s.to) : next ? startOf(next.from) : end, end);
		if (from > cursor) out.push({ kind: 'unstated', strength: null, value: null, from: cursor, to: from });
		if (to > from) out.push({ kind: 'stated', strength: i, value: s.value, from, to });
		cursor = Math.max(cursor, to);
	});
	if (end > cursor) out.push({ kind: 'unstated', strength: null, value: null, from: cursor, to: end });
	return out;
}

export function layoutTimeline(input: LayoutInput, options: Partial<LayoutOptions> = {}): TimelineLayout {
	const o = { ...DEFAULT_LAYOUT, ...options };
	const chartStart = Date.UTC(input.fromYear, 0, 1);
	const chartEnd = Date.UTC(input.toYear + 1, 0, 1);
	const left = o.marginX;
	const right = o.width - o.marginX;
	const x = linearScale([chartStart, chartEnd], [left, right]);
	const max = Math.max(1, ...input.rows.flatMap((r) => r.strengths.map((s) => s.value)));
	const thickness = (v: number) => Math.max(o.minBar, (v / max) * o.barMax);

	const top = o.bandHeight;
	const rowHeight = o.labelHeight + o.barMax + o.rowGap;
	const rows = input.rows.map((row, i): RowLayout => {
		const rowTop = top + i * rowHeight;
		const baseline = rowTop + o.labelHeight + o.barMax;
		const segments = stretches(row, chartEnd).map((s): Segment => {
			const height = s.value === null ? o.unstatedBar : thickness(s.value);
			return { ...s, x: x(s.from), width: x(s.to) - x(s.from), y: baseline - height, height };
		});
		return { id: row.id, top: rowTop, baseline, open: !row.end, segments };
	});
	const bottom = top + rows.length * rowHeight - o.rowGap;
	const band = input.band
		? { x: x(startOf(input.band.from)), width: x(endOf(input.band.to)) - x(startOf(input.band.from)), y: 4, height: bottom - 4 }
		: null;
	return {
		width: o.width,
		height: bottom + o.axisHeight,
		plot: { left, right, top, bottom },
		ticks: yearTicks(x, input.fromYear, input.toYear + 1, 5),
		rows,
		band
	};
}

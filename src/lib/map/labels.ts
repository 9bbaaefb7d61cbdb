/**
 * Screen-space placement of the story's marker labels, shared by the live map and the static
 * maps. Each label goes to the first side of its dot (right, left, above, below, then the
 * corners) where it meets no other label, no dot and no covered part of the map, and stays
 * inside the frame; when no side is free, the side that overlaps least. Pure and
 * deterministic: the same input gives the same placement.
 */

export interface Rect {
	x: number;
	y: number;
	w: number;
	h: number;
}

export interface LabelledPoint {
	id: string;
	/** The marker's centre on screen. */
	x: number;
	y: number;
	/** Half the dot's size: labels keep clear of it by this much plus a gap. */
	r: number;
	/** The label's size. */
	w: number;
	h: number;
}

export type Side =
	| 'right'
	| 'left'
	| 'above'
	| 'below'
	| 'above-right'
	| 'below-right'
	| 'above-left'
	| 'below-left'
	| 'right-high'
	| 'right-low'
	| 'left-high'
	| 'left-low';

export interface Placement {
	/** The label's box on screen. */
	box: Rect;
	side: Side;
	/** True when every side overlapped something: the least bad one was taken. */
	forced: boolean;
}

export interface PlaceLabelsOptions {
	/** The frame labels must stay inside (the map's visible part). */
	frame: Rect;
	/** Parts of the frame other content covers (caption, controls), and dots drawn without labels. */
	obstacles?: readonly Rect[];
	/** Space between a dot and its label. */
	gap?: number;
}

export const SIDES: readonly Side[] = [
	'right',
	'left',
	'above',
	'below',
	'above-right',
	'below-right',
	'above-left',
	'below-left',
	'right-high',
	'right-low',
	'left-high',
	'left-low'
];

/** The label's box on one side of its point. */
export function boxOn(p: LabelledPoint, side: Side, gap = 4): Rect {
	const d = p.r + gap;
	switch (side) {
		case 'right':
			return { x: p.x + d, y: p.y - p.h / 2, w: p.w, h: p.h };
		case 'left':
			return { x: p.x - d - p.w, y: p.y - p.h / 2, w: p.w, h: p.h };
		case 'above':
			return { x: p.x - p.w / 2, y: p.y - d - p.h, w: p.w, h: p.h };
		case 'below':
			return { x: p.x - p.w / 2, y: p.y + d, w: p.w, h: p.h };
		case 'above-right':
			return { x: p.x + p.r * 0.7, y: p.y - p.r * 0.7 - p.h, w: p.w, h: p.h };
		case 'below-right':
			return { x: p.x + p.r * 0.7, y: p.y + p.r * 0.7, w: p.w, h: p.h };
		case 'above-left':
			return { x: p.x - p.r * 0.7 - p.w, y: p.y - p.r * 0.7 - p.h, w: p.w, h: p.h };
		case 'below-left':
			return { x: p.x - p.r * 0.7 - p.w, y: p.y + p.r * 0.7, w: p.w, h: p.h };
		// Beside the dot but shifted up or down, for crowded places.
		case 'right-high':
			return { x: p.x + d, y: p.y - p.h + p.r * 0.5, w: p.w, h: p.h };
		case 'right-low':
			return { x: p.x + d, y: p.y - p.r * 0.5, w: p.w, h: p.h };
		case 'left-high':
			return { x: p.x - d - p.w, y: p.y - p.h + p.r * 0.5, w: p.w, h: p.h };
		case 'left-low':
			return { x: p.x - d - p.w, y: p.y - p.r * 0.5, w: p.w, h: p.h };
	}
}

/** Area shared by two rectangles (0 when apart). */
export function overlap(a: Rect, b: Rect): number {
	const w = Math.min(a.x + a.w, b.x + b.w) - Math.max(a.x, b.x);
	const h = Math.min(a.y + a.h, b.y + b.h) - Math.max(a.y, b.y);
	return w > 0 && h > 0 ? w * h : 0;
}

/** Area of `r` outside `frame`. */
function outside(r: Rect, frame: Rect): number {
	return r.w * r.h - overlap(r, frame);
}

/** A dot's own box. */
export function dotBox(p: Pick<LabelledPoint, 'x' | 'y' | 'r'>): Rect {
	return { x: p.x - p.r, y: p.y - p.r, w: 2 * p.r, h: 2 * p.r };
}

/** One greedy pass in the given order; returns the placements and their total cost. */
function greedy(points: readonly LabelledPoint[], o: PlaceLabelsOptions): { out: Map<string, Placement>; cost: number } {
	const gap = o.gap ?? 4;
	const fixed: Rect[] = [...(o.obstacles ?? []), ...points.map(dotBox)];
	const placed: Rect[] = [];
	const out = new Map<string, Placement>();
	let total = 0;
	for (const p of points) {
		let best: { box: Rect; side: Side; cost: number } | null = null;
		const costOf = (box: Rect) => {
			// Leaving the frame costs more than covering something: a label cut off says nothing.
			let cost = outside(box, o.frame) * 4;
			for (const r of fixed) cost += overlap(box, r);
			for (const r of placed) cost += overlap(box, r) * 2;
			return cost;
		};
		for (const side of SIDES) {
			const box = boxOn(p, side, gap);
			const cost = costOf(box);
			if (!best || cost < best.cost) best = { box, side, cost };
			if (cost === 0) break;
		}
		// Crowded: the same sides, slid along the dot by up to a label's height or half its width.
		if (best!.cost > 0) {
			for (const side of ['right', 'left', 'above', 'below'] as const) {
				const base = boxOn(p, side, gap);
				const vertical = side === 'right' || side === 'left';
				for (const k of [1, -1, 2, -2]) {
					const box = vertical ? { ...base, y: base.y + (k * p.h) / 2 } : { ...base, x: base.x + (k * p.w) / 4 };
					const cost = costOf(box);
					if (cost < best!.cost) best = { box, side, cost };
				}
			}
		}
		placed.push(best!.box);
		total += best!.cost;
		out.set(p.id, { box: best!.box, side: best!.side, forced: best!.cost > 0 });
	}
	return { out, cost: total };
}

/**
 * Places the labels. The given order is tried first (the first label gets its best side); when
 * some label finds no free side, other orders (reversed, top to bottom, left to right, and each
 * crowded label first) are tried too and the placement that overlaps least is kept. Every dot is
 * an obstacle to every label, its own included.
 */
export function placeLabels(points: readonly LabelledPoint[], o: PlaceLabelsOptions): Map<string, Placement> {
	let best = greedy(points, o);
	if (best.cost === 0 || points.length < 2) return best.out;
	const orders: LabelledPoint[][] = [
		[...points].reverse(),
		[...points].sort((a, b) => a.y - b.y || a.x - b.x),
		[...points].sort((a, b) => a.x - b.x || a.y - b.y)
	];
	for (const p of points) if (best.out.get(p.id)!.forced) orders.push([p, ...points.filter((q) => q !== p)]);
	for (const order of orders) {
		const next = greedy(order, o);
		if (next.cost < best.cost) best = next;
		if (best.cost === 0) break;
	}
	return best.out;
}

/** A line on screen, from `(x1, y1)` to `(x2, y2)`. */
export interface Segment {
	x1: number;
	y1: number;
	x2: number;
	y2: number;
}

/**
 * The leader line a label needs to point at its dot: none when the label sits by its dot (no
 * farther than a side of `boxOn` plus `slack`), else from the dot's edge to the label's nearest
 * point. Crowded places slide labels along their dots (a stack of names by a label's height), and
 * a label that no longer touches its dot would be read as the next dot's.
 */
export function leaderOf(p: Pick<LabelledPoint, 'x' | 'y' | 'r'>, box: Rect, gap = 4, slack = 6): Segment | null {
	const x2 = Math.max(box.x, Math.min(p.x, box.x + box.w));
	const y2 = Math.max(box.y, Math.min(p.y, box.y + box.h));
	const distance = Math.hypot(x2 - p.x, y2 - p.y);
	if (distance <= p.r + gap + slack) return null;
	const [ux, uy] = [(x2 - p.x) / distance, (y2 - p.y) / distance];
	return { x1: p.x + ux * p.r, y1: p.y + uy * p.r, x2, y2 };
}

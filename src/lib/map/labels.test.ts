import { describe, expect, it } from 'vitest';
import { SIDES, boxOn, dotBox, leaderOf, overlap, placeLabels, type LabelledPoint } from './labels';

const frame = { x: 0, y: 0, w: 400, h: 300 };
const pt = (id: string, x: number, y: number, w = 80, h = 20): LabelledPoint => ({ id, x, y, r: 8, w, h });

describe('overlap', () => {
	it('is the shared area, and 0 for boxes that only touch', () => {
		expect(overlap({ x: 0, y: 0, w: 10, h: 10 }, { x: 5, y: 5, w: 10, h: 10 })).toBe(25);
		expect(overlap({ x: 0, y: 0, w: 10, h: 10 }, { x: 10, y: 0, w: 10, h: 10 })).toBe(0);
	});
});

describe('placeLabels', () => {
	it('puts a lone label to the right of its dot, clear of it', () => {
		const p = pt('a', 100, 100);
		const placed = placeLabels([p], { frame }).get('a')!;
		expect(placed.side).toBe('right');
		expect(placed.forced).toBe(false);
		expect(overlap(placed.box, dotBox(p))).toBe(0);
	});

	it('moves a label to the left at the right edge of the frame', () => {
		const placed = placeLabels([pt('a', 380, 100)], { frame }).get('a')!;
		expect(placed.side).toBe('left');
		expect(placed.box.x).toBeGreaterThanOrEqual(0);
	});

	it('never lets two labels or a label and another dot overlap when there is room', () => {
		// Three places close together, as the Capital sites are.
		const pts = [pt('capital', 200, 150), pt('tower', 190, 160), pt('depot', 230, 150)];
		const placed = placeLabels(pts, { frame });
		const boxes = [...placed.values()].map((p) => p.box);
		for (let i = 0; i < boxes.length; i++) {
			for (let j = i + 1; j < boxes.length; j++) expect(overlap(boxes[i]!, boxes[j]!)).toBe(0);
			for (const p of pts) expect(overlap(boxes[i]!, dotBox(p))).toBe(0);
		}
		expect([...placed.values()].every((p) => !p.forced)).toBe(true);
	});

	it('keeps labels off the covered parts of the frame', () => {
		const caption = { x: 0, y: 200, w: 400, h: 100 };
		const placed = placeLabels([pt('a', 100, 195)], { frame, obstacles: [caption] }).get('a')!;
		expect(overlap(placed.box, caption)).toBe(0);
		expect(placed.side).toBe('above');
	});

	it('takes the least bad side when none is free, and says so', () => {
		const tiny = { x: 0, y: 0, w: 20, h: 20 };
		const placed = placeLabels([pt('a', 10, 10)], { frame: tiny }).get('a')!;
		expect(placed.forced).toBe(true);
	});

	it('is deterministic', () => {
		const pts = [pt('a', 100, 100), pt('b', 110, 105), pt('c', 90, 95)];
		expect([...placeLabels(pts, { frame })]).toEqual([...placeLabels(pts, { frame })]);
	});

	it('boxes sit beside, above or below the dot by the gap', () => {
		const p = pt('a', 100, 100);
		expect(boxOn(p, 'above', 4)).toEqual({ x: 60, y: 68, w: 80, h: 20 });
		expect(boxOn(p, 'below', 4)).toEqual({ x: 60, y: 112, w: 80, h: 20 });
	});
});

describe('placeLabels, crowded', () => {
	it('finds a placement with no overlap where the first order would force one', () => {
		// A narrow band: the first label's best side blocks the second's only free one.
		const band = { x: 0, y: 0, w: 260, h: 70 };
		const pts = [pt('a', 120, 35, 90, 20), pt('b', 150, 45, 90, 20)];
		const placed = placeLabels(pts, { frame: band });
		expect([...placed.values()].some((p) => p.forced)).toBe(false);
		const [p, q] = [...placed.values()].map((x) => x.box);
		expect(overlap(p!, q!)).toBe(0);
	});
});

describe('leaderOf', () => {
	it('draws no leader for a label on any side of its dot', () => {
		const p = pt('a', 100, 100, 80, 40);
		for (const side of SIDES) expect(leaderOf(p, boxOn(p, side, 3), 3), side).toBeNull();
	});

	it('draws one from the dot’s edge to the nearest point of a label slid away from it', () => {
		const p = pt('a', 100, 100, 80, 100);
		// Left of the dot and slid down by its height, as a crowded stack of names may be.
		const box = { ...boxOn(p, 'left', 3), y: boxOn(p, 'left', 3).y + p.h };
		const leader = leaderOf(p, box, 3)!;
		expect(leader.x2).toBe(box.x + box.w);
		expect(leader.y2).toBe(box.y);
		// It starts on the dot's edge and points at the label.
		expect(Math.hypot(leader.x1 - p.x, leader.y1 - p.y)).toBeCloseTo(p.r);
		expect(leader.x1).toBeLessThan(p.x);
		expect(leader.y1).toBeGreaterThan(p.y);
	});
});

/** The markers' label layout where the camera stops: pure, so no DOM and no map (the rest is engine.test.ts's). */
import { describe, expect, it } from 'vitest';
import { overlap, type Rect } from './labels';
import { layOutLabels, type MarkerInView } from './markers';
import { markers as markerSymbol } from './symbols';

const at = (x: number, y: number, w = 60, h = 16): MarkerInView => ({ x, y, w, h, r: 8 });
/** A label's box on screen, from its marker and spot. */
const labelBox = (m: MarkerInView, spot: { dx: number; dy: number }): Rect => ({ x: m.x + spot.dx, y: m.y + spot.dy, w: m.w, h: m.h });

describe('layOutLabels', () => {
	it('draws a leader to a tall label slid out of touch with its dot, from the dot’s edge to the label', () => {
		// A stack of names by a dot with a band above and below it taken: the label slides along the dot.
		const m = at(200, 150, 60, 100);
		const band = [
			{ x: 0, y: 90, w: 190, h: 120 },
			{ x: 210, y: 90, w: 190, h: 120 }
		];
		const { spots } = layOutLabels([m], 400, 300, band);
		const spot = spots[0]!;
		const box = labelBox(m, spot);
		const nearest = { x: Math.max(box.x, Math.min(m.x, box.x + box.w)), y: Math.max(box.y, Math.min(m.y, box.y + box.h)) };
		const distance = Math.hypot(nearest.x - m.x, nearest.y - m.y);
		expect(distance).toBeGreaterThan(m.r + 3 + 6);
		expect(spot.leader).not.toBeNull();
		const { from, to, angle } = spot.leader!;
		expect(from).toBe(m.r);
		expect(to).toBe(Math.round(distance));
		expect(angle).toBe(Math.round((Math.atan2(nearest.y - m.y, nearest.x - m.x) * 180) / Math.PI));
	});

	it('puts a lone marker’s label beside its dot, inside the map, and reports the label and the dot as taken', () => {
		const m = at(100, 100);
		const { spots, boxes } = layOutLabels([m], 400, 300, []);
		expect(spots).toEqual([{ dx: 11, dy: -8, follower: false, leader: null }]);
		expect(boxes).toEqual([
			{ x: 111, y: 92, w: 60, h: 16 },
			{ x: 90, y: 90, w: 20, h: 20 }
		]);
	});

	it('stacks the names of markers whose dots would touch under the first one’s label, at its left edge', () => {
		const lead = at(100, 100, 50, 16);
		const follower = at(100 + markerSymbol.clusterPx - 1, 104, 70, 18);
		const { spots, boxes } = layOutLabels([lead, follower], 400, 300, []);
		expect(spots.map((s) => s.follower)).toEqual([false, true]);
		const [a, b] = [labelBox(lead, spots[0]!), labelBox(follower, spots[1]!)];
		expect(b.x).toBe(a.x);
		expect(b.y).toBe(a.y + lead.h);
		// One cluster: one label box, as wide as the widest name and as tall as both, and the lead's dot.
		expect(boxes).toHaveLength(2);
		expect(boxes[0]).toMatchObject({ w: 70, h: 34 });
	});

	it('keeps markers whose dots only come near apart, their labels clear of each other', () => {
		const a = at(100, 100);
		const b = at(100 + markerSymbol.clusterPx, 100);
		const { spots, boxes } = layOutLabels([a, b], 400, 300, []);
		expect(spots.map((s) => s.follower)).toEqual([false, false]);
		expect(boxes).toHaveLength(4);
		expect(overlap(labelBox(a, spots[0]!), labelBox(b, spots[1]!))).toBe(0);
	});

	it('keeps labels off what lies over the map and inside the map’s frame', () => {
		const m = at(300, 150);
		// A caption over the right of the map.
		const caption = { x: 305.4, y: 0, w: 94.6, h: 300 };
		const { spots } = layOutLabels([m], 400, 300, [caption]);
		const box = labelBox(m, spots[0]!);
		expect(overlap(box, caption)).toBe(0);
		const edge = at(395, 150);
		const inside = labelBox(edge, layOutLabels([edge], 400, 300, []).spots[0]!);
		expect(inside.x).toBeGreaterThanOrEqual(4);
		expect(inside.x + inside.w).toBeLessThanOrEqual(396);
	});

	it('gives every marker a spot, in the markers’ order, whatever the clusters', () => {
		const markers = [at(10, 10), at(200, 200), at(12, 12), at(205, 203), at(300, 40)];
		const { spots } = layOutLabels(markers, 400, 300, []);
		expect(spots).toHaveLength(5);
		expect(spots.map((s) => s.follower)).toEqual([false, false, true, true, false]);
	});
});

/**
 * Screen-space decluttering of marker labels. Several Kabul sites share one approximate centre,
 * so their labels would sit on top of each other; later markers are pushed down until they no
 * longer collide with one already placed. Deterministic: same input, same offsets.
 */
export interface ScreenPoint {
	id: string;
	x: number;
	y: number;
}

export interface LabelBox {
	/** Horizontal distance under which two labels may collide (label width). */
	width: number;
	/** Vertical step between stacked labels (label height plus a gap). */
	height: number;
}

export function declutter(points: readonly ScreenPoint[], box: LabelBox): Map<string, number> {
	const placed: { x: number; y: number }[] = [];
	const offsets = new Map<string, number>();
	const ordered = [...points].sort((a, b) => a.y - b.y || a.x - b.x || a.id.localeCompare(b.id));
	for (const p of ordered) {
		let dy = 0;
		// Bounded: each step clears at least one placed label.
		for (let i = 0; i <= placed.length; i++) {
			const y = p.y + dy;
			const hit = placed.find((q) => Math.abs(q.x - p.x) < box.width && Math.abs(q.y - y) < box.height);
			if (!hit) break;
			dy = hit.y + box.height - p.y;
		}
		placed.push({ x: p.x, y: p.y + dy });
		offsets.set(p.id, dy);
	}
	return offsets;
}

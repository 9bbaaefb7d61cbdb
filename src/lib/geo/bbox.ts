/** Bounding boxes [w, s, e, n] for camera fits. None of these handle boxes across the antimeridian: the story never needs one. */

export type Bbox = [number, number, number, number];

/** Smallest box containing all the given boxes; throws on an empty list (a fit needs something to fit). */
export function unionBbox(bboxes: readonly (readonly number[])[]): Bbox {
	if (bboxes.length === 0) throw new Error('unionBbox: no boxes');
	let [w, s, e, n] = [Infinity, Infinity, -Infinity, -Infinity];
	for (const b of bboxes) {
		if (b.length !== 4) throw new Error(`unionBbox: expected [w, s, e, n], got ${JSON.stringify(b)}`);
		w = Math.min(w, b[0]!);
		s = Math.min(s, b[1]!);
		e = Math.max(e, b[2]!);
		n = Math.max(n, b[3]!);
	}
	return [w, s, e, n];
}

/** Whether [lon, lat] lies inside the box (edges included). */
export function bboxContains(b: readonly number[], p: readonly number[]): boolean {
	return p[0]! >= b[0]! && p[0]! <= b[2]! && p[1]! >= b[1]! && p[1]! <= b[3]!;
}

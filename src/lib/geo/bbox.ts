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

/**
 * Grows a box by a fraction of its size on each side, with a minimum margin in degrees so a
 * single point still gets a usable box. Latitudes stay within Web Mercator's range.
 */
export function padBbox(b: readonly number[], fraction = 0.1, minDegrees = 0.01): Bbox {
	const dx = Math.max((b[2]! - b[0]!) * fraction, minDegrees);
	const dy = Math.max((b[3]! - b[1]!) * fraction, minDegrees);
	return [
		Math.max(-180, b[0]! - dx),
		Math.max(-85, b[1]! - dy),
		Math.min(180, b[2]! + dx),
		Math.min(85, b[3]! + dy)
	];
}

/** Box of a list of [lon, lat] points. */
export function bboxOfPoints(points: readonly (readonly number[])[]): Bbox {
	return unionBbox(points.map((p) => [p[0]!, p[1]!, p[0]!, p[1]!]));
}

/** Whether [lon, lat] lies inside the box (edges included). */
export function bboxContains(b: readonly number[], p: readonly number[]): boolean {
	return p[0]! >= b[0]! && p[0]! <= b[2]! && p[1]! >= b[1]! && p[1]! <= b[3]!;
}

/**
 * Splitting polylines by boxes: which parts of a line lie inside any of the boxes and which lie
 * outside. The map uses it to hand the world's coarse boundaries over to the theatres' finer
 * ones, inside the theatres only. Planar (lon/lat), boxes [w, s, e, n] that do not overlap.
 */
export type Position = readonly number[];
export type Box = readonly [number, number, number, number];

/** Liang–Barsky: the part [t0, t1] of segment a→b inside the box, or null. */
export function clipSegment(a: Position, b: Position, box: Box): [number, number] | null {
	const [x0, y0] = [a[0]!, a[1]!];
	const dx = b[0]! - x0;
	const dy = b[1]! - y0;
	let t0 = 0;
	let t1 = 1;
	const edges: [number, number][] = [
		[-dx, x0 - box[0]],
		[dx, box[2] - x0],
		[-dy, y0 - box[1]],
		[dy, box[3] - y0]
	];
	for (const [p, q] of edges) {
		if (p === 0) {
			if (q < 0) return null;
		} else {
			const r = q / p;
			if (p < 0) t0 = Math.max(t0, r);
			else t1 = Math.min(t1, r);
			if (t0 > t1) return null;
		}
	}
	return [t0, t1];
}

const lerp = (a: Position, b: Position, t: number): number[] => [a[0]! + (b[0]! - a[0]!) * t, a[1]! + (b[1]! - a[1]!) * t];

/** Splits a polyline into runs inside the boxes and runs outside them. */
export function splitByBoxes(line: readonly Position[], boxes: readonly Box[]): { inside: number[][][]; outside: number[][][] } {
	const inside: number[][][] = [];
	const outside: number[][][] = [];
	let run: number[][] = [];
	let runInside: boolean | null = null;
	const push = (p: number[], isInside: boolean) => {
		if (runInside !== isInside) {
			if (run.length > 1) (runInside ? inside : outside).push(run);
			const last = run[run.length - 1];
			run = last ? [last] : [];
			runInside = isInside;
		}
		const last = run[run.length - 1];
		if (!last || last[0] !== p[0] || last[1] !== p[1]) run.push(p);
	};
	for (let i = 1; i < line.length; i++) {
		const a = line[i - 1]!;
		const b = line[i]!;
		let cut: [number, number] | null = null;
		for (const box of boxes) {
			cut = clipSegment(a, b, box);
			if (cut && cut[1] > cut[0]) break;
			cut = null;
		}
		if (i === 1) push([a[0]!, a[1]!], cut !== null && cut[0] === 0);
		if (!cut) {
			push([b[0]!, b[1]!], false);
			continue;
		}
		const [t0, t1] = cut;
		if (t0 > 0) push(lerp(a, b, t0), false);
		push(lerp(a, b, t1), true);
		if (t1 < 1) push([b[0]!, b[1]!], false);
	}
	if (run.length > 1 && runInside !== null) (runInside ? inside : outside).push(run);
	return { inside, outside };
}

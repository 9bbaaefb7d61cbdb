/**
 * A unit's area of responsibility (AoR) inside a district, when its outline was never published
 * and the source gives only how much of each border it takes in ("14 km of one border and 7 km
 * of another"). We model it as the district's polygon cut by a circle, choosing the circle by a
 * small deterministic grid search so the border lengths inside match the source. Pure: inputs
 * are GeoJSON, outputs are numbers and polygons.
 */
import * as turf from '@turf/turf';
import type { Feature, LineString, MultiPolygon, Polygon, Position } from 'geojson';

/** A short piece of border: its midpoint, its length, and which border it belongs to. */
export interface BorderSample {
	mid: Position;
	km: number;
	tag: string;
}

/** Cuts lines into pieces of at most stepKm (geodesic) and returns one sample per piece. */
export function sampleLines(lines: Position[][], tag: string, stepKm = 0.1): BorderSample[] {
	const out: BorderSample[] = [];
	for (const line of lines) {
		for (let i = 1; i < line.length; i++) {
			const a = line[i - 1]!;
			const b = line[i]!;
			const len = turf.distance(a, b);
			const n = Math.max(1, Math.ceil(len / stepKm));
			for (let k = 0; k < n; k++) {
				const t = (k + 0.5) / n;
				out.push({ mid: [a[0]! + (b[0]! - a[0]!) * t, a[1]! + (b[1]! - a[1]!) * t], km: len / n, tag });
			}
		}
	}
	return out;
}

/** Keeps the samples within nearKm of the polygon's outline (the part of a border it owns). */
export function samplesAlong(samples: BorderSample[], poly: Feature<Polygon | MultiPolygon>, nearKm: number): BorderSample[] {
	const outline = turf.polygonToLine(poly);
	const lines = outline.type === 'FeatureCollection' ? outline.features : [outline];
	return samples.filter((s) => lines.some((l) => turf.pointToLineDistance(s.mid, l as Feature<LineString>) <= nearKm));
}

/** Total length per tag of the samples whose midpoint is within radiusKm of centre. */
export function lengthsInCircle(samples: BorderSample[], centre: Position, radiusKm: number): Record<string, number> {
	const out: Record<string, number> = {};
	for (const s of samples) {
		out[s.tag] ??= 0;
		if (turf.distance(centre, s.mid) <= radiusKm) out[s.tag]! += s.km;
	}
	return out;
}

export interface CircleFit {
	centre: Position;
	radiusKm: number;
	lengths: Record<string, number>;
	score: number;
}

export interface FitOptions {
	/** Target length per tag, km. */
	targets: Record<string, number>;
	/** Centre of the search grid (e.g. the tripoint). */
	origin: Position;
	/** Centres are tried within this distance of origin. */
	searchKm: number;
	gridKm: number;
	radii: number[];
	/** Fits whose score is within this of the best count as equal; the smallest radius wins. */
	tolerance: number;
}

/**
 * Grid search for the circle whose border lengths best match the targets (sum of squared
 * errors). Among near-equal fits the smallest radius wins: the most compact area that holds both
 * border figures claims the least. Distances use a local flat approximation during the search
 * (error < 0.1 % over 20 km); the winner is re-measured geodesically.
 */
export function fitCircle(samples: BorderSample[], o: FitOptions): CircleFit {
	const [ox, oy] = o.origin as [number, number];
	const kx = 111.32 * Math.cos((oy * Math.PI) / 180);
	const ky = 110.57;
	const tags = Object.keys(o.targets).sort();
	const pts = samples.map((s) => ({ x: (s.mid[0]! - ox) * kx, y: (s.mid[1]! - oy) * ky, km: s.km, tag: s.tag }));
	const radii = [...o.radii].sort((a, b) => a - b);
	const n = Math.round(o.searchKm / o.gridKm);
	const candidates: { cx: number; cy: number; r: number; score: number }[] = [];
	for (let i = -n; i <= n; i++) {
		for (let j = -n; j <= n; j++) {
			const cx = i * o.gridKm;
			const cy = j * o.gridKm;
			if (Math.hypot(cx, cy) > o.searchKm) continue;
			const d = pts.map((p) => ({ d: Math.hypot(p.x - cx, p.y - cy), km: p.km, tag: p.tag })).sort((a, b) => a.d - b.d);
			const acc: Record<string, number> = Object.fromEntries(tags.map((t) => [t, 0]));
			let k = 0;
			for (const r of radii) {
				while (k < d.length && d[k]!.d <= r) {
					acc[d[k]!.tag] = (acc[d[k]!.tag] ?? 0) + d[k]!.km;
					k++;
				}
				const score = tags.reduce((s, t) => s + (acc[t]! - o.targets[t]!) ** 2, 0);
				candidates.push({ cx, cy, r, score });
			}
		}
	}
	const best = Math.min(...candidates.map((c) => c.score));
	const win = candidates
		.filter((c) => c.score <= best + o.tolerance)
		.sort((a, b) => a.r - b.r || a.score - b.score || a.cx - b.cx || a.cy - b.cy)[0]!;
	const centre: Position = [round6(ox + win.cx / kx), round6(oy + win.cy / ky)];
	const lengths = lengthsInCircle(samples, centre, win.r);
	const score = tags.reduce((s, t) => s + (lengths[t]! - o.targets[t]!) ** 2, 0);
	return { centre, radiusKm: win.r, lengths, score };
}

const round6 = (x: number) => Math.round(x * 1e6) / 1e6;

/** The AoR polygon: municipality ∩ circle. */
export function aorPolygon(
	municipality: Feature<Polygon | MultiPolygon>,
	centre: Position,
	radiusKm: number
): Feature<Polygon | MultiPolygon> {
	const circle = turf.circle(centre, radiusKm, { steps: 128 });
	const cut = turf.intersect(turf.featureCollection([municipality, circle]));
	if (!cut) throw new Error('AoR circle does not meet the municipality');
	return turf.truncate(cut, { precision: 5, coordinates: 2 });
}

/**
 * Cutting polygons at the antimeridian for planar renderers (MapLibre).
 *
 * Natural Earth / world-atlas rings are spherical: Russia, Fiji and a few islands have edges that
 * jump from +180 to -180, and Antarctica's ring goes round the pole. Drawn on a flat plane these
 * become streaks across the map and a wedge. We unwrap each ring into continuous longitudes, close
 * circumpolar rings along the pole, clip the result to 360°-wide windows and shift each piece back
 * into [-180, 180]. Latitudes are clipped to ±maxLat (Web Mercator cannot show the poles anyway).
 */
import { bboxClip } from '@turf/turf';
import type { MultiPolygon, Polygon, Position } from 'geojson';

type Ring = Position[];

/** Largest longitude step between consecutive vertices of any ring or line in a geometry. */
export function maxLongitudeJump(coords: Position[][] | Position[][][]): number {
	let max = 0;
	const rings = (isPolygonList(coords) ? coords.flat() : coords) as Ring[];
	for (const ring of rings) {
		for (let i = 1; i < ring.length; i++) {
			max = Math.max(max, Math.abs(ring[i]![0]! - ring[i - 1]![0]!));
		}
	}
	return max;
}

function isPolygonList(c: Position[][] | Position[][][]): c is Position[][][] {
	return Array.isArray(c[0]?.[0]?.[0]);
}

/** Continuous longitudes: each step of more than 180° is taken the short way round. */
export function unwrapRing(ring: Ring): Ring {
	const out: Ring = [];
	let offset = 0;
	for (let i = 0; i < ring.length; i++) {
		const [lon, lat] = ring[i] as [number, number];
		if (i > 0) {
			const prev = ring[i - 1]![0]!;
			const d = lon - prev;
			if (d > 180) offset -= 360;
			else if (d < -180) offset += 360;
		}
		out.push([lon + offset, lat]);
	}
	return out;
}

/** Insert vertices so no segment spans 90° of longitude or more (keeps pole edges drawable). */
function densifyLongSteps(ring: Ring, maxStep = 90): Ring {
	const out: Ring = [];
	for (let i = 0; i < ring.length; i++) {
		const p = ring[i]!;
		if (i > 0) {
			const q = ring[i - 1]!;
			const steps = Math.ceil(Math.abs(p[0]! - q[0]!) / maxStep);
			for (let s = 1; s < steps; s++) {
				const t = s / steps;
				out.push([q[0]! + (p[0]! - q[0]!) * t, q[1]! + (p[1]! - q[1]!) * t]);
			}
		}
		out.push(p);
	}
	return out;
}

function ringArea(ring: Ring): number {
	let a = 0;
	for (let i = 1; i < ring.length; i++) {
		a += ring[i - 1]![0]! * ring[i]![1]! - ring[i]![0]! * ring[i - 1]![1]!;
	}
	return a / 2;
}

function needsFix(rings: Ring[], maxLat: number): boolean {
	return rings.some((r) => r.some((p, i) => Math.abs(p[1]!) > maxLat || (i > 0 && Math.abs(p[0]! - r[i - 1]![0]!) > 180)));
}

/** One polygon (outer ring + holes) to pieces that each stay within [-180, 180] × [-maxLat, maxLat]. */
export function splitPolygon(rings: Ring[], maxLat = 85): Ring[][] {
	if (rings.length === 0 || !needsFix(rings, maxLat)) return [rings];
	let outer = unwrapRing(rings[0]!);
	const first = outer[0]!;
	const last = outer[outer.length - 1]!;
	const shift = last[0]! - first[0]!;
	if (Math.abs(shift) > 180) {
		// Circumpolar ring: walk down to the nearer pole and back to close it.
		const meanLat = outer.reduce((s, p) => s + p[1]!, 0) / outer.length;
		const pole = meanLat < 0 ? -90 : 90;
		outer = [...outer, [last[0]!, pole], [first[0]!, pole], [first[0]!, first[1]!]];
	}
	const lons = outer.map((p) => p[0]!);
	const minU = Math.min(...lons);
	const maxU = Math.max(...lons);
	const mid = (minU + maxU) / 2;
	const holes = rings.slice(1).map((h) => {
		const u = unwrapRing(h);
		const k = Math.round((mid - u[0]![0]!) / 360);
		return u.map(([x, y]) => [x! + 360 * k, y!]);
	});
	const pieces: Ring[][] = [];
	const kMin = Math.floor((minU + 180) / 360);
	const kMax = Math.floor((maxU + 180) / 360);
	for (let k = kMin; k <= kMax; k++) {
		const box: [number, number, number, number] = [-180 + 360 * k, -maxLat, 180 + 360 * k, maxLat];
		const clipped = bboxClip({ type: 'Polygon', coordinates: [outer, ...holes] }, box).geometry as Polygon;
		const [o, ...hs] = clipped.coordinates;
		// A piece exists only if its outer ring survived the clip with some area.
		if (!isRing(o)) continue;
		pieces.push([o, ...hs.filter(isRing)].map((r) => densifyLongSteps(r.map(([x, y]) => [round(x! - 360 * k), y!]))));
	}
	return pieces;
}

function isRing(r: Ring | undefined): r is Ring {
	return !!r && r.length >= 4 && Math.abs(ringArea(r)) > 1e-9;
}

/** Rounds away float noise from ±360 shifts so edge vertices land exactly on ±180. */
function round(x: number): number {
	return Math.round(x * 1e9) / 1e9;
}

/** Polygon or MultiPolygon to a planar-safe geometry; null when nothing is left after clipping. */
export function fixAntimeridian(geometry: Polygon | MultiPolygon, maxLat = 85): Polygon | MultiPolygon | null {
	const polys = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
	const pieces = polys.flatMap((p) => splitPolygon(p, maxLat));
	if (pieces.length === 0) return null;
	if (pieces.length === 1) return { type: 'Polygon', coordinates: pieces[0]! };
	return { type: 'MultiPolygon', coordinates: pieces };
}

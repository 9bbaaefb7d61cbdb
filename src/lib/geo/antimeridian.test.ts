import { describe, expect, it } from 'vitest';
import type { Polygon, Position } from 'geojson';
import { fixAntimeridian, maxLongitudeJump, splitPolygon, unwrapRing } from './antimeridian';

const parts = (g: ReturnType<typeof fixAntimeridian>): Position[][][] =>
	g === null ? [] : g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
const lons = (ring: Position[]) => ring.map((p) => p[0]!);

describe('unwrapRing', () => {
	it('takes steps of more than 180° the short way round', () => {
		expect(
			lons(
				unwrapRing([
					[170, 0],
					[-170, 0],
					[-175, 5],
					[170, 0]
				])
			)
		).toEqual([170, 190, 185, 170]);
	});
});

describe('fixAntimeridian', () => {
	it('leaves an ordinary polygon untouched', () => {
		const g: Polygon = {
			type: 'Polygon',
			coordinates: [
				[
					[10, 10],
					[20, 10],
					[20, 20],
					[10, 10]
				]
			]
		};
		expect(fixAntimeridian(g)).toEqual(g);
	});

	it('splits an island crossing the antimeridian into one piece on each side', () => {
		// A Fiji-like square from 178°E to 178°W.
		const g: Polygon = {
			type: 'Polygon',
			coordinates: [
				[
					[178, -17],
					[-178, -17],
					[-178, -16],
					[178, -16],
					[178, -17]
				]
			]
		};
		const ps = parts(fixAntimeridian(g));
		expect(ps).toHaveLength(2);
		expect(maxLongitudeJump(ps)).toBeLessThanOrEqual(4);
		const east = ps.find((p) => lons(p[0]!).every((x) => x >= 178))!;
		const west = ps.find((p) => lons(p[0]!).every((x) => x <= -178))!;
		expect(Math.max(...lons(east[0]!))).toBe(180);
		expect(Math.min(...lons(west[0]!))).toBe(-180);
	});

	it('closes a circumpolar ring along the clip latitude instead of drawing a wedge', () => {
		// Antarctica-like ring going once round the South Pole at 70-80°S.
		const ring: Position[] = [];
		for (let lon = -180; lon < 180; lon += 30) ring.push([lon, lon % 60 === 0 ? -70 : -80]);
		ring.push([-180, -70]);
		const ps = parts(fixAntimeridian({ type: 'Polygon', coordinates: [ring] }, 85));
		expect(ps.length).toBeGreaterThanOrEqual(1);
		expect(maxLongitudeJump(ps)).toBeLessThanOrEqual(90);
		const all = ps.flat(2);
		expect(Math.min(...all.map((p) => p[1]!))).toBe(-85);
		expect(Math.min(...all.map((p) => p[0]!))).toBe(-180);
		expect(Math.max(...all.map((p) => p[0]!))).toBe(180);
	});

	it('clips latitudes beyond maxLat and drops what is left outside', () => {
		const polar: Polygon = {
			type: 'Polygon',
			coordinates: [
				[
					[0, 86],
					[10, 86],
					[10, 88],
					[0, 86]
				]
			]
		};
		expect(fixAntimeridian(polar, 85)).toBeNull();
	});

	it('keeps a hole with its outer ring', () => {
		const rings: Position[][] = [
			[
				[170, -10],
				[-170, -10],
				[-170, 10],
				[170, 10],
				[170, -10]
			],
			[
				[175, -1],
				[175, 1],
				[176, 1],
				[175, -1]
			]
		];
		const ps = splitPolygon(rings);
		expect(ps.some((p) => p.length === 2)).toBe(true);
	});
});

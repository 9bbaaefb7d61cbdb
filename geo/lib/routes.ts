/** Great-circle routes from Baku to each theatre through the transit the report names. */
import * as turf from '@turf/turf';
import type { Feature, LineString, Position } from 'geojson';

export interface RouteSpec {
	id: string;
	via: string | null;
	/** Stops in order, Baku first. */
	stops: Position[];
}

export interface RouteProps {
	via: string | null;
	km: number;
}

/** Joins great-circle legs into one LineString; km is the sum of the legs' great-circle lengths. */
export function greatCircleRoute(spec: RouteSpec, pointsPerLeg = 48): Feature<LineString, RouteProps> {
	const coords: Position[] = [];
	let km = 0;
	for (let i = 1; i < spec.stops.length; i++) {
		const a = spec.stops[i - 1]!;
		const b = spec.stops[i]!;
		km += turf.distance(a, b);
		const leg = turf.greatCircle(a, b, { npoints: pointsPerLeg });
		if (leg.geometry.type !== 'LineString') throw new Error(`${spec.id}: leg ${i} crosses the antimeridian`);
		const pts = leg.geometry.coordinates.map(([x, y]) => [round(x!), round(y!)]);
		coords.push(...(i === 1 ? pts : pts.slice(1)));
	}
	return { type: 'Feature', id: spec.id, properties: { via: spec.via, km: Math.round(km) }, geometry: { type: 'LineString', coordinates: coords } };
}

const round = (x: number) => Math.round(x * 1e4) / 1e4;

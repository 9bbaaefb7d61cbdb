/**
 * Great-circle routes from a story's origin to each theatre: through a stop only where the source
 * says the contingent travelled through a place (`stated-transit`), otherwise one direct great circle.
 */
import * as turf from '@turf/turf';
import type { Feature, LineString, Position } from 'geojson';

export type RouteKind = 'stated-transit' | 'direct';

export interface RouteSpec {
	id: string;
	kind: RouteKind;
	/** The stop drawn through, for a stated transit; null for a direct line. */
	via: string | null;
	/** The source's words for the transit; null for a direct line. */
	reportWords?: string | null;
	/** Stops in order, the origin first: three for a stated transit, two for a direct line. */
	stops: Position[];
}

export interface RouteProps {
	kind: RouteKind;
	via: string | null;
	/** The source's words for a stated transit, null for a direct line. */
	report_words: string | null;
	/** What the line is, in words, for whoever opens routes.geojson. */
	note: string;
	km: number;
}

/** What each kind of line is, for routes.geojson's `note`: `{via}` stands for the stop. */
export interface RouteNotes {
	direct: string;
	transit: string;
}

/** Joins great-circle legs into one LineString; km is the sum of the legs' great-circle lengths. */
export function greatCircleRoute(spec: RouteSpec, notes: RouteNotes, pointsPerLeg = 48): Feature<LineString, RouteProps> {
	const want = spec.kind === 'direct' ? 2 : 3;
	if (spec.stops.length !== want) throw new Error(`${spec.id}: a ${spec.kind} route has ${want} stops, not ${spec.stops.length}`);
	if ((spec.kind === 'direct') !== (spec.via === null))
		throw new Error(`${spec.id}: a ${spec.kind} route ${spec.via ? 'has no stop' : 'needs its stop'}`);
	if (spec.kind === 'stated-transit' && !spec.reportWords) throw new Error(`${spec.id}: a stated transit needs the source's words`);
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
	return {
		type: 'Feature',
		id: spec.id,
		properties: {
			kind: spec.kind,
			via: spec.via,
			report_words: spec.reportWords ?? null,
			note: spec.kind === 'direct' ? notes.direct : notes.transit.replaceAll('{via}', spec.via ?? ''),
			km: Math.round(km)
		},
		geometry: { type: 'LineString', coordinates: coords }
	};
}

const round = (x: number) => Math.round(x * 1e4) / 1e4;

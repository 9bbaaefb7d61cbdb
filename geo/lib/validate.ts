/**
 * Geographic checks of a story's places, beyond their schema (src/lib/content/schema.ts): each
 * position lies in the country it is expected in. Pure: the country lookup is passed in, so tests
 * run on small fixtures. Each message reads "<file>:<line>: place "<id>": <problem>".
 */
import type { Position } from 'geojson';
import type { SourcePlace } from '../../src/lib/content/schema';

export type { SourcePlace };
export type CountryAt = (lngLat: Position) => string | null;

/** Thrown by the build; `errors` holds one line per problem. */
export class GeoValidationError extends Error {
	constructor(readonly errors: string[]) {
		super(`Geo validation failed:\n${errors.join('\n')}`);
	}
}

/** Checks positions lie in the expected country; returns messages (without prefix). */
export function countryProblems(expected: string, positions: Position[], countryAt: CountryAt): string[] {
	const out: string[] = [];
	for (const p of positions) {
		const found = countryAt(p);
		if (found !== expected) out.push(`[${p[0]}, ${p[1]}] lies in ${found ?? 'no country (sea)'}, expected ${expected}`);
	}
	return out;
}

/** Positions to test against the expected country: the point itself, or every vertex of a line. */
function checkedPositions(g: SourcePlace['geometry']): Position[] {
	if (!g) return [];
	return g.type === 'Point' ? [g.coordinates] : g.coordinates;
}

/** Every given position of every place in its expected country; `where` names each place's file and line. */
export function placeCountryProblems(places: readonly SourcePlace[], where: (id: string) => string, countryAt: CountryAt): string[] {
	return places.flatMap((f) =>
		countryProblems(f.properties.expected_country, checkedPositions(f.geometry), countryAt).map(
			(m) => `${where(f.id)}: place "${f.id}": ${m}`
		)
	);
}

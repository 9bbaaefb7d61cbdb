/**
 * Validation of the hand-authored places source. Pure: the country lookup is passed in, so tests
 * run on small fixtures. Each message reads "<file>: <id>: <problem>".
 */
import type { Position } from 'geojson';

export const KINDS = ['point', 'area', 'line'] as const;
export const CERTAINTIES = ['exact', 'approximate'] as const;
export const CONSTRUCTS = ['circle', 'dragash-aor', 'euphrates-slice', 'euphrates-reservoir'] as const;

export type Kind = (typeof KINDS)[number];
export type Certainty = (typeof CERTAINTIES)[number];
export type Construct = (typeof CONSTRUCTS)[number];

export interface SourceProperties {
	name: string;
	kind: Kind;
	certainty: Certainty;
	expected_country: string;
	sources: string[];
	certainty_note: string;
	radius_m?: number;
	construct?: Construct;
	/** For `euphrates-reservoir`: the band's ends [dam, upstream], drawn along the river between them. */
	band?: [Position, Position];
	/** Places drawn as one area share this note, and the map labels them together. */
	map_group?: string;
	/** For a line: where along it (km from its start) the marker goes, when not at its middle. */
	anchor_km?: number;
}

export interface SourcePlace {
	type: 'Feature';
	id: string;
	properties: SourceProperties;
	geometry: { type: 'Point'; coordinates: Position } | { type: 'LineString'; coordinates: Position[] } | null;
}

export type CountryAt = (lngLat: Position) => string | null;

/** Thrown by the build; `errors` holds one line per problem. */
export class GeoValidationError extends Error {
	constructor(readonly errors: string[]) {
		super(`Geo validation failed:\n${errors.join('\n')}`);
	}
}

const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isNonEmptyString = (v: unknown): v is string => typeof v === 'string' && v.trim().length > 0;

/** Problem with a single position, or null. */
export function positionProblem(p: unknown): string | null {
	if (!Array.isArray(p) || p.length < 2 || !p.every((n) => typeof n === 'number' && Number.isFinite(n))) {
		return `invalid position ${JSON.stringify(p)}`;
	}
	const [lon, lat] = p as number[];
	if (lon! < -180 || lon! > 180) return `longitude ${lon} out of range [-180, 180]`;
	if (lat! < -90 || lat! > 90) return `latitude ${lat} out of range [-90, 90]`;
	return null;
}

/** Positions to test against the expected country: the point itself, or every vertex of a line. */
function checkedPositions(g: SourcePlace['geometry']): Position[] {
	if (!g) return [];
	return g.type === 'Point' ? [g.coordinates] : g.coordinates;
}

/** Checks one place's position(s) lie in the expected country; returns messages (without prefix). */
export function countryProblems(expected: string, positions: Position[], countryAt: CountryAt): string[] {
	const out: string[] = [];
	for (const p of positions) {
		const found = countryAt(p);
		if (found !== expected) {
			out.push(`[${p[0]}, ${p[1]}] lies in ${found ?? 'no country (sea)'}, expected ${expected}`);
		}
	}
	return out;
}

/** Validates the parsed places source; returns the typed places, or throws GeoValidationError. */
export function validatePlaces(data: unknown, file: string, countryAt: CountryAt): SourcePlace[] {
	const errors: string[] = [];
	const err = (id: string, msg: string) => errors.push(`${file}: ${id}: ${msg}`);
	if (!isObj(data) || data.type !== 'FeatureCollection' || !Array.isArray(data.features)) {
		throw new GeoValidationError([`${file}: (file): not a GeoJSON FeatureCollection`]);
	}
	const seen = new Set<string>();
	data.features.forEach((f: unknown, i: number) => {
		const fid = isObj(f) && isNonEmptyString(f.id) ? f.id : `(feature #${i})`;
		if (!isObj(f) || f.type !== 'Feature') return err(fid, 'not a GeoJSON Feature');
		if (!isNonEmptyString(f.id)) return err(fid, 'missing id');
		if (seen.has(f.id)) err(fid, 'duplicate id');
		seen.add(f.id);
		const p = f.properties;
		if (!isObj(p)) return err(fid, 'missing properties');
		for (const key of ['name', 'expected_country', 'certainty_note'] as const) {
			if (!isNonEmptyString(p[key])) err(fid, `missing property "${key}"`);
		}
		if (!KINDS.includes(p.kind as Kind)) err(fid, `kind must be one of ${KINDS.join(', ')}, got ${JSON.stringify(p.kind)}`);
		if (!CERTAINTIES.includes(p.certainty as Certainty)) {
			err(fid, `certainty must be one of ${CERTAINTIES.join(', ')}, got ${JSON.stringify(p.certainty)}`);
		}
		if (!Array.isArray(p.sources) || !p.sources.every(isNonEmptyString)) err(fid, '"sources" must be an array of strings');
		else if (p.certainty === 'exact' && p.sources.length === 0) err(fid, 'exact position needs at least one coordinate source');
		if (p.construct !== undefined && !CONSTRUCTS.includes(p.construct as Construct)) {
			err(fid, `unknown construct ${JSON.stringify(p.construct)}`);
		}
		if (p.radius_m !== undefined && !(typeof p.radius_m === 'number' && p.radius_m > 0)) err(fid, 'radius_m must be a positive number');
		if (p.construct === 'circle' && p.radius_m === undefined) err(fid, 'a circle needs radius_m');
		if (p.construct === 'euphrates-reservoir') {
			const band = p.band as unknown;
			if (!Array.isArray(band) || band.length !== 2) err(fid, 'a reservoir band needs "band": [[lon, lat], [lon, lat]]');
			else band.map(positionProblem).filter((m): m is string => m !== null).forEach((m) => err(fid, `band: ${m}`));
			if (p.radius_m === undefined) err(fid, 'a reservoir band needs radius_m (half its width)');
		}
		// An estimate says how far off it may be, and why it is an estimate.
		if (p.certainty === 'approximate' && (p.radius_m === undefined || !isNonEmptyString(p.certainty_note))) {
			err(fid, 'approximate position needs radius_m and a certainty_note');
		}
		if (p.certainty === 'exact' && (p.radius_m !== undefined || p.construct !== undefined)) {
			err(fid, 'an exact place cannot be a constructed or circle geometry');
		}
		const g = f.geometry;
		if (g === null) {
			if (p.construct !== 'dragash-aor') err(fid, 'geometry is null but nothing constructs it');
			return;
		}
		if (!isObj(g) || (g.type !== 'Point' && g.type !== 'LineString')) return err(fid, 'geometry must be a Point or LineString');
		const positions = g.type === 'Point' ? [g.coordinates] : Array.isArray(g.coordinates) ? g.coordinates : [g.coordinates];
		const bad = positions.map(positionProblem).filter((m): m is string => m !== null);
		bad.forEach((m) => err(fid, m));
		if (bad.length > 0) return;
		if (p.kind === 'line' && g.type !== 'LineString') err(fid, 'kind "line" needs a LineString');
		if (p.kind !== 'line' && g.type !== 'Point') err(fid, `kind "${String(p.kind)}" needs a Point (centre or label point)`);
		if (g.type === 'LineString' && positions.length < 2) err(fid, 'a LineString needs at least 2 positions');
		if (isNonEmptyString(p.expected_country)) {
			countryProblems(p.expected_country, checkedPositions(g as SourcePlace['geometry']), countryAt).forEach((m) => err(fid, m));
		}
	});
	if (errors.length > 0) throw new GeoValidationError(errors);
	return data.features as SourcePlace[];
}

import { describe, expect, it } from 'vitest';
import { GeoValidationError, validatePlaces, type CountryAt } from './validate';

const FILE = 'geo/sources/places.geojson';
// Fake lookup: east of 20°E is "Kosovo", west is "Albania".
const countryAt: CountryAt = (p) => (p[0]! >= 20 ? 'Kosovo' : 'Albania');

const place = (id: string, props: Record<string, unknown> = {}, coordinates: unknown = [20.74, 42.21]) => ({
	type: 'Feature',
	id,
	properties: { name: 'Prizren', kind: 'point', certainty: 'exact', expected_country: 'Kosovo', sources: ['Wikipedia'], certainty_note: 'Town point.', ...props },
	geometry: { type: 'Point', coordinates }
});
const fcOf = (...features: unknown[]) => ({ type: 'FeatureCollection', features });

function errorsOf(data: unknown): string[] {
	try {
		validatePlaces(data, FILE, countryAt);
	} catch (e) {
		if (e instanceof GeoValidationError) return e.errors;
		throw e;
	}
	return [];
}

describe('validatePlaces', () => {
	it('accepts a valid place and returns it typed', () => {
		expect(validatePlaces(fcOf(place('prizren')), FILE, countryAt)[0]!.id).toBe('prizren');
	});

	it('names file and id for a duplicate id', () => {
		expect(errorsOf(fcOf(place('prizren'), place('prizren')))).toEqual([`${FILE}: prizren: duplicate id`]);
	});

	it('rejects coordinates out of range', () => {
		expect(errorsOf(fcOf(place('bad', {}, [200, 42])))).toEqual([`${FILE}: bad: longitude 200 out of range [-180, 180]`]);
		expect(errorsOf(fcOf(place('bad', {}, [20, -95])))).toEqual([`${FILE}: bad: latitude -95 out of range [-90, 90]`]);
	});

	it('requires a coordinate source for an exact place', () => {
		expect(errorsOf(fcOf(place('prizren', { sources: [] })))).toEqual([`${FILE}: prizren: exact position needs at least one coordinate source`]);
	});

	it('requires radius_m and a note for an approximate place', () => {
		expect(errorsOf(fcOf(place('doghan-base', { certainty: 'approximate', certainty_note: '' })))).toEqual([
			`${FILE}: doghan-base: missing property "certainty_note"`,
			`${FILE}: doghan-base: approximate position needs radius_m and a certainty_note`
		]);
		expect(errorsOf(fcOf(place('uthil', { certainty: 'approximate', certainty_note: 'Not in any gazetteer.' })))).toEqual([
			`${FILE}: uthil: approximate position needs radius_m and a certainty_note`
		]);
	});

	it('requires radius_m for a circle', () => {
		expect(errorsOf(fcOf(place('uthil', { certainty: 'approximate', kind: 'area', construct: 'circle' })))).toEqual([
			`${FILE}: uthil: a circle needs radius_m`,
			`${FILE}: uthil: approximate position needs radius_m and a certainty_note`
		]);
	});

	it('reports a place outside its expected country', () => {
		expect(errorsOf(fcOf(place('dragash', {}, [19.5, 42.0])))).toEqual([`${FILE}: dragash: [19.5, 42] lies in Albania, expected Kosovo`]);
	});

	it('checks every vertex of a line', () => {
		const line = {
			...place('road', { kind: 'line', certainty: 'approximate', radius_m: 2000 }),
			geometry: { type: 'LineString', coordinates: [[20.5, 42], [19.9, 42]] }
		};
		expect(errorsOf(fcOf(line))).toEqual([`${FILE}: road: [19.9, 42] lies in Albania, expected Kosovo`]);
	});

	it('rejects unknown kinds, certainties and missing names', () => {
		expect(errorsOf(fcOf(place('x', { kind: 'blob', certainty: 'sure', name: '' })))).toEqual([
			`${FILE}: x: missing property "name"`,
			`${FILE}: x: kind must be one of point, area, line, got "blob"`,
			`${FILE}: x: certainty must be one of exact, approximate, got "sure"`
		]);
	});

	it('rejects a null geometry that nothing constructs, and a non-collection', () => {
		expect(errorsOf(fcOf({ ...place('ghost'), geometry: null }))).toEqual([`${FILE}: ghost: geometry is null but nothing constructs it`]);
		expect(errorsOf({ type: 'Feature' })).toEqual([`${FILE}: (file): not a GeoJSON FeatureCollection`]);
	});
});

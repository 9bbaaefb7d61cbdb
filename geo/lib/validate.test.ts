import { describe, expect, it } from 'vitest';
import { countryProblems, placeCountryProblems, type CountryAt, type SourcePlace } from './validate';

// Fake lookup: east of 20°E is "Eastland", west is "Westland".
const countryAt: CountryAt = (p) => (p[0]! >= 20 ? 'Eastland' : 'Westland');

const place = (id: string, geometry: SourcePlace['geometry'], expected = 'Eastland'): SourcePlace => ({
	type: 'Feature',
	id,
	properties: {
		name: id,
		kind: geometry?.type === 'LineString' ? 'line' : 'point',
		certainty: 'exact',
		expected_country: expected,
		sources: ['A gazetteer'],
		certainty_note: 'A point.'
	},
	geometry
});

describe('placeCountryProblems', () => {
	it('accepts places in their expected country', () => {
		expect(placeCountryProblems([place('a', { type: 'Point', coordinates: [20.7, 42.2] })], () => 'places.geojson:2', countryAt)).toEqual(
			[]
		);
	});

	it('names the file, line, place and position of one outside its country', () => {
		expect(placeCountryProblems([place('a', { type: 'Point', coordinates: [19.5, 42.2] })], () => 'places.geojson:7', countryAt)).toEqual([
			'places.geojson:7: place "a": [19.5, 42.2] lies in Westland, expected Eastland'
		]);
	});

	it('checks every vertex of a line, and says when a position is at sea', () => {
		const line = place('road', {
			type: 'LineString',
			coordinates: [
				[20.5, 42],
				[19.9, 42.1]
			]
		});
		expect(placeCountryProblems([line], () => 'f:1', countryAt)).toEqual([
			'f:1: place "road": [19.9, 42.1] lies in Westland, expected Eastland'
		]);
		expect(countryProblems('Eastland', [[25, 40]], () => null)).toEqual(['[25, 40] lies in no country (sea), expected Eastland']);
	});

	it('leaves a place whose geometry is constructed to the build’s later check', () => {
		expect(placeCountryProblems([place('area', null)], () => 'f:1', countryAt)).toEqual([]);
	});
});

import { describe, expect, it } from 'vitest';
import { legendKeys, needsLocator } from './legend';

const places = new Map([
	['capital', { certainty: 'exact' as const, kind: 'point' as const, country: 'Northland' }],
	['town', { certainty: 'exact' as const, kind: 'point' as const, country: 'Borderland' }],
	['patrol-area', { certainty: 'approximate' as const, kind: 'area' as const, country: 'Borderland' }],
	['road', { certainty: 'approximate' as const, kind: 'line' as const, country: 'Eastland' }]
]);

describe('needsLocator', () => {
	it('is true closer than country scale and false for an overview', () => {
		expect(needsLocator({ bounds: [20.5, 41.8, 20.9, 42.3] })).toBe(true);
		expect(needsLocator({ bounds: [20, 4, 70, 42] })).toBe(false);
		expect(needsLocator({ camera: { center: [45, 30], zoom: 2 } })).toBe(false);
		expect(needsLocator({ camera: { center: [69, 34], zoom: 11 } })).toBe(true);
	});
});

describe('legendKeys', () => {
	it('lists only the symbols the scene draws', () => {
		const keys = legendKeys({ highlight: ['capital'], routes: [], camera: { center: [49, 40], zoom: 3 } }, places, () => false);
		expect(keys).toEqual([{ key: 'exact' }]);
	});

	it('adds approximate areas, towns, the disputed boundary and the route kind at a theatre', () => {
		const words = {
			disputed: [{ country: 'Borderland', legend: 'disputed boundary (Borderland)' }],
			routes: { direct: 'straight from the capital', transit: 'through the stop' }
		};
		const keys = legendKeys(
			{ highlight: ['town', 'patrol-area'], routes: ['route-border'], bounds: [20.5, 41.8, 20.9, 42.3] },
			places,
			() => false,
			words
		);
		expect(keys).toEqual([
			{ key: 'exact' },
			{ key: 'approximate' },
			{ key: 'town' },
			{ key: 'route-direct', text: 'straight from the capital' },
			{ key: 'disputed', text: 'disputed boundary (Borderland)' }
		]);
		// Without the story's words for them, a country is not drawn as disputed.
		expect(
			legendKeys({ highlight: ['town'], routes: [], bounds: [20.5, 41.8, 20.9, 42.3] }, places, () => false).map((k) => k.key)
		).toEqual(['exact', 'town']);
	});

	it('tells a route through a stated transit from a direct one', () => {
		const keys = legendKeys({ highlight: ['road'], routes: ['route-stop'], bounds: [42, 33, 43, 34] }, places, (id) => id === 'route-stop');
		expect(keys.map((k) => k.key)).toEqual(['line', 'town', 'route-transit']);
	});
});

describe('legendKeys, areas', () => {
	it('keys an area whose outline is known apart from a point and from an estimate', () => {
		const areas = new Map([
			['land', { certainty: 'exact' as const, kind: 'area' as const, country: 'Eastland' }],
			['town', { certainty: 'exact' as const, kind: 'point' as const, country: 'Eastland' }]
		]);
		expect(
			legendKeys({ highlight: ['land', 'town'], routes: [], camera: { center: [0, 0], zoom: 3 } }, areas, () => false).map((k) => k.key)
		).toEqual(['exact', 'area']);
	});
});

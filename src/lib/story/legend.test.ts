import { describe, expect, it } from 'vitest';
import { legendKeys, needsLocator } from './legend';

const places = new Map([
	['baku', { certainty: 'exact' as const, kind: 'point' as const, country: 'Azerbaijan' }],
	['dragash', { certainty: 'exact' as const, kind: 'point' as const, country: 'Kosovo' }],
	['aor', { certainty: 'approximate' as const, kind: 'area' as const, country: 'Kosovo' }],
	['road', { certainty: 'approximate' as const, kind: 'line' as const, country: 'Afghanistan' }]
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
		const keys = legendKeys({ highlight: ['baku'], routes: [], camera: { center: [49, 40], zoom: 3 } }, places, () => false);
		expect(keys).toEqual(['exact']);
	});

	it('adds approximate areas, towns, the disputed boundary and the route kind at a theatre', () => {
		const keys = legendKeys({ highlight: ['dragash', 'aor'], routes: ['route-kosovo'], bounds: [20.5, 41.8, 20.9, 42.3] }, places, () => false);
		expect(keys).toEqual(['exact', 'approximate', 'town', 'route-direct', 'disputed']);
	});

	it('tells a route through a stated transit from a direct one', () => {
		const keys = legendKeys({ highlight: ['road'], routes: ['route-iraq'], bounds: [42, 33, 43, 34] }, places, (id) => id === 'route-iraq');
		expect(keys).toEqual(['line', 'town', 'route-transit']);
	});
});

import { describe, expect, it } from 'vitest';
import type { Chapter } from '../../content/types';
import type { RouteStory } from '../../content/routes';
import { chapterRoutes, routeCaption } from './model';

const chapter = (id: Chapter['id']): Chapter => ({ id, kicker: '', title: id, summary: '', paragraphs: [], places: [], caption: 'Map: here.' });
const stories: RouteStory[] = [
	{ id: 'route-x', chapters: ['kosovo'], to: 'prizren', kind: 'stated-transit', transit: 'Kuwait', drawnThrough: 'Kuwait City', reportWords: 'through the territory of Kuwait', caption: 'Route X via Kuwait.', cite: ['fn1'] },
	{ id: 'route-y', chapters: ['isaf', 'resolute-support'], to: 'hkia', kind: 'direct', transit: null, drawnThrough: null, reportWords: null, caption: 'Route Y.', cite: ['fn2'] }
];
const ids = ['route-x', 'route-y'];

describe('chapterRoutes', () => {
	it('shows every route in the overviews and a mission’s own route in its chapter', () => {
		expect(chapterRoutes(chapter('intro'), ids, stories)).toEqual(ids);
		expect(chapterRoutes(chapter('legacy'), ids, stories)).toEqual(ids);
		expect(chapterRoutes(chapter('kosovo'), ids, stories)).toEqual(['route-x']);
		expect(chapterRoutes(chapter('resolute-support'), ids, stories)).toEqual(['route-y']);
		expect(chapterRoutes(chapter('founding'), ids, stories)).toEqual([]);
	});

	it('shows no route the geo data does not have', () => {
		expect(chapterRoutes(chapter('kosovo'), ['route-y'], stories)).toEqual([]);
	});
});

describe('routeCaption', () => {
	it('adds the sentence of the route shown, or the overview sentence for several', () => {
		expect(routeCaption('Map: here.', ['route-x'], stories, 'All routes.')).toBe('Map: here. Route X via Kuwait.');
		expect(routeCaption('Map: here.', ids, stories, 'All routes.')).toBe('Map: here. All routes.');
		expect(routeCaption('Map: here.', [], stories, 'All routes.')).toBe('Map: here.');
	});
});

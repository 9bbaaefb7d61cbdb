import { describe, expect, it } from 'vitest';
import type { GeoMeta, PlaceMeta } from '$lib/geo-meta';
import type { Chapter } from '../../content/types';
import { buildStory, fillFigures, homeChapter, readerStory, sceneFor } from './model';

const place = (id: string, bbox: [number, number, number, number]): PlaceMeta => ({
	id,
	name: id,
	kind: 'point',
	drawn_as: 'point',
	lngLat: [bbox[0], bbox[1]],
	anchor: [bbox[0], bbox[1]],
	certainty: 'exact',
	certainty_note: '',
	sources: [],
	country: 'X',
	bbox
});

const chapter = (id: Chapter['id'], places: string[], extra: Partial<Chapter> = {}): Chapter => ({
	id,
	kicker: '',
	title: id,
	summary: '',
	paragraphs: [],
	places,
	caption: 'Map: ',
	...extra
});

const metas = new Map([
	['a', place('a', [20, 41, 20, 41])],
	['b', place('b', [21, 42, 21.5, 42.5])]
]);

describe('sceneFor', () => {
	it('fits the union of the chapter places and highlights them', () => {
		const scene = sceneFor(chapter('kosovo', ['a', 'b']), metas, ['route-x']);
		expect(scene).toMatchObject({ key: 'kosovo', bounds: [20, 41, 21.5, 42.5], highlight: ['a', 'b'], routes: [] });
		expect(scene.maxZoom).toBe(11);
	});

	it('fits only the listed places when the chapter names them', () => {
		const scene = sceneFor(chapter('isaf', ['a', 'b'], { fit: ['a'] }), metas, []);
		expect(scene.bounds).toEqual([20, 41, 20, 41]);
		expect(scene.highlight).toEqual(['a', 'b']);
	});

	it('draws routes only in the overview chapters, and honours a chapter zoom limit', () => {
		expect(sceneFor(chapter('intro', ['a']), metas, ['route-x']).routes).toEqual(['route-x']);
		expect(sceneFor(chapter('founding', ['a'], { maxZoom: 5 }), metas, []).maxZoom).toBe(5);
	});

	it('uses a fixed camera instead of a fit when the chapter has one', () => {
		const camera = { center: [45, 30] as [number, number], zoom: 3 };
		const scene = sceneFor(chapter('legacy', ['a'], { camera }), metas, []);
		expect(scene.camera).toEqual(camera);
		expect(scene.bounds).toBeUndefined();
	});
});

describe('fillFigures', () => {
	it('replaces known placeholders and leaves unknown ones visible', () => {
		const figures = { 'x-km': { value: 18.3, unit: 'km', text: 'about 18 km', method: '' } };
		expect(fillFigures('A {{x-km}} walk, {{ x-km }}; {{y-km}}', figures)).toBe('A about 18 km walk, about 18 km; {{y-km}}');
	});
});

describe('buildStory', () => {
	const geo: GeoMeta = { places: [...metas.values()], figures: {}, theatres: [], world: '', routes: '' };
	const story = buildStory(
		{
			chapters: [chapter('intro', ['a', 'b']), chapter('kosovo', ['b'])],
			placeStories: [
				{ id: 'a', summary: 'A', paragraphs: [] },
				{ id: 'b', summary: 'B', paragraphs: [] }
			],
			sources: [
				{ id: 'fn12', footnote: 12, section: 'x' },
				{ id: 'report', section: 'y' },
				{ id: 'fn3', footnote: 3, section: 'z' }
			],
			sourceNotes: []
		},
		geo
	);

	it('lists the chapters each place appears in, and sends readers to its own chapter', () => {
		expect(story.places.get('b')?.chapters).toEqual(['intro', 'kosovo']);
		expect(homeChapter(story.places.get('b')!)).toBe('kosovo');
		expect(homeChapter(story.places.get('a')!)).toBe('intro');
	});

	it('orders end notes: report passages first, then footnotes by number', () => {
		expect(story.endNotes.map((n) => n.id)).toEqual(['report', 'fn3', 'fn12']);
	});
});

describe('readerStory', () => {
	const geo: GeoMeta = { places: [...metas.values()], figures: {}, theatres: [], world: '', routes: '' };
	const story = buildStory(
		{
			chapters: [
				chapter('kosovo', ['a'], {
					paragraphs: [{ text: 'Prose.', cite: ['fn1'] }],
					facts: [{ value: '34', label: 'servicemen', cite: ['fn1'] }],
					quotes: [{ text: 'Q', speaker: 'S', role: 'R', context: 'C', cite: ['fn1'] }]
				})
			],
			placeStories: [{ id: 'a', summary: 'A', paragraphs: [{ text: 'Here.', cite: ['fn2'] }], facts: [{ value: '1', label: 'x', cite: ['fn3'] }] }],
			sources: ['fn1', 'fn2', 'fn3', 'fn4'].map((id, i) => ({ id, footnote: i + 1, section: 's' })),
			sourceNotes: ['n1', 'n2'].map((id) => ({ id, topic: id, variants: [], used: '', why: '' }))
		},
		geo
	);

	it('drops the chapters’ prose and keeps their headings, places and captions', () => {
		const [head] = readerStory(story).chapters;
		expect(head).toEqual({ id: 'kosovo', kicker: '', title: 'kosovo', summary: '', places: ['a'], caption: 'Map: ', legend: ['exact', 'town'], locator: 'data/maps/kosovo-locator.svg' });
	});

	it('keeps only the end notes the places cite, and those asked for', () => {
		expect([...readerStory(story).sources.keys()]).toEqual(['fn2', 'fn3']);
		expect([...readerStory(story, { sources: ['fn4'] }).sources.keys()]).toEqual(['fn2', 'fn3', 'fn4']);
	});

	it('keeps only the notes on the sources asked for', () => {
		expect(readerStory(story).sourceNotes).toEqual([]);
		expect(readerStory(story, { sourceNotes: ['n2'] }).sourceNotes.map((n) => n.id)).toEqual(['n2']);
	});

	it('keeps the places, figures and scenes as they are', () => {
		const reader = readerStory(story);
		expect(reader.places).toBe(story.places);
		expect(reader.scenes).toBe(story.scenes);
		expect(reader.figures).toBe(story.figures);
	});
});

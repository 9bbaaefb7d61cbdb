import { describe, expect, it } from 'vitest';
import type { RoutesConfig } from '$lib/content/types';
import { buildStory, chapterRoutes, fillFigures, readerStory, routeCaption, sceneFor, translationNote } from './model';
import { chapter, content, geoMeta, metas } from './fixtures';

const routes: RoutesConfig = {
	from: 'a',
	directWords: 'as the crow flies',
	allCaption: 'All routes.',
	legend: { direct: 'direct route', transit: 'route through a stop' },
	dataNotes: { direct: 'Direct.', transit: 'Through {via}.' },
	stops: [{ name: 'Stop City', lngLat: [22, 40], source: 'A gazetteer' }],
	routes: [
		{
			id: 'route-x',
			chapters: ['east'],
			to: 'b',
			kind: 'stated-transit',
			transit: 'Stopland',
			drawnThrough: 'Stop City',
			reportWords: 'through Stopland',
			caption: 'Route X via Stopland.',
			cite: ['fn1']
		},
		{
			id: 'route-y',
			chapters: ['south', 'south-again'],
			to: 'a',
			kind: 'direct',
			transit: null,
			drawnThrough: null,
			reportWords: null,
			caption: 'Route Y, as the crow flies.',
			cite: ['fn2']
		}
	]
};

describe('sceneFor', () => {
	it('fits the union of the chapter places and highlights them', () => {
		const scene = sceneFor(chapter('east', ['a', 'b']), metas, null);
		expect(scene).toMatchObject({ key: 'east', bounds: [20, 41, 21.5, 42.5], highlight: ['a', 'b'], routes: [] });
		expect(scene.maxZoom).toBe(11);
	});

	it('fits only the listed places when the chapter names them', () => {
		const scene = sceneFor(chapter('east', ['a', 'b'], { fit: ['a'] }), metas, null);
		expect(scene.bounds).toEqual([20, 41, 20, 41]);
		expect(scene.highlight).toEqual(['a', 'b']);
	});

	it('draws every route in an overview chapter, and honours a chapter zoom limit', () => {
		expect(sceneFor(chapter('opening', ['a'], { overview: true }), metas, routes).routes).toEqual(['route-x', 'route-y']);
		expect(sceneFor(chapter('early', ['a'], { maxZoom: 5 }), metas, routes).maxZoom).toBe(5);
	});

	it('uses a fixed camera instead of a fit when the chapter has one', () => {
		const camera = { center: [45, 30] as [number, number], zoom: 3 };
		const scene = sceneFor(chapter('late', ['a'], { camera }), metas, null);
		expect(scene.camera).toEqual(camera);
		expect(scene.bounds).toBeUndefined();
	});
});

describe('chapterRoutes and routeCaption', () => {
	it('shows every route in an overview and a theatre’s own route in its chapters', () => {
		expect(chapterRoutes({ id: 'opening', overview: true }, routes)).toEqual(['route-x', 'route-y']);
		expect(chapterRoutes({ id: 'east' }, routes)).toEqual(['route-x']);
		expect(chapterRoutes({ id: 'south-again' }, routes)).toEqual(['route-y']);
		expect(chapterRoutes({ id: 'early' }, routes)).toEqual([]);
		expect(chapterRoutes({ id: 'opening', overview: true }, null)).toEqual([]);
	});

	it('adds the sentence of the route shown, or the overview sentence for several', () => {
		expect(routeCaption('Map: here.', ['route-x'], routes)).toBe('Map: here. Route X via Stopland.');
		expect(routeCaption('Map: here.', ['route-x', 'route-y'], routes)).toBe('Map: here. All routes.');
		expect(routeCaption('Map: here.', [], routes)).toBe('Map: here.');
	});
});

describe('fillFigures and translationNote', () => {
	it('replaces known placeholders and leaves unknown ones visible', () => {
		const figures = { 'x-km': { value: 18.3, unit: 'km', text: 'about 18 km', method: '' } };
		expect(fillFigures('A {{x-km}} walk, {{ x-km }}; {{y-km}}', figures)).toBe('A about 18 km walk, about 18 km; {{y-km}}');
	});

	it('says a quotation came through another language only when it did', () => {
		expect(translationNote({ via: 'a weekly, 1 May 2008' }, 'as rendered, from ({via})')).toBe('as rendered, from (a weekly, 1 May 2008)');
		expect(translationNote({}, 'as rendered, from ({via})')).toBeNull();
	});
});

describe('buildStory', () => {
	const story = buildStory(
		content({
			sources: [
				{ id: 'fn12', footnote: 12, section: 'x' },
				{ id: 'document', section: 'y' },
				{ id: 'fn3', footnote: 3, section: 'z' }
			]
		}),
		geoMeta(),
		'stories/fixture/'
	);

	it('lists the chapters each place appears in, and sends readers to its first chapter that is not an overview', () => {
		expect(story.places.get('b')?.chapters).toEqual(['opening', 'east']);
		expect(story.places.get('b')?.home).toBe('east');
		expect(story.places.get('a')?.home).toBe('opening');
	});

	it('orders end notes: passages without a footnote first, then footnotes by number', () => {
		expect(story.endNotes.map((n) => n.id)).toEqual(['document', 'fn3', 'fn12']);
	});

	it('knows where it lives, its overview, and how its document is named', () => {
		expect(story.prefix).toBe('stories/fixture/');
		expect(story.overview.id).toBe('opening');
		expect([story.documentKind, story.documentTitle, story.language]).toEqual(['document', 'A Document', 'en']);
	});
});

describe('readerStory', () => {
	const story = buildStory(
		content({
			chapters: [
				chapter('east', ['a'], {
					paragraphs: [{ text: 'Prose.', cite: ['fn1'] }],
					facts: [{ value: '34', label: 'servicemen', cite: ['fn1'] }],
					quotes: [{ text: 'Q', speaker: 'S', role: 'R', context: 'C', cite: ['fn1'] }]
				})
			],
			placeStories: [
				{ id: 'a', summary: 'A', paragraphs: [{ text: 'Here.', cite: ['fn2'] }], facts: [{ value: '1', label: 'x', cite: ['fn3'] }] }
			],
			sources: ['fn1', 'fn2', 'fn3', 'fn4'].map((id, i) => ({ id, footnote: i + 1, section: 's' })),
			sourceNotes: ['n1', 'n2'].map((id) => ({ id, topic: id, variants: [], used: '', why: '' }))
		}),
		geoMeta(),
		''
	);

	it('drops the chapters’ prose and keeps their headings, places and captions', () => {
		const [head] = readerStory(story).chapters;
		expect(head).toEqual({
			id: 'east',
			nav: 'east',
			kicker: '',
			title: 'east',
			summary: '',
			places: ['a'],
			caption: 'Map: ',
			legend: [{ key: 'exact' }, { key: 'town' }],
			locator: 'data/maps/east-locator.svg'
		});
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

/**
 * A small story for the model's tests: two places, two chapters, a route, with neutral names.
 * Shaped as `npm run geo` writes a story's content (src/lib/content/load.ts).
 */
import type { Chapter, StoryContent } from '$lib/content/types';
import type { GeoMeta, PlaceMeta } from '$lib/geo-meta';

export const placeMeta = (id: string, bbox: [number, number, number, number], extra: Partial<PlaceMeta> = {}): PlaceMeta => ({
	id,
	name: id,
	kind: 'point',
	drawn_as: 'point',
	lngLat: [bbox[0], bbox[1]],
	anchor: [bbox[0], bbox[1]],
	certainty: 'exact',
	certainty_note: '',
	sources: [],
	country: 'Eastland',
	bbox,
	...extra
});

export const chapter = (id: string, places: string[], extra: Partial<Chapter> = {}): Chapter => ({
	id,
	nav: id,
	kicker: '',
	title: id,
	summary: '',
	paragraphs: [],
	places,
	caption: 'Map: ',
	...extra
});

export const metas = new Map([
	['a', placeMeta('a', [20, 41, 20, 41])],
	['b', placeMeta('b', [21, 42, 21.5, 42.5])]
]);

export const geoMeta = (places = [...metas.values()]): GeoMeta => ({ places, figures: {}, theatres: [], world: '', routes: '' });

/** A story folder's content, with what a test gives in place of the defaults. */
export function content(extra: Partial<StoryContent> = {}): StoryContent {
	return {
		id: 'fixture',
		meta: {
			title: 'A story',
			subtitle: 'Its subtitle',
			standfirst: 'Its standfirst.',
			language: 'en',
			credit: 'Source: a document.',
			byline: { name: 'A desk', type: 'Organization' },
			published: '2026-01-01',
			updated: '2026-01-01',
			sourceDocument: {
				title: 'A Document',
				kind: 'document',
				publishers: [{ name: 'A publisher' }],
				url: null,
				availability: 'Ask the publisher.'
			},
			translationNote: 'as rendered in the document, from a source in another language ({via})',
			shareImageAlt: 'A map.',
			share: { origin: '', publisher: { name: '', url: '' }, twitterSite: '', oembedCacheAge: 60 }
		},
		chapters: [chapter('opening', ['a', 'b'], { overview: true }), chapter('east', ['b'])],
		placeStories: [
			{ id: 'a', summary: 'A', paragraphs: [] },
			{ id: 'b', summary: 'B', paragraphs: [] }
		],
		sources: [],
		sourceNotes: [],
		map: { emphasis: [], seas: [], renames: {}, unlabelled: [], disputed: [], theatres: [], towns: [], runways: [], rivers: [] },
		figures: [],
		routes: null,
		timeline: null,
		places: { type: 'FeatureCollection', features: [] },
		...extra
	};
}

/**
 * The story model: the content joined with the geo data. Pure: no DOM, no MapLibre, no Svelte.
 */
import type { Chapter, ChapterId, PlaceStory, Source, SourceId, SourceNote } from '../../content/types';
import type { RouteStory } from '../../content/routes';
import type { Figure, GeoMeta, PlaceMeta } from '$lib/geo-meta';
import { unionBbox } from '../geo/bbox';
import { legendKeys, needsLocator, type LegendKey } from './legend';
import type { Bbox, MapPlace, Scene } from '$lib/map/types';

export interface Place extends PlaceMeta {
	story: PlaceStory;
	/** Chapters that show this place, in reading order. */
	chapters: ChapterId[];
}

/** What a chapter's map shows besides its view: the key's entries and whether it has a locator inset. */
export interface MapKey {
	legend: LegendKey[];
	/** The locator inset's file (the chapter's area on a regional map), when the view is closer than country scale. */
	locator: string | null;
}

/** A chapter of the built story: the content and its map's key. */
export type StoryChapter = Chapter & MapKey;

/** A chapter without its prose (facts, paragraphs, quotes): its heading, places, caption, view and key. */
export type ChapterHead = Omit<StoryChapter, 'paragraphs' | 'facts' | 'quotes'>;

/**
 * What the components that run in the browser read: the chapters' headings and views, the
 * places with their details, and the end notes and notes on the sources those details and the
 * timeline cite. The story page sends only this to the browser (see readerStory); its prose
 * and end notes arrive prerendered.
 */
export interface ReaderStory {
	chapters: readonly ChapterHead[];
	places: ReadonlyMap<string, Place>;
	sources: ReadonlyMap<string, Source>;
	sourceNotes: readonly SourceNote[];
	figures: Readonly<Record<string, Figure>>;
	scenes: ReadonlyMap<ChapterId, Scene>;
}

export interface Story extends ReaderStory {
	chapters: readonly StoryChapter[];
	/** End notes in display order: report sections first, then footnotes by number. */
	endNotes: readonly Source[];
}

/** Overview chapters also draw the routes from Baku. */
const OVERVIEW: readonly ChapterId[] = ['intro', 'legacy'];
/** Single-place chapters should not zoom to street level. */
const DEFAULT_MAX_ZOOM = 11;

/** A computed-figure placeholder in the story's text: `{{figure-id}}`. */
export const FIGURE_PLACEHOLDER = /\{\{\s*([a-z0-9-]+)\s*\}\}/g;

/** Replaces `{{figure-id}}` placeholders with the computed figures' display text. */
export function fillFigures(text: string, figures: Readonly<Record<string, Figure>>): string {
	return text.replace(FIGURE_PLACEHOLDER, (whole, id: string) => figures[id]?.text ?? whole);
}

/**
 * A chapter's static maps, drawn at build time: a wide one (framed like the live map on a wide
 * screen, and shown in the text without JavaScript) and a tall one for phones.
 */
export const STATIC_MAPS = { wide: { width: 800, height: 760 }, tall: { width: 420, height: 860 } } as const;
export const STATIC_MAP_SIZE = STATIC_MAPS.wide;
export const staticMapFile = (chapterId: string, variant: keyof typeof STATIC_MAPS = 'wide') =>
	`data/maps/${chapterId}${variant === 'tall' ? '-tall' : ''}.svg`;
/** A place's own static map, for its page. */
export const placeMapFile = (placeId: string) => `data/maps/place-${placeId}.svg`;
/** A chapter's locator inset, drawn at build time. */
export const LOCATOR_SIZE = { width: 150, height: 120 } as const;
export const locatorFile = (chapterId: string) => `data/maps/${chapterId}-locator.svg`;

/** The routes a chapter shows: all of them in the overviews, the theatre’s own in a mission chapter. */
export function chapterRoutes(chapter: Chapter, routeIds: readonly string[], routeStories: readonly RouteStory[] = []): string[] {
	if (OVERVIEW.includes(chapter.id)) return [...routeIds];
	return routeStories.filter((r) => r.chapters.includes(chapter.id) && routeIds.includes(r.id)).map((r) => r.id);
}

/** The map’s caption with a sentence naming the routes shown and their transit. */
export function routeCaption(caption: string, shown: readonly string[], routeStories: readonly RouteStory[], allRoutes: string): string {
	if (shown.length === 0) return caption;
	const own = shown.length === 1 ? routeStories.find((r) => r.id === shown[0])?.caption : allRoutes;
	return own ? `${caption} ${own}` : caption;
}

export function sceneFor(
	chapter: Chapter,
	places: ReadonlyMap<string, PlaceMeta>,
	routeIds: readonly string[],
	routeStories: readonly RouteStory[] = []
): Scene {
	const boxes = (chapter.fit ?? chapter.places).map((id) => places.get(id)?.bbox).filter((b): b is Bbox => Boolean(b));
	return {
		key: chapter.id,
		camera: chapter.camera,
		bounds: chapter.camera || boxes.length === 0 ? undefined : unionBbox(boxes),
		highlight: chapter.places,
		routes: chapterRoutes(chapter, routeIds, routeStories),
		maxZoom: chapter.maxZoom ?? DEFAULT_MAX_ZOOM
	};
}

export function buildStory(
	content: {
		chapters: readonly Chapter[];
		placeStories: readonly PlaceStory[];
		sources: readonly Source[];
		sourceNotes: readonly SourceNote[];
		/** The routes in words; without them only the overview chapters show routes. */
		routeStories?: readonly RouteStory[];
		allRoutesCaption?: string;
	},
	geo: GeoMeta,
	routeIds: readonly string[] = ['route-kosovo', 'route-afghanistan', 'route-iraq', 'route-south-sudan']
): Story {
	const stories = new Map(content.placeStories.map((s) => [s.id, s]));
	const metas = new Map(geo.places.map((p) => [p.id, p]));
	const places = new Map<string, Place>();
	for (const meta of geo.places) {
		const story = stories.get(meta.id);
		if (!story) continue;
		const chapters = content.chapters.filter((c) => c.places.includes(meta.id)).map((c) => c.id);
		places.set(meta.id, { ...meta, story, chapters });
	}
	const endNotes = [...content.sources].sort(
		(a, b) => (a.footnote ?? -1) - (b.footnote ?? -1) || a.id.localeCompare(b.id)
	);
	const routeStories = content.routeStories ?? [];
	const scenes = new Map(content.chapters.map((c) => [c.id, sceneFor(c, metas, routeIds, routeStories)]));
	// The caption names the routes the map shows, so they are not only a picture.
	const via = (id: string) => routeStories.find((r) => r.id === id)?.kind === 'stated-transit';
	const chapters = content.chapters.map((c): StoryChapter => {
		const scene = scenes.get(c.id)!;
		return {
			...c,
			caption: routeCaption(c.caption, scene.routes ?? [], routeStories, content.allRoutesCaption ?? ''),
			legend: legendKeys(scene, metas, via),
			locator: needsLocator(scene) ? locatorFile(c.id) : null
		};
	});
	return {
		chapters,
		places,
		sources: new Map(content.sources.map((s) => [s.id, s])),
		endNotes,
		sourceNotes: content.sourceNotes,
		figures: geo.figures,
		scenes
	};
}

/**
 * The story without what the browser never draws again: the chapters' prose and the end notes
 * and notes on the sources nothing interactive cites. `keep` adds what other parts of the page
 * cite (the timeline's end notes and notes).
 */
export function readerStory(
	story: Story,
	keep: { sources?: Iterable<SourceId>; sourceNotes?: Iterable<string> } = {}
): ReaderStory {
	const cited = new Set(keep.sources);
	for (const { story: s } of story.places.values()) {
		for (const block of [...s.paragraphs, ...(s.facts ?? [])]) for (const id of block.cite) cited.add(id);
	}
	const notes = new Set(keep.sourceNotes);
	return {
		chapters: story.chapters.map(({ paragraphs: _p, facts: _f, quotes: _q, ...head }) => head),
		places: story.places,
		sources: new Map([...story.sources].filter(([id]) => cited.has(id))),
		sourceNotes: story.sourceNotes.filter((n) => notes.has(n.id)),
		figures: story.figures,
		scenes: story.scenes
	};
}

/** What the map engine needs to know about places: ids, names, positions. */
export function mapPlaces(story: ReaderStory): MapPlace[] {
	return [...story.places.values()].map(({ id, name, kind, anchor, certainty, group }) => ({
		id,
		name,
		kind,
		lngLat: anchor,
		certainty,
		...(group ? { group } : {})
	}));
}

/** The chapter a place is first shown in: where its details send the reader back to. */
export function homeChapter(place: Place): ChapterId {
	return place.chapters.find((c) => !OVERVIEW.includes(c)) ?? place.chapters[0] ?? 'intro';
}

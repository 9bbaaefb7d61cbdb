/**
 * The story model: a story folder's checked content joined with its geo data. Pure: no DOM, no
 * MapLibre, no Svelte. Nothing here names a story: what differs between stories is their data.
 */
import type { Chapter, PlaceStory, StoryContent } from '$lib/content/load';
import type { RoutesConfig, Source, SourceNote, StoryMeta, Timeline } from '$lib/content/schema';
import type { Figure, GeoMeta, PlaceMeta } from '$lib/geo-meta';
import { FIGURE_PLACEHOLDER } from '../content/placeholder';
import { unionBbox } from '../geo/bbox';
import { legendKeys, needsLocator, type LegendEntry } from './legend';
import type { Bbox, MapPlace, Scene } from '$lib/map/types';

export interface Place extends PlaceMeta {
	story: PlaceStory;
	/** Chapters that show this place, in reading order. */
	chapters: string[];
	/** The chapter its details send the reader back to: the first that is not an overview. */
	home: string;
}

/** What a chapter's map shows besides its view: the key's entries and whether it has a locator inset. */
export interface MapKey {
	legend: LegendEntry[];
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
	id: string;
	/** Where the story lives on the site: '' or 'stories/<id>/' (see prefix.ts). */
	prefix: string;
	/** The story's language (its pages' `lang`). */
	language: string;
	/** What the quotations that reached the source through another language add to their attribution. */
	translationNote: string;
	/** The source document's kind, in a word ("report"): how the citations name it. */
	documentKind: string;
	/** The source document's title. */
	documentTitle: string;
	chapters: readonly ChapterHead[];
	places: ReadonlyMap<string, Place>;
	sources: ReadonlyMap<string, Source>;
	/** The notes on the sources the page's interactive parts name (by their topic). */
	sourceNotes: readonly NoteRef[];
	figures: Readonly<Record<string, Figure>>;
	scenes: ReadonlyMap<string, Scene>;
}

/** A note on the sources as a link names it. */
export type NoteRef = Pick<SourceNote, 'id' | 'topic'>;

export interface Story extends ReaderStory {
	sourceNotes: readonly SourceNote[];
	meta: StoryMeta;
	chapters: readonly StoryChapter[];
	/** End notes in display order: report sections first, then footnotes by number. */
	endNotes: readonly Source[];
	timeline: Timeline | null;
	routes: RoutesConfig | null;
	/** The story's overview chapter: the first marked `overview`, else the first. */
	overview: StoryChapter;
}

/** Single-place chapters should not zoom to street level. */
const DEFAULT_MAX_ZOOM = 11;

/** Replaces `{{figure-id}}` placeholders with the computed figures' display text. */
export function fillFigures(text: string, figures: Readonly<Record<string, Figure>>): string {
	return text.replace(FIGURE_PLACEHOLDER, (whole, id: string) => figures[id]?.text ?? whole);
}

/** What a quotation's attribution adds when it reached the source through another language, or null. */
export function translationNote(q: { via?: string }, note: string): string | null {
	return q.via ? note.replaceAll('{via}', q.via) : null;
}

/**
 * A chapter's static maps, drawn at build time: a wide one (framed like the live map on a wide
 * screen, and shown in the text without JavaScript), a tall one for phones, and one for the
 * kiosk's 16:9 screen, at 1/1.6 of 1920 × 1080 so that its names read as large as the live kiosk
 * map's. Paths are under the story's prefix.
 */
export const STATIC_MAPS = {
	wide: { width: 800, height: 760 },
	tall: { width: 420, height: 860 },
	kiosk: { width: 1200, height: 675 }
} as const;
export type StaticMapVariant = keyof typeof STATIC_MAPS;
export const STATIC_MAP_SIZE = STATIC_MAPS.wide;
export const staticMapFile = (chapterId: string, variant: StaticMapVariant = 'wide') =>
	`data/maps/${chapterId}${variant === 'wide' ? '' : `-${variant}`}.svg`;
/** A place's own static map, for its page. */
export const placeMapFile = (placeId: string) => `data/maps/place-${placeId}.svg`;
/** A chapter's locator inset, drawn at build time. */
export const LOCATOR_SIZE = { width: 150, height: 120 } as const;
export const locatorFile = (chapterId: string) => `data/maps/${chapterId}-locator.svg`;

/** The routes a chapter shows: all of them in an overview, the theatre’s own in a mission chapter. */
export function chapterRoutes(chapter: Pick<Chapter, 'id' | 'overview'>, routes: RoutesConfig | null): string[] {
	const all = routes?.routes ?? [];
	if (chapter.overview) return all.map((r) => r.id);
	return all.filter((r) => r.chapters.includes(chapter.id)).map((r) => r.id);
}

/** The map’s caption with a sentence naming the routes shown and their transit. */
export function routeCaption(caption: string, shown: readonly string[], routes: RoutesConfig | null): string {
	if (shown.length === 0 || !routes) return caption;
	const own = shown.length === 1 ? routes.routes.find((r) => r.id === shown[0])?.caption : routes.allCaption;
	return own ? `${caption} ${own}` : caption;
}

export function sceneFor(chapter: Chapter, places: ReadonlyMap<string, PlaceMeta>, routes: RoutesConfig | null): Scene {
	const boxes = (chapter.fit ?? chapter.places).map((id) => places.get(id)?.bbox).filter((b): b is Bbox => Boolean(b));
	return {
		key: chapter.id,
		camera: chapter.camera,
		bounds: chapter.camera || boxes.length === 0 ? undefined : unionBbox(boxes),
		highlight: chapter.places,
		routes: chapterRoutes(chapter, routes),
		maxZoom: chapter.maxZoom ?? DEFAULT_MAX_ZOOM
	};
}

export function buildStory(content: StoryContent, geo: GeoMeta, prefix: string): Story {
	const stories = new Map(content.placeStories.map((s) => [s.id, s]));
	const metas = new Map(geo.places.map((p) => [p.id, p]));
	const overviews = new Set(content.chapters.filter((c) => c.overview).map((c) => c.id));
	const places = new Map<string, Place>();
	for (const meta of geo.places) {
		const story = stories.get(meta.id);
		if (!story) continue;
		const chapters = content.chapters.filter((c) => c.places.includes(meta.id)).map((c) => c.id);
		const home = chapters.find((c) => !overviews.has(c)) ?? chapters[0] ?? content.chapters[0]!.id;
		places.set(meta.id, { ...meta, story, chapters, home });
	}
	const endNotes = [...content.sources].sort((a, b) => (a.footnote ?? -1) - (b.footnote ?? -1) || a.id.localeCompare(b.id));
	const routes = content.routes;
	const scenes = new Map(content.chapters.map((c) => [c.id, sceneFor(c, metas, routes)]));
	const via = (id: string) => routes?.routes.find((r) => r.id === id)?.kind === 'stated-transit';
	const chapters = content.chapters.map((c): StoryChapter => {
		const scene = scenes.get(c.id)!;
		return {
			...c,
			// The caption names the routes the map shows, so they are not only a picture.
			caption: routeCaption(c.caption, scene.routes ?? [], routes),
			legend: legendKeys(scene, metas, via, { disputed: content.map.disputed, routes: routes?.legend }),
			locator: needsLocator(scene) ? locatorFile(c.id) : null
		};
	});
	return {
		id: content.id,
		prefix,
		language: content.meta.language,
		translationNote: content.meta.translationNote,
		documentKind: content.meta.sourceDocument.kind,
		documentTitle: content.meta.sourceDocument.title,
		meta: content.meta,
		chapters,
		overview: chapters.find((c) => c.overview) ?? chapters[0]!,
		places,
		sources: new Map(content.sources.map((s) => [s.id, s])),
		endNotes,
		sourceNotes: content.sourceNotes,
		figures: geo.figures,
		scenes,
		timeline: content.timeline,
		routes
	};
}

/**
 * The story without what the browser never draws again: the chapters' prose and the end notes
 * and notes on the sources nothing interactive cites. `keep` adds what other parts of the page
 * cite (the timeline's end notes and notes).
 */
export function readerStory(story: Story, keep: { sources?: Iterable<string>; sourceNotes?: Iterable<string> } = {}): ReaderStory {
	const cited = new Set(keep.sources);
	for (const { story: s } of story.places.values()) {
		for (const block of [...s.paragraphs, ...(s.facts ?? [])]) for (const id of block.cite) cited.add(id);
	}
	const notes = new Set(keep.sourceNotes);
	return {
		id: story.id,
		prefix: story.prefix,
		language: story.language,
		translationNote: story.translationNote,
		documentKind: story.documentKind,
		documentTitle: story.documentTitle,
		chapters: story.chapters.map(({ paragraphs: _p, facts: _f, quotes: _q, ...head }) => head),
		places: story.places,
		sources: new Map([...story.sources].filter(([id]) => cited.has(id))),
		sourceNotes: story.sourceNotes.filter((n) => notes.has(n.id)).map(({ id, topic }) => ({ id, topic })),
		figures: story.figures,
		scenes: story.scenes
	};
}

/**
 * The timeline as the browser needs it to hydrate its chart: the source's words that back each
 * figure (`evidence`) are for the build's checks and are never drawn.
 */
export function readerTimeline(t: Timeline): Timeline {
	return {
		...t,
		asOf: { ...t.asOf, evidence: [] },
		operations: t.operations.map((op) => ({
			...op,
			dates: { ...op.dates, evidence: [] },
			strengths: op.strengths.map((s) => ({ ...s, evidence: [] }))
		})),
		...(t.overlap ? { overlap: { ...t.overlap, evidence: [] } } : {})
	};
}

/** What the map engine needs to know about places: ids, names, positions. */
export function mapPlaces(story: Pick<ReaderStory, 'places'>): MapPlace[] {
	return [...story.places.values()].map(({ id, name, kind, anchor, certainty, group }) => ({
		id,
		name,
		kind,
		lngLat: anchor,
		certainty,
		...(group ? { group } : {})
	}));
}

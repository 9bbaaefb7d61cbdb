/**
 * The data downloads: the places and areas (with how certain each position is, where it comes
 * from and what the story says of it) as CSV and GeoJSON, with the same fields, and the
 * deployment timeline as CSV. Pure; prerendered by the routes under src/routes/data/.
 */
import type { Feature, FeatureCollection } from 'geojson';
import type { Source, Timeline } from '$lib/content/types';
import type { Story } from '$lib/story/model';
import { sourcesText, timelineRows } from '$lib/timeline/rows';
import { toCsv } from './csv';

export const PLACE_COLUMNS = [
	'id',
	'name',
	'kind',
	'drawn_as',
	'certainty',
	'radius_m',
	'longitude',
	'latitude',
	'country',
	'certainty_note',
	'coordinate_sources',
	'chapters',
	'summary',
	'dates',
	'report_sources'
] as const;

type PlaceRecord = Record<(typeof PLACE_COLUMNS)[number], string | number | undefined>;

/** One record per place or area, in the geo data's order; areas and lines give their label point. */
function placeRecords(story: Pick<Story, 'places' | 'sources' | 'documentKind'>): PlaceRecord[] {
	return [...story.places.values()].map((p) => {
		const cites = [...new Set([...p.story.paragraphs.flatMap((x) => x.cite), ...(p.story.facts ?? []).flatMap((f) => f.cite)])];
		return {
			id: p.id,
			name: p.name,
			kind: p.kind,
			drawn_as: p.drawn_as,
			certainty: p.certainty,
			radius_m: p.radius_m,
			longitude: p.lngLat[0],
			latitude: p.lngLat[1],
			country: p.country,
			certainty_note: p.certainty_note,
			coordinate_sources: p.sources.join('; '),
			chapters: p.chapters.join('; '),
			summary: p.story.summary,
			dates: p.story.dates,
			report_sources: sourcesText(cites, story.sources, story.documentKind)
		};
	});
}

/** One row per place or area; areas and lines give their label point (their shapes are in places.geojson). */
export function placesCsv(story: Pick<Story, 'places' | 'sources' | 'documentKind'>): string {
	return toCsv(PLACE_COLUMNS, placeRecords(story));
}

/**
 * The geo build's places (`geo`: shapes, certainty, coordinate sources) with the fields the CSV
 * adds: the label point, the chapters (a list), the summary, the dates and the report's sources.
 * The CSV's `coordinate_sources` is the list `sources` here. The map reads this file too.
 */
export function placesGeojson(story: Pick<Story, 'places' | 'sources' | 'documentKind'>, geo: FeatureCollection): FeatureCollection {
	const records = new Map(placeRecords(story).map((r) => [String(r.id), r]));
	const features = geo.features.map((f): Feature => {
		const r = records.get(String(f.id));
		if (!r) throw new Error(`places.geojson: place "${f.id}" has no story`);
		const place = story.places.get(String(f.id))!;
		return {
			...f,
			properties: {
				...f.properties,
				// Null where the position is exact, as the CSV leaves it empty.
				radius_m: f.properties?.radius_m ?? null,
				longitude: r.longitude,
				latitude: r.latitude,
				chapters: [...place.chapters],
				summary: r.summary,
				dates: r.dates ?? null,
				report_sources: r.report_sources
			}
		};
	});
	return { type: 'FeatureCollection', features };
}

export const TIMELINE_COLUMNS = [
	'operation',
	'name',
	'chapter',
	'kind',
	'from',
	'to',
	'personnel',
	'sources',
	'source_ids',
	'notes'
] as const;

/** One row per stated strength, per stretch without one (`unstated`), and the overlap figure. */
/** `kind`: the source document's (“report”), as the rows name its footnotes. */
export function timelineCsv(timeline: Timeline, sources: ReadonlyMap<string, Source>, kind: string): string {
	const records = timelineRows(timeline, sources, kind).map((r) => ({
		operation: r.operation,
		name: r.name,
		chapter: r.chapter,
		kind: r.kind,
		from: r.from,
		to: r.to,
		personnel: r.personnel,
		sources: r.sourceText,
		source_ids: r.cite.join('; '),
		notes: r.notes.join('; ')
	}));
	return toCsv(TIMELINE_COLUMNS, records);
}

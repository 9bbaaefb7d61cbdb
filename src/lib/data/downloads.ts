/**
 * The data downloads as CSV: the places and areas (with how certain each position is and where
 * it comes from) and the deployment timeline. Pure; prerendered by the routes under src/routes/data/.
 */
import type { Source } from '../../content/types';
import type { Timeline } from '../../content/timeline';
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

/** One row per place or area; areas and lines give their label point (their shapes are in places.geojson). */
export function placesCsv(story: Pick<Story, 'places' | 'sources'>): string {
	const records = [...story.places.values()].map((p) => {
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
			report_sources: sourcesText(cites, story.sources)
		};
	});
	return toCsv(PLACE_COLUMNS, records);
}

export const TIMELINE_COLUMNS = ['operation', 'name', 'chapter', 'kind', 'from', 'to', 'personnel', 'sources', 'source_ids', 'notes'] as const;

/** One row per stated strength, per stretch without one (`unstated`), and the overlap figure. */
export function timelineCsv(timeline: Timeline, sources: ReadonlyMap<string, Source>): string {
	const records = timelineRows(timeline, sources).map((r) => ({
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

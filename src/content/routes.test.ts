/**
 * The routes in words against the routes drawn: each mission chapter shows its theatre’s route,
 * and the caption says whether the line is a transit the report states or a direct one.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import geoMeta from '$lib/generated/geo-meta.json';
import type { GeoMeta } from '$lib/geo-meta';
import { buildStory } from '$lib/story/model';
import { chapters } from './chapters';
import { sourceNotes } from './notes';
import { placeStories } from './places';
import { allRoutesCaption, DIRECT_WORDS, routeProblems, routeStories } from './routes';
import { sources } from './sources';

const ROUTES = resolve(import.meta.dirname, '../../static/data/routes.geojson');
const REPORT = resolve(import.meta.dirname, '../../../shared/source/report.txt');
const story = buildStory({ chapters, placeStories, sources, sourceNotes, routeStories, allRoutesCaption }, geoMeta as unknown as GeoMeta);
const sourceIds = new Set(sources.map((s) => s.id));

describe('routes in the story', () => {
	it('shows a route in every mission chapter and all of them in the overviews', () => {
		const shown = Object.fromEntries([...story.scenes].map(([id, s]) => [id, s.routes]));
		expect(shown).toEqual({
			intro: ['route-kosovo', 'route-afghanistan', 'route-iraq', 'route-south-sudan'],
			founding: [],
			kosovo: ['route-kosovo'],
			isaf: ['route-afghanistan'],
			'resolute-support': ['route-afghanistan'],
			iraq: ['route-iraq'],
			unmiss: ['route-south-sudan'],
			legacy: ['route-kosovo', 'route-afghanistan', 'route-iraq', 'route-south-sudan']
		});
	});

	it('says in the caption of each chapter that shows a route what kind of line it is', () => {
		for (const c of story.chapters) {
			const routes = story.scenes.get(c.id)!.routes ?? [];
			if (routes.length > 1) expect(c.caption, c.id).toContain('lines run from Baku');
			for (const r of routeStories.filter((x) => routes.includes(x.id))) {
				if (r.kind === 'direct') expect(c.caption, c.id).toContain(DIRECT_WORDS);
				else expect(c.caption, c.id).toMatch(new RegExp(`${r.transit}.*${r.drawnThrough}`));
			}
		}
		expect(story.chapters.find((c) => c.id === 'founding')!.caption).not.toMatch(/route/);
	});

	it('draws a transit only where the report says the contingent travelled through a place', () => {
		expect(routeStories.map((r) => [r.id, r.kind, r.transit])).toEqual([
			['route-kosovo', 'direct', null],
			['route-afghanistan', 'direct', null],
			['route-iraq', 'stated-transit', 'Kuwait'],
			['route-south-sudan', 'direct', null]
		]);
		for (const r of routeStories) expect(routeProblems(r), r.id).toEqual([]);
		// A transit with no words from the report, or a direct line with a stop, is refused.
		const iraq = routeStories.find((r) => r.id === 'route-iraq')!;
		expect(routeProblems({ ...iraq, reportWords: null })).not.toEqual([]);
		expect(routeProblems({ ...routeStories[0]!, drawnThrough: 'Ankara' })).not.toEqual([]);
	});

	it.skipIf(!existsSync(REPORT))('quotes the report for each stated transit', () => {
		const report = readFileSync(REPORT, 'utf8').replace(/\s+/g, ' ');
		for (const r of routeStories.filter((x) => x.kind === 'stated-transit')) {
			expect(report, r.id).toContain(r.reportWords!);
			expect(r.reportWords, r.id).toContain(r.transit!);
		}
	});

	it('cites known sources', () => {
		for (const r of routeStories) for (const id of r.cite) expect(sourceIds.has(id), `${r.id}: ${id}`).toBe(true);
	});

	it.skipIf(!existsSync(ROUTES))('agrees with the routes the geo build drew', () => {
		const drawn = JSON.parse(readFileSync(ROUTES, 'utf8')) as {
			features: { id: string; properties: { kind: string; via: string | null; report_words: string | null } }[];
		};
		expect(Object.fromEntries(drawn.features.map((f) => [f.id, [f.properties.kind, f.properties.via, f.properties.report_words]]))).toEqual(
			Object.fromEntries(routeStories.map((r) => [r.id, [r.kind, r.drawnThrough, r.reportWords]]))
		);
	});
});

/**
 * The routes in words against the routes drawn: each mission chapter shows its theatre’s route,
 * and the caption names the transit the report gives and the stop the route is drawn through.
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
import { allRoutesCaption, routeStories } from './routes';
import { sources } from './sources';

const ROUTES = resolve(import.meta.dirname, '../../static/data/routes.geojson');
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

	it('names the route and its transit in the caption of each chapter that shows it', () => {
		for (const c of story.chapters) {
			const routes = story.scenes.get(c.id)!.routes ?? [];
			for (const r of routeStories.filter((x) => routes.includes(x.id))) {
				expect(c.caption, c.id).toContain(routes.length > 1 ? 'routes from Baku' : 'route from Baku');
				if (r.transit) expect(c.caption, c.id).toContain(r.transit);
				if (r.drawnThrough) expect(c.caption, c.id).toContain(r.drawnThrough);
			}
		}
		expect(story.chapters.find((c) => c.id === 'founding')!.caption).not.toMatch(/route/);
	});

	it('cites known sources', () => {
		for (const r of routeStories) for (const id of r.cite) expect(sourceIds.has(id), `${r.id}: ${id}`).toBe(true);
	});

	it.skipIf(!existsSync(ROUTES))('agrees with the routes the geo build drew', () => {
		const drawn = JSON.parse(readFileSync(ROUTES, 'utf8')) as { features: { id: string; properties: { via: string | null } }[] };
		expect(Object.fromEntries(drawn.features.map((f) => [f.id, f.properties.via]))).toEqual(
			Object.fromEntries(routeStories.map((r) => [r.id, r.drawnThrough]))
		);
	});
});

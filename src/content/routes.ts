import type { ChapterId, SourceId } from './types';

/**
 * The routes from Baku to each theatre, in words: the map draws them (geo/build.ts writes
 * routes.geojson as turf great circles through a transit stop), and the caption names each route
 * and its transit, so the routes are not only a picture. The report names the country of transit,
 * not a way; the stop a route is drawn through (`drawnThrough`) is this story’s choice.
 */
export interface RouteStory {
	/** Feature id in routes.geojson. */
	id: string;
	/** The chapters that show this route alone (the overview chapters show all routes). */
	chapters: ChapterId[];
	/** The country the report names for the way there, or null when it names none. */
	transit: string | null;
	/** The stop the drawn great circles pass through (the routes.geojson `via`), or null. */
	drawnThrough: string | null;
	/** The caption’s sentence for this route. */
	caption: string;
	cite: SourceId[];
}

export const routeStories: RouteStory[] = [
	{
		id: 'route-kosovo',
		chapters: ['kosovo'],
		transit: 'Türkiye',
		drawnThrough: 'Ankara',
		caption:
			'The line from the east is the route from Baku via Türkiye, which the report says provided the platoon’s transport; it is drawn as great circles through Ankara, as the report gives no way-points.',
		cite: ['report-ch3-kosovo']
	},
	{
		id: 'route-afghanistan',
		chapters: ['isaf', 'resolute-support'],
		transit: 'Türkiye',
		drawnThrough: 'Ankara',
		caption:
			'The line from the west is the route from Baku via Türkiye, which the report says provided the contingent’s transport; it is drawn as great circles through Ankara, as the report gives no way-points.',
		cite: ['report-ch3-isaf']
	},
	{
		id: 'route-iraq',
		chapters: ['iraq'],
		transit: 'Kuwait',
		drawnThrough: 'Kuwait City',
		caption:
			'The line from the southeast is the route from Baku via Kuwait, through whose territory the report says the contingent travelled; it is drawn as great circles through Kuwait City.',
		cite: ['fn154']
	},
	{
		id: 'route-south-sudan',
		chapters: ['unmiss'],
		transit: null,
		drawnThrough: null,
		caption: 'The line from the north is the route from Baku to Juba, drawn as one great circle: the report names no transit.',
		cite: ['report-ch3-unmiss']
	}
];

/** The caption’s sentence when all routes show (the overview chapters). */
export const allRoutesCaption =
	'The lines are the routes from Baku, drawn as great circles: via Türkiye (through Ankara) to Kosovo and Afghanistan, via Kuwait (through Kuwait City) to Iraq, and directly to South Sudan, for which the report names no transit.';

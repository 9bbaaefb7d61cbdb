import type { ChapterId, PlaceId, SourceId } from './types';

/**
 * The routes from Baku to each theatre, in words: the map draws them (the geo build writes
 * routes.geojson from this list, as turf great circles), and the caption says what each line is,
 * so the routes are not only a picture.
 *
 * A line is a `stated-transit` only where the report says the contingent travelled through a place
 * (Kuwait, for Iraq); it is then drawn through a stop there (`drawnThrough`), since the report names
 * the country, not a way. Everywhere else it is `direct`: one great circle from Baku, as the crow
 * flies, because the report gives no route. That a partner "provided transport" is not a way-point.
 */
export type RouteKind = 'stated-transit' | 'direct';

export interface RouteStory {
	/** Feature id in routes.geojson. */
	id: string;
	/** The chapters that show this route alone (the overview chapters show all routes). */
	chapters: ChapterId[];
	/** Where the line ends (a place in places.geojson). */
	to: PlaceId;
	kind: RouteKind;
	/** For a stated transit: the place the report says the contingent travelled through; else null. */
	transit: string | null;
	/** For a stated transit: the stop the great circles are drawn through (the routes.geojson `via`); else null. */
	drawnThrough: string | null;
	/** For a stated transit: the report's own words for it, as they stand in the report; else null. */
	reportWords: string | null;
	/** The caption’s sentence for this route. */
	caption: string;
	cite: SourceId[];
}

/** What a direct line is, in the caption and in routes.geojson. */
export const DIRECT_WORDS = 'as the crow flies; the report gives no route';

export const routeStories: RouteStory[] = [
	{
		id: 'route-kosovo',
		chapters: ['kosovo'],
		to: 'prizren',
		kind: 'direct',
		transit: null,
		drawnThrough: null,
		reportWords: null,
		caption: `The line from the east runs from Baku to Prizren ${DIRECT_WORDS}. It says only that Türkiye provided the platoon’s transport.`,
		cite: ['report-ch3-kosovo']
	},
	{
		id: 'route-afghanistan',
		chapters: ['isaf', 'resolute-support'],
		to: 'hkia',
		kind: 'direct',
		transit: null,
		drawnThrough: null,
		reportWords: null,
		caption: `The line from the west runs from Baku to Kabul’s airport ${DIRECT_WORDS}. It says only that Türkiye provided the contingent’s transport.`,
		cite: ['report-ch3-isaf']
	},
	{
		id: 'route-iraq',
		chapters: ['iraq'],
		to: 'haditha-dam',
		kind: 'stated-transit',
		transit: 'Kuwait',
		drawnThrough: 'Kuwait City',
		reportWords: 'because the Azerbaijani peacekeeping contingent would travel to Iraq through the territory of Kuwait',
		caption:
			'The line from the southeast is the route from Baku through Kuwait, which the report says the contingent would travel through; the report names the country, not a way, so the line is drawn as great circles through Kuwait City.',
		cite: ['fn154']
	},
	{
		id: 'route-south-sudan',
		chapters: ['unmiss'],
		to: 'juba',
		kind: 'direct',
		transit: null,
		drawnThrough: null,
		reportWords: null,
		caption: `The line from the north runs from Baku to Juba ${DIRECT_WORDS}.`,
		cite: ['report-ch3-unmiss']
	}
];

/** The caption’s sentence when all routes show (the overview chapters). */
export const allRoutesCaption = `The lines run from Baku. Only the one to Iraq follows a route the report gives: through Kuwait, drawn through Kuwait City. The lines to Kosovo, Afghanistan and South Sudan are direct, ${DIRECT_WORDS} for them.`;

/** Problems with a route's kind and its fields, for the build's content check. */
export function routeProblems(r: RouteStory): string[] {
	const out: string[] = [];
	if (r.kind === 'stated-transit') {
		if (!r.transit || !r.drawnThrough || !r.reportWords) out.push('a stated transit needs transit, drawnThrough and the report’s words');
		if (r.transit && !r.caption.includes(r.transit)) out.push(`the caption does not name the transit ${r.transit}`);
	} else {
		if (r.transit || r.drawnThrough || r.reportWords) out.push('a direct line has no transit, stop or report words');
		if (!r.caption.includes(DIRECT_WORDS)) out.push(`the caption does not say “${DIRECT_WORDS}”`);
	}
	return out;
}

/**
 * One symbology for every map: the live style (style.ts), the static SVG maps and share cards
 * (geo/lib/static-map.ts, share-card.ts), the markers (markers.css reads the same colours from
 * app.css). Widths are CSS pixels; dashes are in multiples of the line's width, as MapLibre's
 * `line-dasharray` takes them (`svgDash` gives SVG's pixels). Colours are palette.ts's.
 */
import { palette } from './palette';

export interface LineSymbol {
	color: string;
	width: number;
	/** Dash and gap, in multiples of the width; none for a solid line. */
	dash?: readonly [number, number];
	opacity?: number;
}

/** The basemap's lines and the story's own, by what they mean. */
export const lines = {
	boundary: { color: palette.boundary, width: 0.8 },
	/** A boundary at a theatre's finer scale. */
	boundaryDetail: { color: palette.boundary, width: 1.1 },
	/** A disputed boundary (a story's map.yaml `disputed`): dashed at every scale. */
	disputed: { color: palette.disputed, width: 0.9, dash: [2, 2] },
	disputedDetail: { color: palette.disputed, width: 1.2, dash: [3, 2] },
	admin1: { color: palette.admin1, width: 0.8, dash: [3, 2] },
	/** A route as the crow flies: dotted. */
	routeDirect: { color: palette.route, width: 2, dash: [0.5, 2], opacity: 0.9 },
	/** A route through a transit the source states: dashed. */
	routeTransit: { color: palette.route, width: 2, dash: [4, 2.5], opacity: 0.9 },
	/** The outline of an approximate area: dashed. */
	areaApproximate: { color: palette.highlight, width: 2, dash: [3, 2] },
	/** The outline of an area whose outline is known (a country): solid. */
	areaExact: { color: palette.highlight, width: 2 },
	/** A place that is a line (a road, a corridor), approximate: dashed. */
	place: { color: palette.highlight, width: 3, dash: [2, 1.5], opacity: 0.9 }
} as const satisfies Record<string, LineSymbol>;

/** The width of a picked (opened) area's outline and line. */
export const PICKED_WIDTH = { area: 3.5, line: 5 } as const;

/** A dash pattern in SVG's pixels (`stroke-dasharray`). */
export const svgDash = (s: LineSymbol): string | null => (s.dash ? s.dash.map((d) => Math.round(d * s.width * 100) / 100).join(' ') : null);

/** An SVG path's stroke attributes for a line symbol. */
export function svgStroke(s: LineSymbol): string {
	const dash = svgDash(s);
	return `stroke="${s.color}" stroke-width="${s.width}"${dash ? ` stroke-dasharray="${dash}"` : ''}${s.opacity !== undefined ? ` stroke-opacity="${s.opacity}"` : ''}`;
}

/**
 * The markers, as the static maps draw them (markers.css draws the live ones the same way): a
 * solid dot for an exact point, an open solid ring for an area whose outline is known, an open
 * dashed ring for an approximate position.
 */
const RADIUS = 7;
const RING = 2;

export const markers = {
	/**
	 * Markers whose dots would touch, centres closer than two dots with their rings (pixels), are
	 * drawn as one: the first's dot, all the names. Dots that only come near keep their own.
	 */
	clusterPx: 2 * (RADIUS + RING),
	radius: RADIUS,
	ring: RING,
	exactAreaRing: 3,
	approximateDash: [3, 2]
} as const;

/** The basemap's sources, credited on every map. */
export const SOURCES = ['Natural Earth', 'GSHHG/WDBII', 'GeoNames', 'OurAirports'] as const;

import type { ExpressionSpecification, LayerSpecification, SourceSpecification, StyleSpecification } from 'maplibre-gl';
import { palette } from './palette';
import { PICKED_WIDTH, lines, type LineSymbol } from './symbols';

/** Sources the engine fills with data after the style has loaded. */
export const SOURCE_IDS = {
	world: 'world',
	worldLines: 'world-lines',
	worldLabels: 'world-labels',
	detail: 'detail',
	detailLines: 'detail-lines',
	detailLabels: 'detail-labels',
	places: 'places',
	routes: 'routes'
} as const;

/** An empty GeoJSON source; story features carry their id as a property for feature-state. */
const empty = (promoteId?: string): SourceSpecification => ({
	type: 'geojson',
	data: { type: 'FeatureCollection', features: [] },
	...(promoteId ? { promoteId } : {})
});

/**
 * The basemap's sources, with their licences: shown by the map's attribution control, and in
 * the README. The static maps carry the same line (geo/lib/static-map.ts).
 */
export const ATTRIBUTION =
	'Natural Earth (public domain) · WDBII rivers from GSHHG (LGPL) · GeoNames towns (CC BY 4.0) · OurAirports runway (public domain)';

const PROMOTED: Record<string, string | undefined> = { places: 'id', routes: 'id', 'world-labels': 'lid', 'detail-labels': 'lid' };

/** Local font stack: with no `glyphs` in the style, MapLibre draws labels with these fonts. */
const FONT = ['sans-serif'];

type LinePaint = Extract<LayerSpecification, { type: 'line' }>['paint'];

interface Zooms {
	minzoom?: number;
	maxzoom?: number;
	/** Only the parts inside (true) or outside (false) the theatres' boxes. */
	inTheatre?: boolean;
}

/** A line layer drawing one TopoJSON object (tagged `layer`) of a lines source. */
function line(id: string, source: string, object: string, paint: LinePaint, z: Zooms = {}): LayerSpecification {
	const byObject: ExpressionSpecification = ['==', ['get', 'layer'], object];
	return {
		id,
		type: 'line',
		source,
		filter: z.inTheatre === undefined ? byObject : ['all', byObject, ['==', ['get', 'in_theatre'], z.inTheatre]],
		...(z.minzoom === undefined ? {} : { minzoom: z.minzoom }),
		...(z.maxzoom === undefined ? {} : { maxzoom: z.maxzoom }),
		paint
	};
}

/** Where a theatre's finer data is drawn (zoom 5 and closer), the world's coarse lines give way. */
const DETAIL_ZOOM = 5;

/** A line symbol (symbols.ts) as MapLibre paint. */
const paintOf = (s: LineSymbol): LinePaint => ({
	'line-color': s.color,
	'line-width': s.width,
	...(s.dash ? { 'line-dasharray': [...s.dash] } : {}),
	...(s.opacity !== undefined ? { 'line-opacity': s.opacity } : {})
});
const boundary = paintOf(lines.boundary);
const disputed = paintOf(lines.disputed);

/** Layers that draw the embedded basemap (world and theatre detail). */
export function basemapLayers(): LayerSpecification[] {
	const riverWidth: ExpressionSpecification = [
		'interpolate',
		['linear'],
		['zoom'],
		5,
		['match', ['get', 'level'], 1, 1, 0.5],
		10,
		['match', ['get', 'level'], 1, 2.6, 2, 1.6, 1]
	];
	return [
		{ id: 'water', type: 'background', paint: { 'background-color': palette.water } },
		{
			id: 'land',
			type: 'fill',
			source: SOURCE_IDS.world,
			paint: { 'fill-color': palette.land, 'fill-antialias': false }
		},
		// The theatres' finer coast and lakes, in the same colours: the handover has no visible edge.
		{
			id: 'detail-land',
			type: 'fill',
			source: SOURCE_IDS.detail,
			minzoom: DETAIL_ZOOM,
			filter: ['==', ['get', 'layer'], 'countries'],
			paint: { 'fill-color': palette.land, 'fill-antialias': false }
		},
		{
			id: 'detail-lakes',
			type: 'fill',
			source: SOURCE_IDS.detail,
			minzoom: DETAIL_ZOOM - 1,
			filter: ['==', ['get', 'layer'], 'lakes'],
			// Not antialiased, as the land is not: an outline program fewer to make (see overlayLayers).
			paint: { 'fill-color': palette.water, 'fill-antialias': false }
		},
		line(
			'detail-rivers',
			SOURCE_IDS.detailLines,
			'rivers',
			{
				'line-color': palette.river,
				'line-width': riverWidth
			},
			{ minzoom: DETAIL_ZOOM - 1 }
		),
		line(
			'detail-runways',
			SOURCE_IDS.detailLines,
			'runways',
			{
				'line-color': palette.runway,
				'line-width': ['interpolate', ['exponential', 2], ['zoom'], 10, 1.5, 14, 9]
			},
			{ minzoom: 11.5 }
		),
		line('detail-admin1', SOURCE_IDS.detailLines, 'admin1', paintOf(lines.admin1), { minzoom: DETAIL_ZOOM }),
		// The world's boundaries stay at every zoom outside the theatres (the reader may explore
		// anywhere); inside them, the theatres' finer boundaries take over when zoomed in.
		line('boundaries', SOURCE_IDS.worldLines, 'boundaries', boundary, { inTheatre: false }),
		line('boundaries-theatres', SOURCE_IDS.worldLines, 'boundaries', boundary, { inTheatre: true, maxzoom: DETAIL_ZOOM }),
		line('detail-boundaries', SOURCE_IDS.detailLines, 'boundaries', paintOf(lines.boundaryDetail), { minzoom: DETAIL_ZOOM }),
		// A disputed boundary (the story's map.yaml `disputed`) is drawn dashed, at every scale.
		line('disputed', SOURCE_IDS.worldLines, 'disputed', disputed, { inTheatre: false }),
		line('disputed-theatres', SOURCE_IDS.worldLines, 'disputed', disputed, { inTheatre: true, maxzoom: DETAIL_ZOOM }),
		line('detail-disputed', SOURCE_IDS.detailLines, 'disputed', paintOf(lines.disputedDetail), { minzoom: DETAIL_ZOOM })
	];
}

/**
 * Layers for the story's own data: routes, areas and lines. Only the scene's own are drawn.
 *
 * MapLibre makes a WebGL program for each kind of layer and each set of paint properties that
 * vary per feature, and making one is among the slowest steps of the map's start (primer.ts).
 * So layers of a kind share that set where it changes nothing drawn: the routes' width is per
 * feature as the areas' outlines' is, and no fill is antialiased (the areas have outlines drawn
 * over their edges). primer.ts `programsOf` names them, and primer.test.ts keeps the list.
 */
export function overlayLayers(): LayerSpecification[] {
	const active: ExpressionSpecification = ['boolean', ['feature-state', 'active'], false];
	const picked: ExpressionSpecification = ['boolean', ['feature-state', 'picked'], false];
	/** A width that is the same for every feature, given per feature (see above). */
	const perFeature = (width: number): ExpressionSpecification => ['case', active, width, width];
	return [
		// A direct line (as the crow flies; the report gives no route) is dotted; a route through a
		// transit the report states is dashed. The key says which.
		{
			id: 'routes',
			type: 'line',
			source: SOURCE_IDS.routes,
			filter: ['!=', ['get', 'kind'], 'stated-transit'],
			layout: { 'line-cap': 'round' },
			paint: {
				...paintOf(lines.routeDirect),
				'line-width': perFeature(lines.routeDirect.width),
				'line-opacity': ['case', active, lines.routeDirect.opacity, 0]
			}
		},
		{
			id: 'routes-transit',
			type: 'line',
			source: SOURCE_IDS.routes,
			filter: ['==', ['get', 'kind'], 'stated-transit'],
			layout: { 'line-cap': 'butt' },
			paint: {
				...paintOf(lines.routeTransit),
				'line-width': perFeature(lines.routeTransit.width),
				'line-opacity': ['case', active, lines.routeTransit.opacity, 0]
			}
		},
		{
			id: 'areas-fill',
			type: 'fill',
			source: SOURCE_IDS.places,
			filter: ['==', ['geometry-type'], 'Polygon'],
			paint: {
				'fill-antialias': false,
				// A reservoir is water: drawn in the water's colour, deepened, inside its dashed outline.
				'fill-color': ['case', ['has', 'water'], palette.waterArea, picked, palette.pickedFill, palette.highlightFill],
				// Places drawn as one area overlap exactly: each at half strength, so the area reads as one.
				'fill-opacity': ['case', ['any', active, picked], ['case', ['has', 'group'], 0.55, 1], 0]
			}
		},
		{
			id: 'areas-outline',
			type: 'line',
			source: SOURCE_IDS.places,
			filter: ['all', ['==', ['geometry-type'], 'Polygon'], ['!=', ['get', 'certainty'], 'exact']],
			// Approximate areas have dashed outlines, the legend says so.
			paint: {
				...paintOf(lines.areaApproximate),
				'line-width': ['case', picked, PICKED_WIDTH.area, lines.areaApproximate.width],
				'line-opacity': ['case', ['any', active, picked], 1, 0]
			}
		},
		{
			// An area whose outline is known (a country) is drawn solid.
			id: 'areas-outline-exact',
			type: 'line',
			source: SOURCE_IDS.places,
			filter: ['all', ['==', ['geometry-type'], 'Polygon'], ['==', ['get', 'certainty'], 'exact']],
			paint: {
				...paintOf(lines.areaExact),
				'line-width': ['case', picked, PICKED_WIDTH.area, lines.areaExact.width],
				'line-opacity': ['case', ['any', active, picked], 1, 0]
			}
		},
		{
			id: 'lines',
			type: 'line',
			source: SOURCE_IDS.places,
			filter: ['==', ['geometry-type'], 'LineString'],
			layout: { 'line-cap': 'round' },
			paint: {
				...paintOf(lines.place),
				'line-width': ['case', picked, PICKED_WIDTH.line, lines.place.width],
				'line-opacity': ['case', ['any', active, picked], lines.place.opacity, 0]
			}
		}
	];
}

export interface LabelScale {
	/** Multiplies every basemap label size: 1 on phones and desktops, more on a wall screen. */
	text?: number;
}

/** Image id of the small dot that marks a basemap town (drawn by the engine, no sprite). */
export const TOWN_DOT = 'town-dot';

/**
 * The global state that holds the places the scene highlights: a basemap name that is a story
 * place (a town, a country drawn as the place) gives way to the place's own marker while it is
 * highlighted, and names the map's context otherwise.
 */
export const HIGHLIGHT_STATE = 'highlight';
const notHighlighted: ExpressionSpecification = ['!', ['in', ['coalesce', ['get', 'place'], ''], ['global-state', HIGHLIGHT_STATE]]];

/**
 * Labels drawn by MapLibre with local fonts (no glyph server). Country names in spaced capitals,
 * water names in the water's hue, towns with a dot beside which the name finds room. Labels the
 * story's markers would cover are faded by feature-state (`covered`).
 */
export function labelLayers({ text = 1 }: LabelScale = {}): LayerSpecification[] {
	const name: ExpressionSpecification = ['get', 'name'];
	const kind: ExpressionSpecification = ['get', 'kind'];
	const isWater: ExpressionSpecification = ['match', kind, ['sea', 'lake', 'river'], true, false];
	const size = (country: number, region: number, water: number, town: ExpressionSpecification | number): ExpressionSpecification => [
		'match',
		kind,
		'country',
		country * text,
		'region',
		region * text,
		['sea', 'lake', 'river'],
		water * text,
		typeof town === 'number' ? town * text : ['*', town, text]
	];
	const covered: ExpressionSpecification = ['case', ['boolean', ['feature-state', 'covered'], false], 0, 1];
	const paint = {
		'text-color': [
			'case',
			isWater,
			palette.waterLabel,
			['==', kind, 'country'],
			palette.label,
			palette.labelSoft
		] as ExpressionSpecification,
		'text-halo-color': ['case', isWater, palette.water, palette.labelHalo] as ExpressionSpecification,
		'text-halo-width': 1.4,
		'text-opacity': covered,
		'icon-opacity': covered
	};
	const layout = (sizes: ExpressionSpecification) => ({
		'text-field': ['case', ['==', kind, 'country'], ['upcase', name], name] as ExpressionSpecification,
		'text-font': FONT,
		'text-max-width': 9,
		'text-size': sizes,
		'text-letter-spacing': ['case', ['==', kind, 'country'], 0.12, 0] as ExpressionSpecification,
		'symbol-sort-key': ['get', 'rank'] as ExpressionSpecification
	});
	const townSize: ExpressionSpecification = ['match', ['get', 'rank'], 3, 13, 4, 12, 11];
	return [
		{
			id: 'world-labels',
			type: 'symbol',
			source: SOURCE_IDS.worldLabels,
			maxzoom: DETAIL_ZOOM,
			filter: notHighlighted,
			layout: layout(size(11, 10, 11, 11)),
			paint
		},
		{
			id: 'detail-area-labels',
			type: 'symbol',
			source: SOURCE_IDS.detailLabels,
			minzoom: DETAIL_ZOOM,
			filter: ['all', ['match', kind, ['country', 'region', 'sea', 'lake', 'river'], true, false], notHighlighted],
			layout: layout(size(13, 11, 12, 12)),
			paint
		},
		{
			id: 'detail-towns',
			type: 'symbol',
			source: SOURCE_IDS.detailLabels,
			minzoom: DETAIL_ZOOM,
			// Towns that are highlighted story places are named by their markers; small towns only closer in.
			filter: ['all', ['==', kind, 'town'], notHighlighted, ['<=', ['get', 'rank'], ['step', ['zoom'], 3, 6, 4, 8, 5]]],
			layout: {
				...layout(size(13, 11, 12, townSize)),
				'icon-image': TOWN_DOT,
				'icon-size': text,
				'text-variable-anchor': ['left', 'right', 'top', 'bottom'],
				'text-radial-offset': 0.55,
				'text-justify': 'auto'
			},
			paint
		}
	];
}

/** The embedded, offline style: no tiles, no glyphs, no sprite. */
export function embeddedStyle(scale: LabelScale = {}): StyleSpecification {
	return {
		version: 8,
		state: { [HIGHLIGHT_STATE]: { default: [] } },
		sources: Object.fromEntries(
			Object.values(SOURCE_IDS).map((id) => [id, id === SOURCE_IDS.world ? { ...empty(), attribution: ATTRIBUTION } : empty(PROMOTED[id])])
		),
		layers: [...basemapLayers(), ...overlayLayers(), ...labelLayers(scale)]
	};
}

/** Overlay sources and layers added on top of a remote basemap style. */
export function overlayOnly(): { sources: Record<string, SourceSpecification>; layers: LayerSpecification[] } {
	return {
		sources: { [SOURCE_IDS.places]: empty('id'), [SOURCE_IDS.routes]: empty('id') },
		layers: overlayLayers()
	};
}

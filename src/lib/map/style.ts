import type {
	ExpressionSpecification,
	LayerSpecification,
	SourceSpecification,
	StyleSpecification
} from 'maplibre-gl';
import { palette } from './palette';

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

const PROMOTED: Record<string, string | undefined> = { places: 'id', routes: 'id' };

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
		filter:
			z.inTheatre === undefined ? byObject : ['all', byObject, ['==', ['get', 'in_theatre'], z.inTheatre]],
		...(z.minzoom === undefined ? {} : { minzoom: z.minzoom }),
		...(z.maxzoom === undefined ? {} : { maxzoom: z.maxzoom }),
		paint
	};
}

/** Where a theatre's finer data is drawn (zoom 5 and closer), the world's coarse lines give way. */
const DETAIL_ZOOM = 5;

const boundary: LinePaint = { 'line-color': palette.boundary, 'line-width': 0.8 };
const disputed: LinePaint = { 'line-color': palette.disputed, 'line-width': 0.9, 'line-dasharray': [2, 2] };

/** Layers that draw the embedded basemap (world and theatre detail). */
export function basemapLayers(): LayerSpecification[] {
	return [
		{ id: 'water', type: 'background', paint: { 'background-color': palette.water } },
		{
			id: 'land',
			type: 'fill',
			source: SOURCE_IDS.world,
			paint: { 'fill-color': palette.land, 'fill-antialias': false }
		},
		{
			id: 'detail-land',
			type: 'fill',
			source: SOURCE_IDS.detail,
			filter: ['==', ['get', 'layer'], 'countries'],
			paint: { 'fill-color': palette.landDetail, 'fill-antialias': false }
		},
		{
			id: 'detail-lakes',
			type: 'fill',
			source: SOURCE_IDS.detail,
			filter: ['==', ['get', 'layer'], 'lakes'],
			paint: { 'fill-color': palette.water }
		},
		line('detail-rivers', SOURCE_IDS.detailLines, 'rivers', {
			'line-color': palette.river,
			'line-width': ['interpolate', ['linear'], ['zoom'], 4, 0.6, 10, 2.2]
		}),
		line('detail-admin1', SOURCE_IDS.detailLines, 'admin1', {
			'line-color': palette.admin1,
			'line-width': 0.8,
			'line-dasharray': [3, 2]
		}, { minzoom: DETAIL_ZOOM }),
		// The world's boundaries stay at every zoom outside the theatres (the reader may explore
		// anywhere); inside them, the theatres' finer boundaries take over when zoomed in.
		line('boundaries', SOURCE_IDS.worldLines, 'boundaries', boundary, { inTheatre: false }),
		line('boundaries-theatres', SOURCE_IDS.worldLines, 'boundaries', boundary, { inTheatre: true, maxzoom: DETAIL_ZOOM }),
		line('detail-boundaries', SOURCE_IDS.detailLines, 'boundaries', { ...boundary, 'line-width': 1.1 }, { minzoom: DETAIL_ZOOM }),
		// Kosovo's boundary is disputed: drawn dashed, at every scale.
		line('disputed', SOURCE_IDS.worldLines, 'disputed', disputed, { inTheatre: false }),
		line('disputed-theatres', SOURCE_IDS.worldLines, 'disputed', disputed, { inTheatre: true, maxzoom: DETAIL_ZOOM }),
		line('detail-disputed', SOURCE_IDS.detailLines, 'disputed', { ...disputed, 'line-width': 1.2, 'line-dasharray': [3, 2] }, { minzoom: DETAIL_ZOOM })
	];
}

/** Layers for the story's own data: routes, areas, lines and dimmed place dots. */
export function overlayLayers(): LayerSpecification[] {
	const active: ExpressionSpecification = ['boolean', ['feature-state', 'active'], false];
	return [
		{
			id: 'routes',
			type: 'line',
			source: SOURCE_IDS.routes,
			layout: { 'line-cap': 'round' },
			paint: {
				'line-color': palette.route,
				'line-width': 2,
				'line-dasharray': [1, 2],
				'line-opacity': ['case', ['boolean', ['feature-state', 'active'], false], 0.9, 0]
			}
		},
		{
			id: 'areas-fill',
			type: 'fill',
			source: SOURCE_IDS.places,
			filter: ['==', ['geometry-type'], 'Polygon'],
			paint: {
				'fill-color': ['case', active, palette.highlightFill, 'rgba(138, 133, 122, 0.08)']
			}
		},
		{
			id: 'areas-outline',
			type: 'line',
			source: SOURCE_IDS.places,
			filter: ['==', ['geometry-type'], 'Polygon'],
			paint: {
				'line-color': ['case', active, palette.highlight, palette.dimmed],
				'line-width': ['case', active, 2, 1],
				'line-opacity': ['case', active, 1, 0.5],
				// Approximate areas have dashed outlines, the legend says so.
				'line-dasharray': [3, 2]
			}
		},
		{
			id: 'lines',
			type: 'line',
			source: SOURCE_IDS.places,
			filter: ['==', ['geometry-type'], 'LineString'],
			layout: { 'line-cap': 'round' },
			paint: {
				'line-color': ['case', active, palette.highlight, palette.dimmed],
				'line-width': ['case', active, 3, 1.5],
				'line-opacity': ['case', active, 0.9, 0.4],
				'line-dasharray': [2, 1.5]
			}
		},
		{
			id: 'dots',
			type: 'circle',
			source: SOURCE_IDS.places,
			filter: ['==', ['geometry-type'], 'Point'],
			paint: {
				'circle-radius': 3,
				'circle-color': palette.dimmed,
				'circle-opacity': ['case', active, 0, 0.7]
			}
		}
	];
}

/** Labels drawn by MapLibre with local fonts (no glyph server). */
export function labelLayers(): LayerSpecification[] {
	const name: ExpressionSpecification = ['get', 'name'];
	const common = { 'text-field': name, 'text-font': FONT, 'text-max-width': 8 };
	const paint = {
		'text-color': palette.label,
		'text-halo-color': palette.labelHalo,
		'text-halo-width': 1.4
	};
	return [
		{
			id: 'world-labels',
			type: 'symbol',
			source: SOURCE_IDS.worldLabels,
			maxzoom: 6,
			layout: {
				...common,
				'text-size': ['interpolate', ['linear'], ['zoom'], 2, 10, 6, 13],
				'symbol-sort-key': ['get', 'rank']
			},
			paint
		},
		{
			id: 'detail-labels',
			type: 'symbol',
			source: SOURCE_IDS.detailLabels,
			minzoom: 5,
			// Towns that are story places are named by their markers.
			filter: ['!', ['has', 'place']],
			layout: { ...common, 'text-size': 12, 'symbol-sort-key': ['get', 'rank'] },
			paint
		}
	];
}

/** The embedded, offline style: no tiles, no glyphs, no sprite. */
export function embeddedStyle(): StyleSpecification {
	return {
		version: 8,
		sources: Object.fromEntries(Object.values(SOURCE_IDS).map((id) => [id, empty(PROMOTED[id])])),
		layers: [...basemapLayers(), ...overlayLayers(), ...labelLayers()]
	};
}

/** Overlay sources and layers added on top of a remote basemap style. */
export function overlayOnly(): { sources: Record<string, SourceSpecification>; layers: LayerSpecification[] } {
	return {
		sources: { [SOURCE_IDS.places]: empty('id'), [SOURCE_IDS.routes]: empty('id') },
		layers: overlayLayers()
	};
}

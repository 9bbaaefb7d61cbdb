import type { ExpressionSpecification, LayerSpecification, StyleSpecification } from 'maplibre-gl';
import type { FeatureCollection } from 'geojson';

/**
 * Shader primer: invisible copies of the style's layers, drawn once while the map starts, so
 * that MapLibre makes every WebGL program the story will use before the map's first idle.
 *
 * MapLibre makes a layer's program the first time it draws the layer, and making one waits for
 * the GPU to finish all the work queued before it (in a software renderer, hundreds of
 * milliseconds while a flight is drawing). A chapter that shows a kind of layer for the first
 * time (rivers, the towns' dots, lakes) blocked its flight's first frame for that long. The
 * program depends on the layer's type and on which of its paint properties vary per feature,
 * not on their values, so a copy with the same expressions' shape but transparent colours and
 * zero opacities makes the same program and draws nothing. MapLibre keeps its programs for the
 * life of the map, so the copies are removed once drawn.
 *
 * The copies are part of the style the map is created with (primedStyle), not added one by one:
 * MapLibre checks each added layer against the specification by serialising the whole style,
 * which for twenty copies took longer than the rest of the style's set-up.
 */

export const PRIMER_SOURCE = 'shader-primer';
export const PRIMER_PREFIX = 'shader-primer:';

/** Operators whose value depends on the feature: a property using one is drawn per feature. */
const FEATURE_OPS = new Set(['get', 'has', 'feature-state', 'geometry-type', 'id', 'properties', 'accumulated', 'line-progress']);

/** Whether a paint or layout value varies per feature (MapLibre's "source" or "composite" kind). */
export function variesByFeature(value: unknown): boolean {
	if (!Array.isArray(value)) return false;
	if (typeof value[0] === 'string' && FEATURE_OPS.has(value[0])) return true;
	return value.some((v) => variesByFeature(v));
}

/** A property that is false for every primer feature: the primer's data has no such key. */
const never: ExpressionSpecification = ['has', 'shader-primer-never'];
const TRANSPARENT = 'rgba(0,0,0,0)';

/** Transparent, per feature or not as `value` was. */
const transparentLike = (value: unknown): unknown => (variesByFeature(value) ? ['case', never, TRANSPARENT, TRANSPARENT] : TRANSPARENT);
/** Zero, per feature; a value that does not vary per feature is kept (MapLibre skips a constant zero). */
const zeroLike = (value: unknown): unknown => (variesByFeature(value) ? ['case', never, 0, 0] : value);

const GEOMETRY: Partial<Record<LayerSpecification['type'], 'Point' | 'LineString' | 'Polygon'>> = {
	symbol: 'Point',
	line: 'LineString',
	fill: 'Polygon'
};

/**
 * The primer's copies of `layers`: the same type, layout and paint expressions, on the primer's
 * source, without filter or zoom range, drawing nothing. Layers the primer cannot copy invisibly
 * (a raster icon whose opacity does not vary per feature, other layer types) are left out: their
 * programs are made when first drawn, as before.
 */
export function primerLayers(layers: readonly LayerSpecification[]): LayerSpecification[] {
	const out: LayerSpecification[] = [];
	for (const layer of layers) {
		const geometry = GEOMETRY[layer.type];
		if (!geometry || !('source' in layer)) continue;
		const paint: Record<string, unknown> = { ...(layer.paint ?? {}) };
		for (const key of Object.keys(paint)) {
			if (key.endsWith('-color')) paint[key] = transparentLike(paint[key]);
			else if (key.endsWith('-opacity')) paint[key] = zeroLike(paint[key]);
		}
		const layout: Record<string, unknown> = { ...(layer.layout ?? {}) };
		if (layer.type === 'line') paint['line-color'] ??= TRANSPARENT;
		if (layer.type === 'fill') paint['fill-color'] ??= TRANSPARENT;
		if (layer.type === 'symbol') {
			paint['text-color'] ??= TRANSPARENT;
			// A raster icon takes no colour: only a zero opacity hides it.
			if (layout['icon-image'] !== undefined && !variesByFeature(paint['icon-opacity'])) delete layout['icon-image'];
			// The copies must not push the real names aside while they are drawn.
			Object.assign(layout, {
				'text-allow-overlap': true,
				'text-ignore-placement': true,
				'icon-allow-overlap': true,
				'icon-ignore-placement': true
			});
		}
		out.push({
			id: PRIMER_PREFIX + layer.id,
			type: layer.type,
			source: PRIMER_SOURCE,
			filter: ['==', ['geometry-type'], geometry],
			layout,
			paint
		} as LayerSpecification);
	}
	return out;
}

/** Paint properties that pick a program's variant, by program: those that vary per feature become attributes. */
const PROGRAM_PAINT = {
	fill: ['fill-color', 'fill-opacity'],
	fillOutline: ['fill-outline-color', 'fill-opacity'],
	line: ['line-color', 'line-opacity', 'line-width', 'line-blur', 'line-gap-width', 'line-offset'],
	symbolSDF: ['text-color', 'text-halo-color', 'text-opacity', 'text-halo-width', 'text-halo-blur'],
	symbolIcon: ['icon-opacity']
} as const;

/**
 * The WebGL programs MapLibre makes to draw `layers` (besides its own, such as the tiles'
 * clipping masks): one per kind of drawing and set of paint properties that vary per feature,
 * named as `lineSDF(line-opacity,line-width)`. A dashed line is drawn by `lineSDF`, an
 * antialiased fill's edge by `fillOutline` (whose colour is the fill's unless given), a text by
 * `symbolSDF` and a raster icon by `symbolIcon`.
 */
export function programsOf(layers: readonly LayerSpecification[]): Set<string> {
	const out = new Set<string>();
	const add = (program: string, paint: Record<string, unknown>, props: readonly string[]) =>
		out.add(`${program}(${props.filter((p) => variesByFeature(paint[p])).join(',')})`);
	for (const layer of layers) {
		const paint: Record<string, unknown> = { ...(layer.paint ?? {}) };
		const layout: Record<string, unknown> = { ...('layout' in layer ? layer.layout : {}) };
		if (layer.type === 'fill') {
			add('fill', paint, PROGRAM_PAINT.fill);
			paint['fill-outline-color'] ??= paint['fill-color'];
			if (paint['fill-antialias'] !== false) add('fillOutline', paint, PROGRAM_PAINT.fillOutline);
		} else if (layer.type === 'line') add(paint['line-dasharray'] ? 'lineSDF' : 'line', paint, PROGRAM_PAINT.line);
		else if (layer.type === 'symbol') {
			if (layout['text-field'] !== undefined) add('symbolSDF', paint, PROGRAM_PAINT.symbolSDF);
			if (layout['icon-image'] !== undefined) add('symbolIcon', paint, PROGRAM_PAINT.symbolIcon);
		} else add(layer.type, paint, []);
	}
	return out;
}

/**
 * The primer's data: a point, a line and an area at the middle of `bounds` ([west, south, east,
 * north]), the view the map starts on, so that every copy has something to draw there. The
 * properties give the labels' text a value; nothing shows.
 */
export function primerData([w, s, e, n]: readonly [number, number, number, number]): FeatureCollection {
	const properties = { name: 'x', kind: 'town', rank: 1, level: 1 };
	const [cx, cy] = [(w + e) / 2, (s + n) / 2];
	// A hundredth of the view: enough to be drawn, little for the GPU to fill (transparent or not).
	const [dx, dy] = [(e - w) / 200, (n - s) / 200];
	return {
		type: 'FeatureCollection',
		features: [
			{ type: 'Feature', properties, geometry: { type: 'Point', coordinates: [cx, cy] } },
			{
				type: 'Feature',
				properties,
				geometry: {
					type: 'LineString',
					coordinates: [
						[cx - dx, cy],
						[cx + dx, cy]
					]
				}
			},
			{
				type: 'Feature',
				properties,
				geometry: {
					type: 'Polygon',
					coordinates: [
						[
							[cx - dx, cy - dy],
							[cx + dx, cy - dy],
							[cx + dx, cy + dy],
							[cx - dx, cy + dy],
							[cx - dx, cy - dy]
						]
					]
				}
			}
		]
	};
}

/**
 * `style` with the primer's source, on `view` ([west, south, east, north], the view the map
 * opens on), and its copies of the style's layers on top.
 */
export function primedStyle(style: StyleSpecification, view: readonly [number, number, number, number]): StyleSpecification {
	return {
		...style,
		sources: { ...style.sources, [PRIMER_SOURCE]: { type: 'geojson', data: primerData(view) } },
		layers: [...style.layers, ...primerLayers(style.layers)]
	};
}

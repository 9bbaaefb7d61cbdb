import type { Feature, FeatureCollection, Geometry } from 'geojson';
import type { Topology, GeometryCollection } from 'topojson-specification';
import { feature } from 'topojson-client';
import { splitByBoxes } from '../geo/clip';
import type { Bbox, Theatre } from './types';

/** The basemap split the way the style draws it: polygons, lines and label points. */
export interface BasemapLayers {
	polygons: FeatureCollection;
	lines: FeatureCollection;
	labels: FeatureCollection;
}

const POLYGON_OBJECTS = ['countries', 'lakes'];
const LINE_OBJECTS = ['boundaries', 'disputed', 'admin1', 'rivers', 'runways'];

/**
 * Converts a basemap TopoJSON into GeoJSON grouped for the style. Each feature gets a `layer`
 * property naming the TopoJSON object it came from, which the style filters on.
 */
export function basemapFromTopology(topology: Topology): BasemapLayers {
	return { polygons: basemapPart(topology, 'polygons'), lines: basemapPart(topology, 'lines'), labels: basemapPart(topology, 'labels') };
}

export type BasemapKind = keyof BasemapLayers;

const OBJECTS: Record<BasemapKind, readonly string[]> = { polygons: POLYGON_OBJECTS, lines: LINE_OBJECTS, labels: ['labels'] };

/** One of the three groups of {@link basemapFromTopology}. */
export function basemapPart(topology: Topology, kind: BasemapKind): FeatureCollection {
	const pick = (names: readonly string[]): FeatureCollection => ({
		type: 'FeatureCollection',
		features: names.flatMap((name) => {
			const object = topology.objects[name] as GeometryCollection | undefined;
			if (!object) return [];
			const fc = feature(topology, object) as FeatureCollection | Feature;
			const features = fc.type === 'FeatureCollection' ? fc.features : [fc];
			return features
				.filter((f): f is Feature<Geometry> => f.geometry != null)
				.map((f) => ({ ...f, properties: { ...f.properties, layer: name } }));
		})
	});
	return pick(OBJECTS[kind]);
}

/** Concatenates the feature lists of several collections. */
export function mergeCollections(collections: readonly FeatureCollection[]): FeatureCollection {
	return { type: 'FeatureCollection', features: collections.flatMap((c) => c.features) };
}

function intersects(a: Bbox, b: Bbox): boolean {
	return a[0] <= b[2] && b[0] <= a[2] && a[1] <= b[3] && b[1] <= a[3];
}

/**
 * Theatres whose detail the view needs: those whose box meets the view's box, unless the view
 * is a world overview (wider than `maxSpanDeg`), where the world basemap is detailed enough.
 */
export function theatresFor(view: Bbox, theatres: readonly Theatre[], maxSpanDeg = 25): Theatre[] {
	if (view[2] - view[0] > maxSpanDeg) return [];
	return theatres.filter((t) => intersects(view, t.bbox));
}

/**
 * Tags the parts of each line inside any theatre box (`in_theatre: true`) and outside them, so
 * that the style can hand the world's coarse lines over to the theatres' finer ones there.
 */
export function tagTheatreParts(lines: FeatureCollection, boxes: readonly Bbox[]): FeatureCollection {
	const out: Feature[] = [];
	for (const f of lines.features) {
		const g = f.geometry;
		if (!g || (g.type !== 'LineString' && g.type !== 'MultiLineString')) {
			out.push(f);
			continue;
		}
		const parts = g.type === 'LineString' ? [g.coordinates] : g.coordinates;
		const inside: number[][][] = [];
		const outside: number[][][] = [];
		for (const part of parts) {
			const split = splitByBoxes(part, boxes);
			inside.push(...split.inside);
			outside.push(...split.outside);
		}
		for (const [coordinates, in_theatre] of [
			[inside, true],
			[outside, false]
		] as const) {
			if (coordinates.length)
				out.push({ ...f, properties: { ...f.properties, in_theatre }, geometry: { type: 'MultiLineString', coordinates } });
		}
	}
	return { type: 'FeatureCollection', features: out };
}

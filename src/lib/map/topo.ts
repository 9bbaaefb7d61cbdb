import type { Feature, FeatureCollection, Geometry } from 'geojson';
import type { Topology, GeometryCollection } from 'topojson-specification';
import { feature } from 'topojson-client';
import type { Bbox, Theatre } from './types';

/** The basemap split the way the style draws it: polygons, lines and label points. */
export interface BasemapLayers {
	polygons: FeatureCollection;
	lines: FeatureCollection;
	labels: FeatureCollection;
}

const POLYGON_OBJECTS = ['countries', 'lakes'];
const LINE_OBJECTS = ['boundaries', 'disputed', 'admin1', 'rivers'];

/**
 * Converts a basemap TopoJSON into GeoJSON grouped for the style. Each feature gets a `layer`
 * property naming the TopoJSON object it came from, which the style filters on.
 */
export function basemapFromTopology(topology: Topology): BasemapLayers {
	const pick = (names: string[]): FeatureCollection => ({
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
	return { polygons: pick(POLYGON_OBJECTS), lines: pick(LINE_OBJECTS), labels: pick(['labels']) };
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

/** Building the small TopoJSON basemaps (world and theatres) from GeoJSON layers. */
import { topology } from 'topojson-server';
import { presimplify, simplify, filter, filterWeight } from 'topojson-simplify';
import { meshArcs, quantize } from 'topojson-client';
import type { Topology, GeometryCollection, GeometryObject, Objects } from 'topojson-specification';
import type { Feature, FeatureCollection, GeoJsonProperties, Geometry } from 'geojson';

export interface TopoOptions {
	/** Visvalingam weight below which vertices are dropped (square degrees: planar triangle area). */
	minWeight: number;
	/** Rings (islands, lakes) with a smaller planar area, in square degrees, are dropped. */
	minRingArea: number;
	quantization: number;
	/**
	 * Keep both ends of any segment spanning this many degrees of longitude or more: they are the
	 * vertices the antimeridian fix inserted along the pole edge, which simplification would
	 * otherwise merge back into one 360° segment.
	 */
	protectLongSteps?: number;
}

type Named = { properties?: { name?: string } | null };
const nameOf = (g: unknown) => (g as Named).properties?.name;

const isBorder = (a: GeometryObject, b: GeometryObject) => a !== b;

export interface MeshOptions {
	/** Countries whose boundaries are disputed: their arcs go to `disputed`, not `boundaries`. */
	disputed?: readonly string[];
	/** Polygon layers whose internal edges become line objects, e.g. { admin1: 'admin1Areas' }. */
	meshOf?: Record<string, string>;
	/** Helper layers removed after meshing. */
	drop?: string[];
}

/**
 * Builds one topology from polygon/line/point layers, simplifies it, adds the land boundaries
 * shared by two different countries as objects sharing the same arcs (split into ordinary and
 * disputed), the meshes of `meshOf`, and quantizes.
 */
export function buildTopology(
	layers: Record<string, FeatureCollection>,
	o: TopoOptions,
	{ disputed = [], meshOf = {}, drop = [] }: MeshOptions = {}
): Topology {
	const dashed = new Set(disputed);
	const isDisputed = (a: GeometryObject, b: GeometryObject) => a !== b && (dashed.has(nameOf(a) ?? '') || dashed.has(nameOf(b) ?? ''));
	// topojson's typings want {} properties; ours are GeoJSON's (possibly null).
	let topo = topology(layers as Record<string, FeatureCollection<Geometry>>) as Topology<Objects<Record<string, unknown>>>;
	topo = presimplify(topo);
	if (o.protectLongSteps !== undefined) {
		for (const arc of topo.arcs) {
			for (let i = 1; i < arc.length; i++) {
				if (Math.abs(arc[i]![0]! - arc[i - 1]![0]!) >= o.protectLongSteps) arc[i]![2] = arc[i - 1]![2] = Infinity;
			}
		}
	}
	topo = simplify(topo, o.minWeight);
	topo = filter(topo, filterWeight(topo, o.minRingArea)) as Topology<Objects<Record<string, unknown>>>;
	const countries = topo.objects.countries as GeometryCollection;
	topo.objects.boundaries = meshArcs(topo, countries, (a, b) => isBorder(a, b) && !isDisputed(a, b));
	topo.objects.disputed = meshArcs(topo, countries, isDisputed);
	for (const [line, area] of Object.entries(meshOf)) {
		topo.objects[line] = meshArcs(topo, topo.objects[area] as GeometryCollection, isBorder);
	}
	for (const d of drop) delete topo.objects[d];
	topo = pruneArcs(topo);
	return quantize(topo, o.quantization);
}

/** A FeatureCollection of the given features. */
export function fc(features: Feature[]): FeatureCollection {
	return { type: 'FeatureCollection', features };
}

/** Removes arcs no object references (e.g. outer edges of a dropped helper layer) and renumbers. */
export function pruneArcs<P extends GeoJsonProperties>(topo: Topology<Objects<P>>): Topology<Objects<P>> {
	const used = new Set<number>();
	const visit = (arcs: unknown): void => {
		if (typeof arcs === 'number') used.add(arcs < 0 ? ~arcs : arcs);
		else if (Array.isArray(arcs)) arcs.forEach(visit);
	};
	// Arcs of any geometry type; rewritten in place below.
	type WithArcs = { arcs?: unknown };
	const eachGeom = (g: GeometryObject<P>, fn: (g: WithArcs) => void): void => {
		if (g.type === 'GeometryCollection') g.geometries.forEach((c) => eachGeom(c, fn));
		else fn(g as WithArcs);
	};
	for (const o of Object.values(topo.objects)) eachGeom(o, (g) => visit(g.arcs));
	const order = [...used].sort((a, b) => a - b);
	const index = new Map(order.map((old, i) => [old, i]));
	const remap = (arcs: unknown): unknown =>
		typeof arcs === 'number' ? (arcs < 0 ? ~index.get(~arcs)! : index.get(arcs)!) : Array.isArray(arcs) ? arcs.map(remap) : arcs;
	for (const o of Object.values(topo.objects))
		eachGeom(o, (g) => {
			if (g.arcs) g.arcs = remap(g.arcs);
		});
	topo.arcs = order.map((i) => topo.arcs[i]!);
	return topo;
}

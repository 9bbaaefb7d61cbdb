/** Figures the story's text quotes through {{id}} placeholders, computed from its figures.yaml. */
import * as turf from '@turf/turf';
import type { Feature, Geometry, MultiPolygon, Polygon, Position } from 'geojson';
import type { FigureSpec, MapConfig } from '../../src/lib/content/schema';
import { approxText, roundFigure, type FigureUnit } from '../../src/lib/geo/format';
import type { Constructions } from './constructs';
import { GeoValidationError } from './validate';

export interface Figure {
	value: number;
	unit: FigureUnit;
	text: string;
	method: string;
}

/** A figure with its display text; value kept to 0.1 so tests and text agree. */
export function figure(value: number, unit: FigureUnit, method: string): Figure {
	return { value: Math.round(value * 10) / 10, unit, text: approxText(value, unit), method };
}

/** Compass bearing in [0, 360) from turf's (-180, 180]. */
export function compassBearing(b: number): number {
	return (b + 360) % 360;
}

export interface FigureInputs {
	/** Label point of each place, by id. */
	at: (id: string) => Position;
	/** Drawn geometry of each place, by id. */
	geometry: (id: string) => Geometry;
	towns: MapConfig['towns'];
	constructions: Constructions;
	/** Where a figure is declared, for messages. */
	where: (id: string) => string;
}

/** Every figure of figures.yaml; a figure that cannot be computed fails the build, naming it. */
export function computeFigures(specs: readonly FigureSpec[], i: FigureInputs): Record<string, Figure> {
	const problems: string[] = [];
	const point = (end: string | { town: string }): Position => {
		if (typeof end === 'string') return i.at(end);
		const town = i.towns.find((t) => t.name === end.town);
		if (!town) throw new Error(`no town ${end.town}`);
		return town.lngLat;
	};
	const out: Record<string, Figure> = {};
	for (const f of specs) {
		try {
			if (f.kind === 'distance') out[f.id] = figure(turf.distance(point(f.from), point(f.to)), 'km', f.method);
			else if (f.kind === 'bearing') out[f.id] = figure(compassBearing(turf.bearing(point(f.from), point(f.to))), '°', f.method);
			else if (f.kind === 'area') {
				const fit = i.constructions.fits.get(f.place);
				const method = fit ? f.method.replaceAll('{radiusKm}', String(fit.radiusKm)) : f.method;
				out[f.id] = figure(turf.area(turf.feature(i.geometry(f.place))) / 1e6, 'km²', method);
			} else if (f.kind === 'admin1-area') {
				const unit = i.constructions.admin1.get(f.code) as Feature<Polygon | MultiPolygon> | undefined;
				if (!unit) throw new Error(`admin-1 unit ${f.code} is not used by any place's construct`);
				out[f.id] = figure(turf.area(unit) / 1e6, 'km²', f.method);
			} else if (f.kind === 'border-length') {
				const fit = i.constructions.fits.get(f.place);
				const km = fit?.lengths[f.neighbour];
				if (km === undefined) throw new Error(`place ${f.place} is not fitted to a border with ${f.neighbour}`);
				out[f.id] = figure(km, 'km', f.method);
			}
		} catch (e) {
			problems.push(`${i.where(f.id)}: figure "${f.id}": ${(e as Error).message}`);
		}
	}
	if (problems.length) throw new GeoValidationError(problems);
	return out;
}

export { roundFigure };

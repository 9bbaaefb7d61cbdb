/** Measured figures the story text quotes through {{id}} placeholders. */
import { approxText, roundFigure, type FigureUnit } from '../../src/lib/geo/format';

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

export { roundFigure };

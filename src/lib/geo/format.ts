/** Display strings for measured figures: always "about", since every one is a model measurement. */

export type FigureUnit = 'km' | 'km²' | '°';

/** Rounding step that keeps two or three significant figures: 18 km, 440 km², 2,430 km. */
export function roundingStep(value: number, unit: FigureUnit): number {
	if (unit === '°') return 1;
	const v = Math.abs(value);
	if (v < 10) return 0.5;
	if (v < 1000) return 1;
	return 10;
}

/** Rounds to the step chosen by roundingStep. */
export function roundFigure(value: number, unit: FigureUnit): number {
	const step = roundingStep(value, unit);
	const r = Math.round(value / step) * step;
	return Number(r.toFixed(1));
}

/** "about 18 km", "about 2,430 km", "about 203°" (English digit grouping, as in the report). */
export function approxText(value: number, unit: FigureUnit): string {
	const r = roundFigure(value, unit);
	const num = r.toLocaleString('en-GB', { maximumFractionDigits: 1 });
	return unit === '°' ? `about ${num}°` : `about ${num} ${unit}`;
}

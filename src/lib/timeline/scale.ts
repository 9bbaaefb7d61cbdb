/** A linear time scale and year ticks for the timeline chart. Pure. */

export interface Scale {
	(t: number): number;
	domain: readonly [number, number];
	range: readonly [number, number];
}

/** Maps times in `domain` linearly onto `range`; values outside are clamped to the range. */
export function linearScale(domain: readonly [number, number], range: readonly [number, number]): Scale {
	const [d0, d1] = domain;
	const [r0, r1] = range;
	if (!(d1 > d0)) throw new Error(`Empty or reversed domain: ${d0}–${d1}`);
	const scale = ((t: number) => {
		const k = Math.min(1, Math.max(0, (t - d0) / (d1 - d0)));
		return r0 + k * (r1 - r0);
	}) as Scale;
	scale.domain = domain;
	scale.range = range;
	return scale;
}

export interface Tick {
	year: number;
	x: number;
	/** Only years divisible by `labelEvery` carry a label. */
	label: string | null;
}

/** One tick per 1 January from `fromYear` to `toYear` inclusive; labels on years divisible by `labelEvery`. */
export function yearTicks(scale: Scale, fromYear: number, toYear: number, labelEvery = 1): Tick[] {
	const ticks: Tick[] = [];
	for (let year = fromYear; year <= toYear; year++) {
		ticks.push({ year, x: scale(Date.UTC(year, 0, 1)), label: year % labelEvery === 0 ? String(year) : null });
	}
	return ticks;
}

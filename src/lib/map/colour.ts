/**
 * Colour arithmetic for checking the palette: WCAG contrast ratios, colour-vision-deficiency
 * simulation and perceptual distance. Pure functions, no dependencies.
 */

/** Red, green and blue in 0–255, and alpha in 0–1. */
export type Rgba = [r: number, g: number, b: number, a: number];

/** Parses `#rgb`, `#rrggbb` or `rgb(a)(r, g, b[, a])` (commas or spaces); throws on anything else. */
export function parseColour(css: string): Rgba {
	const s = css.trim().toLowerCase();
	const hex = /^#([0-9a-f]{3}|[0-9a-f]{6})$/.exec(s);
	if (hex) {
		const h = hex[1]!.length === 3 ? [...hex[1]!].map((c) => c + c).join('') : hex[1]!;
		return [0, 2, 4].map((i) => parseInt(h.slice(i, i + 2), 16)).concat(1) as Rgba;
	}
	const fn = /^rgba?\(\s*([\d.]+)[\s,]+([\d.]+)[\s,]+([\d.]+)(?:\s*[,/]\s*([\d.]+))?\s*\)$/.exec(s);
	if (fn) return [Number(fn[1]), Number(fn[2]), Number(fn[3]), fn[4] === undefined ? 1 : Number(fn[4])];
	throw new Error(`Not a colour: "${css}"`);
}

/** The colour seen when `top` (possibly translucent) is painted over the opaque `bottom`. */
export function over(top: Rgba, bottom: Rgba): Rgba {
	const a = top[3];
	return [0, 1, 2].map((i) => top[i]! * a + bottom[i]! * (1 - a)).concat(1) as Rgba;
}

const toLinear = (c: number) => {
	const v = c / 255;
	return v <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
};
const fromLinear = (v: number) => {
	const c = v <= 0.0031308 ? v * 12.92 : 1.055 * v ** (1 / 2.4) - 0.055;
	return Math.round(Math.min(1, Math.max(0, c)) * 255);
};

/** WCAG 2 relative luminance of an opaque colour. */
export function luminance([r, g, b]: Rgba): number {
	return 0.2126 * toLinear(r) + 0.7152 * toLinear(g) + 0.0722 * toLinear(b);
}

/** WCAG 2 contrast ratio (1–21) between two colours; a translucent first one is laid over the second. */
export function contrast(a: string | Rgba, b: string | Rgba): number {
	const bottom = typeof b === 'string' ? parseColour(b) : b;
	const top = typeof a === 'string' ? parseColour(a) : a;
	const [l1, l2] = [luminance(over(top, bottom)), luminance(bottom)].sort((x, y) => y - x) as [number, number];
	return (l1 + 0.05) / (l2 + 0.05);
}

export type Deficiency = 'protanopia' | 'deuteranopia' | 'tritanopia';

/** Machado, Oliveira and Fernandes (2009), severity 1, applied to linear RGB. */
const MACHADO: Record<Deficiency, number[][]> = {
	protanopia: [
		[0.152286, 1.052583, -0.204868],
		[0.114503, 0.786281, 0.099216],
		[-0.003882, -0.048116, 1.051998]
	],
	deuteranopia: [
		[0.367322, 0.860646, -0.227968],
		[0.280085, 0.672501, 0.047413],
		[-0.01182, 0.04294, 0.968881]
	],
	tritanopia: [
		[1.255528, -0.076749, -0.178779],
		[-0.078411, 0.930809, 0.147602],
		[0.004733, 0.691367, 0.3039]
	]
};

/** How an opaque colour looks to a reader with the given colour-vision deficiency. */
export function simulate(colour: Rgba, deficiency: Deficiency): Rgba {
	const lin = [toLinear(colour[0]), toLinear(colour[1]), toLinear(colour[2])];
	const m = MACHADO[deficiency];
	return m.map((row) => fromLinear(row[0]! * lin[0]! + row[1]! * lin[1]! + row[2]! * lin[2]!)).concat(1) as Rgba;
}

/** CIELAB (D65) of an opaque colour. */
export function lab([r, g, b]: Rgba): [l: number, a: number, b: number] {
	const [R, G, B] = [toLinear(r), toLinear(g), toLinear(b)];
	const x = (0.4124564 * R + 0.3575761 * G + 0.1804375 * B) / 0.95047;
	const y = 0.2126729 * R + 0.7151522 * G + 0.072175 * B;
	const z = (0.0193339 * R + 0.119192 * G + 0.9503041 * B) / 1.08883;
	const f = (t: number) => (t > 216 / 24389 ? Math.cbrt(t) : ((24389 / 27) * t + 16) / 116);
	const [fx, fy, fz] = [f(x), f(y), f(z)];
	return [116 * fy - 16, 500 * (fx - fy), 200 * (fy - fz)];
}

/** Perceptual distance (CIE76 ΔE) between two opaque colours: about 2.3 is just noticeable. */
export function deltaE(a: Rgba, b: Rgba): number {
	const [l1, a1, b1] = lab(a);
	const [l2, a2, b2] = lab(b);
	return Math.hypot(l1 - l2, a1 - a2, b1 - b2);
}

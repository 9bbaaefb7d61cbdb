/**
 * The map's colours: highlights that stand out from the basemap (WCAG 1.4.11, 3:1), labels that
 * read (1.4.3, 4.5:1), and highlight colours that stay apart for readers with the common
 * colour-vision deficiencies (simulated).
 */
import { describe, expect, it } from 'vitest';
import { contrast, deltaE, over, parseColour, simulate, type Deficiency } from './colour';
import { palette } from './palette';

const basemap = { land: palette.land, water: palette.water };
const DEFICIENCIES: Deficiency[] = ['protanopia', 'deuteranopia', 'tritanopia'];
/** CIE76 ΔE at which two colours are told apart at a glance (about 2.3 is just noticeable). */
const APART = 20;

describe('the palette', () => {
	it.each(['highlight', 'route'] as const)('%s has 3:1 contrast with every basemap colour', (key) => {
		for (const [name, bg] of Object.entries(basemap)) {
			expect(contrast(palette[key], bg), `${key} on ${name}`).toBeGreaterThanOrEqual(3);
		}
	});

	it('outlines highlighted areas with 3:1 contrast against their own fill', () => {
		for (const [name, bg] of Object.entries(basemap)) {
			const fill = over(parseColour(palette.highlightFill), parseColour(bg));
			expect(contrast(palette.highlight, fill), `on ${name}`).toBeGreaterThanOrEqual(3);
		}
	});

	it('keeps map labels at 4.5:1 on land, water and their halo', () => {
		for (const bg of [...Object.values(basemap), palette.labelHalo]) {
			expect(contrast(palette.label, bg), bg).toBeGreaterThanOrEqual(4.5);
			expect(contrast(palette.labelSoft, bg), `soft on ${bg}`).toBeGreaterThanOrEqual(4.5);
		}
		// Water names sit on water, with a halo of water.
		expect(contrast(palette.waterLabel, palette.water)).toBeGreaterThanOrEqual(4.5);
	});

	it('keeps the highlight apart from routes, dimmed places and boundaries, with and without colour-vision deficiencies', () => {
		const highlight = parseColour(palette.highlight);
		for (const other of ['route', 'dimmed', 'boundary', 'disputed'] as const) {
			const colour = parseColour(palette[other]);
			expect(deltaE(highlight, colour), other).toBeGreaterThanOrEqual(APART);
			for (const d of DEFICIENCIES) {
				expect(deltaE(simulate(highlight, d), simulate(colour, d)), `${other}, ${d}`).toBeGreaterThanOrEqual(APART);
			}
		}
	});

	it('keeps routes apart from dimmed places and boundaries for every reader', () => {
		const route = parseColour(palette.route);
		for (const other of ['dimmed', 'boundary'] as const) {
			for (const d of DEFICIENCIES) {
				expect(deltaE(simulate(route, d), simulate(parseColour(palette[other]), d)), `${other}, ${d}`).toBeGreaterThanOrEqual(APART);
			}
		}
	});
});

describe('the page’s copies of the palette', () => {
	it('give the page’s tokens (src/lib/styles/tokens.css) the same water, accent and accent ink as the map (its --water, --accent and --accent-ink)', async () => {
		const { readFileSync } = await import('node:fs');
		const css = readFileSync(new URL('../styles/tokens.css', import.meta.url), 'utf8');
		expect(css).toContain(`--water: ${palette.water};`);
		expect(css).toContain(`--accent: ${palette.highlight};`);
		expect(css).toContain(`--accent-ink: ${palette.highlightInk};`);
	});
});

import { describe, expect, it } from 'vitest';
import { SHARE_CARD, shareCardSvg, wrapText } from './share-card';

describe('wrapText', () => {
	it('breaks at spaces within the width', () => {
		expect(wrapText('East: Guarding the Riverside Dam', 14, 4)).toEqual(['East: Guarding', 'the Riverside', 'Dam']);
	});

	it('keeps a long word whole and ends a cut text with an ellipsis', () => {
		expect(wrapText('Supercalifragilistic word', 8, 3)).toEqual(['Supercalifragilistic', 'word']);
		expect(wrapText('one two three four five six', 7, 2)).toEqual(['one two', 'three…']);
	});
});

describe('shareCardSvg', () => {
	const map =
		'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 800 760" width="800" height="760"><title id="t">Map & more</title><rect width="800" height="760" fill="#abc"/></svg>';

	it('is a 1200×630 SVG with the map nested, cropped to fill its side, and the title escaped', () => {
		const svg = shareCardSvg({ mapSvg: map, eyebrow: 'Since 2019', title: 'Southland <&> the UN', footer: ['Wayfarers'] });
		expect(svg).toContain(`width="${SHARE_CARD.width}" height="${SHARE_CARD.height}"`);
		expect(svg).toContain('viewBox="0 0 800 760" preserveAspectRatio="xMidYMid slice"');
		expect(svg).toContain('<rect width="800" height="760" fill="#abc"/>');
		// The map's own title (its alt text) is not carried into the card.
		expect(svg).not.toContain('Map & more');
		expect(svg).toContain('&lt;&amp;&gt;');
		expect(svg).toContain('SINCE 2019');
		expect(svg.match(/<svg\b/g)).toHaveLength(2);
	});

	it('refuses a map without a viewBox', () => {
		expect(() => shareCardSvg({ mapSvg: '<svg></svg>', eyebrow: '', title: 't', footer: [] })).toThrow(/viewBox/);
	});
});

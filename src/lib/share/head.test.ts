// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { scriptJson, shareHead, type ShareInfo } from './head';
import { creditsFrom } from './credits';

const info: ShareInfo = {
	url: 'https://s.example/places/harbour',
	title: 'Harbour “UN” <b>',
	description: 'A & B',
	type: 'article',
	siteName: 'Story',
	image: { url: 'https://s.example/data/share/place-juba.png', width: 1200, height: 630, alt: 'Harbour on a map' },
	jsonLd: { headline: '</script><script>alert(1)</script>' }
};
const head = (i: ShareInfo) => new DOMParser().parseFromString(`<!doctype html><head>${shareHead(i)}</head>`, 'text/html');

describe('shareHead', () => {
	it('has the canonical link, Open Graph and Twitter tags, escaped', () => {
		const doc = head(info);
		const prop = (p: string) => doc.querySelector(`meta[property="${p}"], meta[name="${p}"]`)?.getAttribute('content');
		expect(doc.querySelector('link[rel=canonical]')!.getAttribute('href')).toBe(info.url);
		expect(prop('og:title')).toBe('Harbour “UN” <b>');
		expect(prop('og:image')).toBe(info.image.url);
		expect(prop('og:image:width')).toBe('1200');
		expect(prop('og:image:alt')).toBe('Harbour on a map');
		expect(prop('twitter:card')).toBe('summary_large_image');
		expect(prop('twitter:site')).toBeUndefined();
	});

	it('keeps the JSON-LD inside its one script element', () => {
		const scripts = head(info).querySelectorAll('script');
		expect(scripts).toHaveLength(1);
		expect(scripts[0]!.type).toBe('application/ld+json');
		expect(JSON.parse(scripts[0]!.textContent!)).toEqual(info.jsonLd);
		expect(scriptJson('a\u2028b')).toBe('"a\\u2028b"');
	});

	it('refuses relative URLs', () => {
		expect(() => shareHead({ ...info, url: '/places/harbour' })).toThrow(/absolute/);
		expect(() => shareHead({ ...info, image: { ...info.image, url: './x.png' } })).toThrow(/image/);
	});
});

describe('creditsFrom', () => {
	it('defaults the author and the publisher to the story, with no dates', () => {
		expect(creditsFrom({ title: 'Story' }, 'https://s.example/')).toEqual({
			author: { name: 'Story', url: 'https://s.example/' },
			publisher: { name: 'Story', url: 'https://s.example/' }
		});
	});

	it('reads a byline and dates when the metadata has them', () => {
		const c = creditsFrom(
			{
				title: 'S',
				byline: 'By A. Writer',
				published: '2024-05-01',
				updated: 'soon',
				share: { publisher: { name: 'Desk', url: 'https://d.example/' } }
			},
			'https://s.example/'
		);
		expect(c).toEqual({
			author: { name: 'A. Writer', url: 'https://s.example/' },
			publisher: { name: 'Desk', url: 'https://d.example/' },
			published: '2024-05-01'
		});
		expect(creditsFrom({ title: 'S', byline: [{ name: 'A' }, { name: 'B' }] }, 'https://s.example/').author.name).toBe('A, B');
	});
});

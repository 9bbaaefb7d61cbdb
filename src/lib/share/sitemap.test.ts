import { describe, expect, it } from 'vitest';
import { robotsTxt, sitemapXml } from './sitemap';

describe('sitemapXml', () => {
	it('lists absolute URLs, escaped, with the date', () => {
		const xml = sitemapXml(['https://a.example/', 'https://a.example/places/x?a=1&b=2'], '2024-05-01T10:00:00Z');
		expect(xml).toContain('<loc>https://a.example/places/x?a=1&amp;b=2</loc><lastmod>2024-05-01</lastmod>');
		expect(xml.startsWith('<?xml')).toBe(true);
	});

	it('refuses a relative URL', () => {
		expect(() => sitemapXml(['/places/x'])).toThrow(/absolute/);
	});
});

describe('robotsTxt', () => {
	it('points to the sitemap', () => {
		expect(robotsTxt('https://a.example/sitemap.xml', ['/kiosk'])).toBe(
			'User-agent: *\nDisallow: /kiosk\nAllow: /\n\nSitemap: https://a.example/sitemap.xml\n'
		);
	});
});

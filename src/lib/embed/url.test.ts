import { describe, expect, it } from 'vitest';
import { isHttpUrl, siteUrl } from './url';

describe('isHttpUrl', () => {
	it('accepts http and https only', () => {
		expect(isHttpUrl('https://example.org/a')).toBe(true);
		expect(isHttpUrl('http://127.0.0.1:4173/')).toBe(true);
		expect(isHttpUrl('javascript:alert(1)')).toBe(false);
		expect(isHttpUrl(' JavaScript:alert(1)')).toBe(false);
		expect(isHttpUrl('data:text/html,hi')).toBe(false);
		expect(isHttpUrl('/relative')).toBe(false);
		expect(isHttpUrl(42)).toBe(false);
	});
});

describe('siteUrl', () => {
	it('joins origin, base path and path', () => {
		expect(siteUrl('https://news.example/', '/graphics/peacekeeping', '/embed/east')).toBe(
			'https://news.example/graphics/peacekeeping/embed/east'
		);
		expect(siteUrl('', '', '/embed/')).toBe('/embed/');
		expect(siteUrl('', '/g/', 'embed/east')).toBe('/g/embed/east');
	});

	it('refuses a non-http origin and a relative base', () => {
		expect(() => siteUrl('javascript:x', '', '/')).toThrow(/origin/);
		expect(() => siteUrl('', 'graphics', '/')).toThrow(/base path/);
	});
});

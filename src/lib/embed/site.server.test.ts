import { describe, expect, it } from 'vitest';
import { LOCAL_PREVIEW_ORIGIN, siteAddress } from './site.server';

describe('siteAddress', () => {
	it('reads SITE_ORIGIN and BASE_PATH, without trailing slashes', () => {
		expect(siteAddress({ SITE_ORIGIN: 'https://graphics.example.org/', BASE_PATH: '/graphics/peacekeeping/' })).toEqual({
			origin: 'https://graphics.example.org',
			base: '/graphics/peacekeeping',
			local: false
		});
	});

	it('falls back to the configured origin, then to the local preview’s, never to a relative URL', () => {
		expect(siteAddress({}, 'https://news.example/')).toEqual({ origin: 'https://news.example', base: '', local: false });
		expect(siteAddress({ SITE_ORIGIN: 'https://a.example' }, 'https://b.example').origin).toBe('https://a.example');
		expect(siteAddress({})).toEqual({ origin: LOCAL_PREVIEW_ORIGIN, base: '', local: true });
	});

	it('fails when the address is required and missing', () => {
		expect(() => siteAddress({ REQUIRE_SITE_ORIGIN: '1' })).toThrow(/SITE_ORIGIN is not set/);
		expect(siteAddress({ REQUIRE_SITE_ORIGIN: '1', SITE_ORIGIN: 'https://a.example' }).local).toBe(false);
	});

	it('fails the build on an origin that is not http(s)', () => {
		expect(() => siteAddress({ SITE_ORIGIN: 'javascript:alert(1)' })).toThrow(/SITE_ORIGIN/);
		expect(() => siteAddress({ SITE_ORIGIN: 'graphics.example.org' })).toThrow(/SITE_ORIGIN/);
	});
});

import { describe, expect, it } from 'vitest';
import { siteAddress } from './site.server';

describe('siteAddress', () => {
	it('reads SITE_ORIGIN and BASE_PATH, without trailing slashes', () => {
		expect(siteAddress({ SITE_ORIGIN: 'https://graphics.example.org/', BASE_PATH: '/graphics/peacekeeping/' })).toEqual({
			origin: 'https://graphics.example.org',
			base: '/graphics/peacekeeping'
		});
		expect(siteAddress({})).toEqual({ origin: '', base: '' });
	});

	it('fails the build on an origin that is not http(s)', () => {
		expect(() => siteAddress({ SITE_ORIGIN: 'javascript:alert(1)' })).toThrow(/SITE_ORIGIN/);
		expect(() => siteAddress({ SITE_ORIGIN: 'graphics.example.org' })).toThrow(/SITE_ORIGIN/);
	});
});

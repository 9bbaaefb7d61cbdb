import { describe, expect, it } from 'vitest';
import { rootRelative } from './root-relative';

describe('rootRelative', () => {
	it('starts relative links and assets from the root, under the base path', () => {
		const html =
			'<link href="./_app/immutable/assets/0.css" rel="stylesheet"><a href="./#north">K</a><a href="./">Home</a><img src="./favicon.svg">';
		expect(rootRelative(html, '')).toBe(
			'<link href="/_app/immutable/assets/0.css" rel="stylesheet"><a href="/#north">K</a><a href="/">Home</a><img src="/favicon.svg">'
		);
		expect(rootRelative('<a href=".">Home</a><a href="./places/harbour">J</a>', '/graphics/story')).toBe(
			'<a href="/graphics/story/">Home</a><a href="/graphics/story/places/harbour">J</a>'
		);
	});

	it('leaves absolute URLs, fragments and text alone', () => {
		const html = '<a href="https://example.com/./x">x</a><a href="#top">top</a><p>see ./notes</p>';
		expect(rootRelative(html, '/b')).toBe(html);
	});
});

// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { iframeSnippet, pymContainerId, pymSnippet } from './snippets';

/** Parses the code as a browser would (jsdom's DOMParser). */
const parse = (html: string) => new DOMParser().parseFromString(`<!doctype html><body>${html}`, 'text/html');

describe('iframeSnippet', () => {
	it('is one iframe with the URL, title and height, escaped', () => {
		const html = iframeSnippet({ src: 'https://news.example/g/embed/iraq?a=1&b=2', title: 'Iraq “2003” <b>', height: 720 });
		const frame = parse(html).querySelector('iframe')!;
		expect(frame.getAttribute('src')).toBe('https://news.example/g/embed/iraq?a=1&b=2');
		expect(frame.getAttribute('title')).toBe('Iraq “2003” <b>');
		expect(frame.getAttribute('height')).toBe('720');
		expect(frame.getAttribute('width')).toBe('100%');
	});

	it('refuses a javascript: URL', () => {
		expect(() => iframeSnippet({ src: 'javascript:alert(1)', title: 't', height: 1 })).toThrow();
		expect(() => iframeSnippet({ src: '//evil.example/x', title: 't', height: 1 })).toThrow();
	});
});

describe('pymSnippet', () => {
	it('creates a pym parent on a container for this page', () => {
		const html = pymSnippet({
			src: 'https://news.example/embed/iraq',
			title: 'Iraq </script><script>alert(1)</script>',
			id: 'iraq',
			pymScript: 'https://news.example/_app/immutable/assets/pym.v1.min.js'
		});
		const doc = parse(html);
		expect(doc.getElementById(pymContainerId('iraq'))).not.toBeNull();
		const scripts = [...doc.querySelectorAll('script')];
		// The title cannot close the script: exactly the two scripts remain.
		expect(scripts).toHaveLength(2);
		expect(scripts[0]!.getAttribute('src')).toBe('https://news.example/_app/immutable/assets/pym.v1.min.js');
		expect(scripts[1]!.textContent).toContain(`new pym.Parent("pk-embed-iraq", "https://news.example/embed/iraq"`);
		expect(scripts[1]!.textContent).toContain('"trackscroll":true');
	});
});

// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { iframeSnippet, pymContainerId, pymSnippet } from './snippets';

/** Parses the code as a browser would (jsdom's DOMParser). */
const parse = (html: string) => new DOMParser().parseFromString(`<!doctype html><body>${html}`, 'text/html');

describe('iframeSnippet', () => {
	it('is one iframe with the URL, title and height, escaped', () => {
		const html = iframeSnippet({ src: 'https://news.example/g/embed/east?a=1&b=2', title: 'East “2003” <b>', height: 720 });
		const frame = parse(html).querySelector('iframe')!;
		expect(frame.getAttribute('src')).toBe('https://news.example/g/embed/east?a=1&b=2');
		expect(frame.getAttribute('title')).toBe('East “2003” <b>');
		expect(frame.getAttribute('height')).toBe('720');
		expect(frame.getAttribute('width')).toBe('100%');
	});

	it('refuses a javascript: URL', () => {
		expect(() => iframeSnippet({ src: 'javascript:alert(1)', title: 't', height: 1 })).toThrow();
		expect(() => iframeSnippet({ src: '//evil.example/x', title: 't', height: 1 })).toThrow();
	});
});

describe('pymSnippet', () => {
	const html = pymSnippet({
		src: 'https://news.example/embed/?a=1&b=2',
		title: 'Story </script><script>alert(1)</script>',
		id: 'story',
		script: 'https://news.example/embed.js',
		trackScroll: true
	});
	const doc = parse(html);

	it('is a container that pym.js’s auto-init reads, and the one external script, with no inline code', () => {
		const box = doc.getElementById(pymContainerId('story'))!;
		expect(box.getAttribute('data-pym-src')).toBe('https://news.example/embed/?a=1&b=2');
		expect(box.getAttribute('data-pym-title')).toBe('Story </script><script>alert(1)</script>');
		expect(box.getAttribute('data-pym-trackscroll')).toBe('true');
		const scripts = [...doc.querySelectorAll('script')];
		expect(scripts).toHaveLength(1);
		expect(scripts[0]!.getAttribute('src')).toBe('https://news.example/embed.js');
		expect(scripts[0]!.textContent).toBe('');
	});

	it('leaves a link to the page where scripts are stripped', () => {
		doc.querySelectorAll('script').forEach((s) => s.remove());
		expect(doc.querySelector('a')!.getAttribute('href')).toBe('https://news.example/embed/?a=1&b=2');
	});

	it('tracks scroll only when asked', () => {
		const card = parse(pymSnippet({ src: 'https://n.example/embed/east', title: 'I', id: 'east', script: 'https://n.example/embed.js' }));
		expect(card.querySelector('[data-pym-trackscroll]')).toBeNull();
	});

	it('refuses a script that is not http(s)', () => {
		expect(() => pymSnippet({ src: 'https://n.example/e', title: 't', id: 'x', script: 'javascript:alert(1)' })).toThrow();
	});
});

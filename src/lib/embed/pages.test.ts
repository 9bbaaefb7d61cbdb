import { describe, expect, it } from 'vitest';
import { embedPageAt, embedPages, oembedPath } from './pages';
import { oembedFor } from './oembed';

const pages = embedPages({
	prefix: '',
	title: 'Story',
	chapters: [
		{ id: 'opening', title: 'Overview' },
		{ id: 'east', title: 'East', embedHeight: 880 }
	],
	timeline: true
});

describe('embedPages', () => {
	it('lists the whole story, a card per chapter and the timeline', () => {
		expect(pages.map((p) => p.path)).toEqual(['/embed/', '/embed/opening', '/embed/east', '/embed/timeline']);
		expect(pages.filter((p) => p.chapter).map((p) => p.chapter)).toEqual(['opening', 'east']);
		expect(new Set(pages.map((p) => p.id)).size).toBe(pages.length);
		expect(pages.map((p) => p.height)).toEqual([700, 1000, 880, 1480]);
	});

	it('puts another story’s pages under its prefix, and lists a timeline only where there is one', () => {
		const other = embedPages({ prefix: 'stories/b/', title: 'B', chapters: [{ id: 'first', title: 'First' }] });
		expect(other.map((p) => p.path)).toEqual(['/stories/b/embed/', '/stories/b/embed/first']);
		expect(oembedPath(other[1]!)).toBe('/stories/b/embed/oembed/first.json');
	});

	it('finds a page by path, with or without a trailing slash', () => {
		expect(embedPageAt(pages, '/embed')?.id).toBe('story');
		expect(embedPageAt(pages, '/embed/east/')?.id).toBe('east');
		expect(embedPageAt(pages, '/embed/nowhere')).toBeUndefined();
		expect(oembedPath(pages[2]!)).toBe('/embed/oembed/east.json');
	});
});

describe('oembedFor', () => {
	const context = {
		provider: { name: 'Story', url: 'https://news.example/' },
		author: { name: 'Desk', url: 'https://news.example/' },
		thumbnail: { url: 'https://news.example/data/share/east.png', width: 1200, height: 630 },
		cacheAge: 3600
	};

	it('is a rich 1.0 response at the default size', () => {
		const page = pages[2]!;
		const o = oembedFor(page, 'https://news.example/embed/east', context);
		expect(o).toMatchObject({ type: 'rich', version: '1.0', width: 640, height: page.height, title: page.title });
		expect(o).toMatchObject({
			author_name: 'Desk',
			author_url: 'https://news.example/',
			thumbnail_url: 'https://news.example/data/share/east.png',
			thumbnail_width: 1200,
			thumbnail_height: 630,
			cache_age: 3600
		});
		expect(o.html).toContain(`height="${page.height}"`);
		expect(o.html).toContain('src="https://news.example/embed/east"');
		expect(o.html).not.toContain('<script');
	});

	it('refuses any relative URL', () => {
		const page = pages[2]!;
		expect(() => oembedFor(page, '/embed/east', context)).toThrow(/src must be an absolute/);
		expect(() => oembedFor(page, 'https://news.example/embed/east', { ...context, provider: { name: 'S', url: '/' } })).toThrow(
			/provider_url/
		);
		expect(() =>
			oembedFor(page, 'https://news.example/embed/east', { ...context, thumbnail: { ...context.thumbnail, url: 'data/share/east.png' } })
		).toThrow(/thumbnail_url/);
	});
});

describe('routePath', () => {
	it('fills a route id with its params', async () => {
		const { routePath } = await import('./pages');
		expect(routePath('/[...prefix=story]/embed/[chapter]', { prefix: '', chapter: 'east' })).toBe('/embed/east');
		expect(routePath('/[...prefix=story]/embed/[chapter]', { prefix: 'stories/b', chapter: 'first' })).toBe('/stories/b/embed/first');
		expect(routePath('/[...prefix=story]/embed', { prefix: '' })).toBe('/embed');
	});
});

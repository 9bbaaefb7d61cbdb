import { describe, expect, it } from 'vitest';
import { embedPageAt, embedPages, oembedPath } from './pages';
import { oembedFor } from './oembed';

const pages = embedPages('Story', [
	{ id: 'intro', title: 'Overview' },
	{ id: 'iraq', title: 'Iraq' }
]);

describe('embedPages', () => {
	it('lists the whole story, a card per chapter and the timeline', () => {
		expect(pages.map((p) => p.path)).toEqual(['/embed/', '/embed/intro', '/embed/iraq', '/embed/timeline']);
		expect(pages.filter((p) => p.chapter).map((p) => p.chapter)).toEqual(['intro', 'iraq']);
		expect(new Set(pages.map((p) => p.id)).size).toBe(pages.length);
	});

	it('finds a page by path, with or without a trailing slash', () => {
		expect(embedPageAt(pages, '/embed')?.id).toBe('story');
		expect(embedPageAt(pages, '/embed/iraq/')?.id).toBe('iraq');
		expect(embedPageAt(pages, '/embed/nowhere')).toBeUndefined();
		expect(oembedPath(pages[2]!)).toBe('/embed/oembed/iraq.json');
	});
});

describe('oembedFor', () => {
	const context = {
		provider: { name: 'Story', url: 'https://news.example/' },
		author: { name: 'Desk', url: 'https://news.example/' },
		thumbnail: { url: 'https://news.example/data/share/iraq.png', width: 1200, height: 630 },
		cacheAge: 3600
	};

	it('is a rich 1.0 response at the default size', () => {
		const page = pages[2]!;
		const o = oembedFor(page, 'https://news.example/embed/iraq', context);
		expect(o).toMatchObject({ type: 'rich', version: '1.0', width: 640, height: page.height, title: page.title });
		expect(o).toMatchObject({
			author_name: 'Desk',
			author_url: 'https://news.example/',
			thumbnail_url: 'https://news.example/data/share/iraq.png',
			thumbnail_width: 1200,
			thumbnail_height: 630,
			cache_age: 3600
		});
		expect(o.html).toContain(`height="${page.height}"`);
		expect(o.html).toContain('src="https://news.example/embed/iraq"');
		expect(o.html).not.toContain('<script');
	});

	it('refuses any relative URL', () => {
		const page = pages[2]!;
		expect(() => oembedFor(page, '/embed/iraq', context)).toThrow(/src must be an absolute/);
		expect(() => oembedFor(page, 'https://news.example/embed/iraq', { ...context, provider: { name: 'S', url: '/' } })).toThrow(/provider_url/);
		expect(() =>
			oembedFor(page, 'https://news.example/embed/iraq', { ...context, thumbnail: { ...context.thumbnail, url: 'data/share/iraq.png' } })
		).toThrow(/thumbnail_url/);
	});
});

describe('routePath', () => {
	it('fills a route id with its params', async () => {
		const { routePath } = await import('./pages');
		expect(routePath('/embed/[chapter]', { chapter: 'iraq' })).toBe('/embed/iraq');
		expect(routePath('/embed', {})).toBe('/embed');
	});
});

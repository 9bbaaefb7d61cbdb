/**
 * Prerendering. Every page gets its share tags (canonical link, Open Graph, Twitter card, the
 * story's JSON-LD) written into its <head>, from src/lib/share, and its story's language on <html>:
 * done here rather than in the pages' <svelte:head>, so that none of it is in their JavaScript.
 *
 * The 404 page is served for missing addresses at any depth (/a/b/c), where the relative links
 * and assets of every other page (`paths.relative`) would point nowhere: its HTML gets them from
 * the site's root instead. Its own path, `<base>/404`, tells the base path.
 */
import type { Handle } from '@sveltejs/kit';
import { shareHead } from '$lib/share/head';
import { shareInfoFor, siteAddressFor } from '$lib/share/pages.server';
import { rootRelative } from '$lib/site/root-relative';
import { stories, storyAt } from '$lib/story/stories';

const MARK = '<!--share-tags-->';
const LANG = '%lang%';

export const handle: Handle = ({ event, resolve }) =>
	resolve(event, {
		transformPageChunk: ({ html }) => {
			if (html.includes(LANG)) {
				const story = (event.route.id?.startsWith('/[...prefix=story]') && storyAt(event.params.prefix)) || stories[0]!;
				html = html.replace(LANG, story.story.language);
			}
			if (html.includes(MARK)) html = html.replace(MARK, shareHead(shareInfoFor(event.route.id, event.params, siteAddressFor())));
			if (event.route.id === '/404') html = rootRelative(html, event.url.pathname.replace(/\/404$/, ''));
			return html;
		}
	});

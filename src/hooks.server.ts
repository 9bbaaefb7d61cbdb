/**
 * Prerendering: every page gets its share tags (canonical link, Open Graph, Twitter card, the
 * story's JSON-LD) written into its <head>, from src/lib/share. Done here rather than in the pages'
 * <svelte:head>, so that none of it is in their JavaScript.
 */
import type { Handle } from '@sveltejs/kit';
import { siteAddress } from '$lib/embed/site.server';
import { shareHead } from '$lib/share/head';
import { shareInfoFor } from '$lib/share/pages.server';
import { storyMeta } from '$content';

const MARK = '<!--share-tags-->';

export const handle: Handle = ({ event, resolve }) =>
	resolve(event, {
		transformPageChunk: ({ html }) => {
			if (!html.includes(MARK)) return html;
			const site = siteAddress(process.env, storyMeta.share.origin);
			return html.replace(MARK, shareHead(shareInfoFor(event.route.id, event.params, site)));
		}
	});

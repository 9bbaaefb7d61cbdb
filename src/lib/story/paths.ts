/**
 * Addresses of a story's pages and files under the site's base path and the story's prefix ('' for
 * the first story, 'stories/<id>/' for the others: see prefix.ts). For components and loads.
 */
import { asset, resolve } from '$app/paths';

/** A page of the story: '' is the story itself, 'places/<place-id>' a place's page, 'embed/' the whole-story embed. */
export function storyPage(prefix: string, path = ''): string {
	const pathname = path === '' ? `/${prefix}`.replace(/\/$/, '') || '/' : `/${prefix}${path}`;
	return resolve(pathname as '/');
}

/** A file of the story (its map data, static maps, share cards): 'data/maps/<chapter-id>.svg'. */
export const storyAsset = (prefix: string, file: string): string => asset(`/${prefix}${file}`);

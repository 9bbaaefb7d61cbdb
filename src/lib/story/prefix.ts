/**
 * Where each story lives on the site: the first story of src/content/site.yaml at the root (its
 * addresses never change: /, /places/<id>, /embed/<chapter>, /kiosk, /data/…), every other one
 * under /stories/<id>/ with the same sub-paths. Pure.
 */

/** The path segment under which the stories other than the first live. */
export const STORIES_SEGMENT = 'stories';

/** A story's prefix: '' for the first story, 'stories/<id>/' for the others (always with its slash). */
export function storyPrefix(id: string, stories: readonly string[]): string {
	return id === stories[0] ? '' : `${STORIES_SEGMENT}/${id}/`;
}

/** The route parameter of a story's pages ('' or 'stories/<id>'): the prefix without its slash. */
export const prefixParam = (prefix: string) => prefix.replace(/\/$/, '');

/** The story a route parameter names, if any: '' is the first, 'stories/<id>' the others. */
export function storyAtParam(param: string, stories: readonly string[]): string | undefined {
	if (param === '') return stories[0];
	const m = new RegExp(`^${STORIES_SEGMENT}/([a-z0-9-]+)$`).exec(param);
	return m && m[1] !== stories[0] && stories.includes(m[1]!) ? m[1] : undefined;
}

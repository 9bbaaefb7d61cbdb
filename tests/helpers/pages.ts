/** The prerendered pages of a build, found from its files, and one or two of each kind. */
import { readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/** The URL path of every HTML page in a build folder, as a static host serves it. */
export function prerenderedPaths(dir = 'build'): string[] {
	const paths: string[] = [];
	const walk = (d: string) => {
		for (const entry of readdirSync(d, { withFileTypes: true })) {
			const full = join(d, entry.name);
			if (entry.isDirectory()) {
				if (entry.name !== '_app' && entry.name !== 'data') walk(full);
			} else if (entry.name.endsWith('.html')) {
				const rel = relative(dir, full).split(sep).join('/');
				paths.push('/' + rel.replace(/(^|\/)index\.html$/, '$1').replace(/\.html$/, ''));
			}
		}
	};
	walk(dir);
	return paths.sort();
}

/** The template a page is made from: its path without the story's prefix, one instance's id as `*`. */
export const template = (path: string): string =>
	path.replace(/^\/stories\/[^/]+/, '').replace(/^\/(places|embed)\/(?!timeline$|oembed)[^/]+$/, '/$1/*') || '/';

/**
 * Every page that is the only one of its template, and the first and the last of the others (so,
 * in path order, the first story's and the last story's): pages of one template share their
 * markup and styles and differ in content.
 */
export function representatives(paths: readonly string[]): string[] {
	const byTemplate = new Map<string, string[]>();
	for (const p of paths) byTemplate.set(template(p), [...(byTemplate.get(template(p)) ?? []), p]);
	return [...byTemplate.values()].flatMap((ps) => [...new Set([ps[0]!, ps.at(-1)!])]).sort();
}

/**
 * A Vite plugin that writes the host configuration into the build, after the adapter has written
 * the site: `_headers` (Netlify, Cloudflare Pages) and `nginx.conf` (an nginx `server` block),
 * both from the rules in ./headers.ts, for the build's base path. Build time only (Node).
 */
import { readdirSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { Plugin, ResolvedConfig } from 'vite';
import { headersFile, nginxServer } from './headers.ts';

/** Every file under `dir`, as `/`-separated paths relative to it. */
export function listFiles(dir: string): string[] {
	return readdirSync(dir, { recursive: true, encoding: 'utf8' })
		.filter((f) => statSync(join(dir, f)).isFile())
		.map((f) => relative(dir, join(dir, f)).split(sep).join('/'))
		.sort();
}

/** Writes both files into `dir`, a finished build served under `base`. */
export function writeHostFiles(dir: string, base: string): void {
	writeFileSync(join(dir, '_headers'), headersFile(listFiles(dir), base));
	writeFileSync(join(dir, 'nginx.conf'), nginxServer(base, { root: '/var/www/story' }));
}

export function hostFiles(options: { dir: () => string; base: () => string }): Plugin {
	let config: ResolvedConfig;
	return {
		name: 'story-host-files',
		apply: 'build',
		configResolved(resolved) {
			config = resolved;
		},
		// After SvelteKit's own closeBundle, which runs the adapter (both are sequential).
		closeBundle: {
			sequential: true,
			order: 'post',
			handler() {
				if (!config.build.ssr) return;
				writeHostFiles(options.dir(), options.base());
			}
		}
	};
}

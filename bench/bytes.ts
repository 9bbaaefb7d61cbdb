/**
 * Byte counts of a built site, shared by the budget test and the benchmark: gzipped sizes (zlib's
 * default level, as most static hosts compress), the page's preload list, and which chunks are
 * MapLibre's – found through Vite's manifest when it matches the build, and by content always.
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { extname, join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

/** A string only MapLibre's own code carries (one of its error messages). */
export const MAPLIBRE_SIGNATURE = 'Style is not done loading';
/** The module that imports MapLibre; its chunk is the map's entry. */
export const MAP_ENTRY_MODULE = 'src/lib/map/engine.ts';
export const MANIFEST = '.svelte-kit/output/client/.vite/manifest.json';

export const KB = 1024;

const gzCache = new Map<string, number>();

/** Gzipped size of a file, in bytes. */
export function gzipSize(file: string): number {
	let size = gzCache.get(file);
	if (size === undefined) {
		size = gzipSync(readFileSync(file)).length;
		gzCache.set(file, size);
	}
	return size;
}

/** Every file under a folder, as paths relative to it with forward slashes. */
export function listFiles(dir: string): string[] {
	const out: string[] = [];
	const walk = (d: string) => {
		for (const name of readdirSync(d)) {
			const path = join(d, name);
			if (statSync(path).isDirectory()) walk(path);
			else out.push(relative(dir, path).split('\\').join('/'));
		}
	};
	walk(dir);
	return out;
}

/** The `href`s of the page's `<link rel=...>` elements of one kind, as paths relative to the site root. */
export function linkHrefs(html: string, rel: 'modulepreload' | 'stylesheet'): string[] {
	const hrefs: string[] = [];
	for (const tag of html.match(/<link\b[^>]*>/g) ?? []) {
		const relMatch = /\brel="([^"]*)"/.exec(tag);
		const href = /\bhref="([^"]*)"/.exec(tag);
		if (relMatch?.[1]?.split(/\s+/).includes(rel) && href?.[1]) hrefs.push(sitePath(href[1]));
	}
	return hrefs;
}

/** `./_app/x.js`, `/_app/x.js` or an absolute URL -> `_app/x.js`. */
export function sitePath(href: string): string {
	const path = /^[a-z]+:\/\//i.test(href) ? new URL(href).pathname : href;
	return path.replace(/^\.?\//, '');
}

interface ManifestChunk {
	file: string;
	imports?: string[];
	css?: string[];
}

/**
 * MapLibre's files in a build (relative paths): every JS file carrying its code (its worker too), plus, when Vite's
 * manifest describes this build, the map entry chunk with its static imports and CSS that the
 * page itself does not import.
 */
export function mapLibreFiles(buildDir: string, manifestPath = MANIFEST): { files: string[]; viaManifest: boolean } {
	const files = new Set(
		listFiles(buildDir).filter((f) => {
			if (extname(f) !== '.js') return false;
			const code = readFileSync(join(buildDir, f), 'utf8');
			// The main chunk by its own words; the worker by its folder and name.
			return code.includes(MAPLIBRE_SIGNATURE) || (f.includes('/workers/') && /maplibre/i.test(code));
		})
	);
	let viaManifest = false;
	if (existsSync(manifestPath)) {
		const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as Record<string, ManifestChunk>;
		const entry = manifest[MAP_ENTRY_MODULE];
		// A variant build (BUILD_DIR=...) rewrites the manifest: use it only if it names this build's files.
		const matches = Object.values(manifest).every((c) => existsSync(join(buildDir, c.file)));
		if (entry && matches) {
			viaManifest = true;
			files.add(entry.file);
			for (const css of entry.css ?? []) files.add(css);
		}
	}
	return { files: [...files].sort(), viaManifest };
}

export type Kind = 'html' | 'js' | 'css' | 'data' | 'static map' | 'image' | 'font' | 'other';

/** What a file is, for the byte table. */
export function kindOf(path: string): Kind {
	const ext = extname(path);
	if (ext === '.html') return 'html';
	if (ext === '.js' || ext === '.mjs') return 'js';
	if (ext === '.css') return 'css';
	if (/^data\/maps\/.*\.svg$/.test(path)) return 'static map';
	if (ext === '.json' || ext === '.geojson') return 'data';
	if (['.svg', '.png', '.jpg', '.jpeg', '.webp', '.avif'].includes(ext)) return 'image';
	if (['.woff', '.woff2', '.ttf', '.otf'].includes(ext)) return 'font';
	return 'other';
}

/** Gzipped bytes of a list of site paths. */
export function gzipTotal(buildDir: string, paths: Iterable<string>): number {
	let total = 0;
	for (const p of new Set(paths)) total += gzipSize(join(buildDir, p));
	return total;
}

/**
 * The HTTP headers a host should send with the built site, in one place: the rules below, and
 * the two files written from them at build time (see ./host-files.ts) — `_headers` for Netlify
 * and Cloudflare Pages, and an nginx `server` block. Pure.
 *
 * A page's Content-Security-Policy is in its <meta> tag (kit.csp); `frame-ancestors` cannot be
 * set there, so it is a header: embeds may be framed by any site, every other page only by this
 * one. Files under `_app/immutable/` carry content hashes and are cached for a year; everything
 * else is revalidated.
 */

export type Headers = Readonly<Record<string, string>>;

/** Sent with every file. */
export const COMMON: Headers = {
	'X-Content-Type-Options': 'nosniff',
	'Referrer-Policy': 'strict-origin-when-cross-origin'
};

const REVALIDATE = 'no-cache';
export const IMMUTABLE = 'public, max-age=31536000, immutable';

/** What each kind of file gets, besides COMMON and its content type. */
export const KINDS = {
	/** Hashed app files: a year. */
	immutable: { 'Cache-Control': IMMUTABLE },
	/** The embeddable pages and their oEmbed responses: any site may frame them; no X-Frame-Options. */
	embed: { 'Content-Security-Policy': 'frame-ancestors *', 'Cache-Control': REVALIDATE },
	/** The embed code's sizing script (pym.js at a stable address): an hour, so that newsrooms' pages pick up a new version. */
	script: { 'Cache-Control': 'public, max-age=3600' },
	/** The data downloads and the map's data. */
	data: { 'Cache-Control': REVALIDATE },
	/** The story, the place pages, the kiosk, the 404 page and the other files at the top. */
	page: { 'Content-Security-Policy': "frame-ancestors 'self'", 'X-Frame-Options': 'SAMEORIGIN', 'Cache-Control': REVALIDATE }
} as const satisfies Record<string, Headers>;

export type Kind = keyof typeof KINDS;

/** Folders (under the base path) whose files are all of one kind; the rest are pages. */
export const FOLDERS: readonly { path: string; kind: Kind }[] = [
	{ path: '/_app/immutable/', kind: 'immutable' },
	{ path: '/embed/', kind: 'embed' },
	{ path: '/data/', kind: 'data' }
];

/** Single files (under the base path) of a kind of their own. */
export const FILES: readonly { path: string; kind: Kind }[] = [{ path: '/embed.js', kind: 'script' }];

/** Content types hosts do not all know, or send without a charset. */
export const CONTENT_TYPES: Readonly<Record<string, string>> = {
	geojson: 'application/geo+json; charset=utf-8',
	csv: 'text/csv; charset=utf-8',
	json: 'application/json; charset=utf-8'
};

/** Files of the build that are host configuration, never served. */
export const HOST_FILES = ['_headers', 'nginx.conf'] as const;

/** The kind of a URL path (without the base path): `/embed` is the embed folder's own page. */
export function kindOf(path: string): Kind {
	const file = FILES.find((f) => f.path === path);
	if (file) return file.kind;
	const folder = FOLDERS.find((f) => path.startsWith(f.path) || path === f.path.slice(0, -1));
	return folder?.kind ?? 'page';
}

const extension = (path: string) => /\.([a-z0-9]+)$/i.exec(path)?.[1]?.toLowerCase() ?? '';

/** Every header a host should send with the file at `path` (without the base path). */
export function headersFor(path: string): Headers {
	const type = CONTENT_TYPES[extension(path)];
	return { ...COMMON, ...KINDS[kindOf(path)], ...(type ? { 'Content-Type': type } : {}) };
}

/** The URL path a reader uses for a file of the build: `places/<place-id>.html` → `/places/<place-id>`, `index.html` → `/`. */
export function urlPath(file: string): string {
	const path = `/${file}`.replace(/\/index\.html$/, '/').replace(/\.html$/, '');
	return path;
}

/**
 * `_headers` for Netlify and Cloudflare Pages. Both apply every rule that matches a path and join
 * a header set twice, so no header is given by two rules that can match one path: COMMON under
 * `/*`, each folder's headers under its splat, and the pages' headers on each top-level page,
 * file and other folder, listed from the build (`files`: paths relative to the build, `/`-separated).
 */
export function headersFile(files: readonly string[], base: string): string {
	const rules: [string, Headers][] = [[`${base}/*`, COMMON]];
	for (const f of FOLDERS) {
		rules.push([`${base}${f.path}*`, KINDS[f.kind]]);
		if (f.kind === 'embed') rules.push([`${base}${f.path.slice(0, -1)}`, KINDS[f.kind]]);
	}
	for (const f of FILES) if (files.includes(f.path.slice(1))) rules.push([`${base}${f.path}`, KINDS[f.kind]]);
	const served = files.filter((f) => !(HOST_FILES as readonly string[]).includes(f));
	const top = new Set<string>();
	for (const file of served) {
		const path = `/${file}`;
		if (kindOf(path) !== 'page') continue;
		const [first, ...rest] = file.split('/');
		if (rest.length === 0) {
			top.add(urlPath(file));
			if (file.endsWith('.html') && file !== 'index.html') top.add(path);
		} else if (first === '_app') top.add(path);
		else top.add(`/${first}/*`);
	}
	for (const path of [...top].sort()) {
		// Other files of _app (version.json) are revalidated, like the pages, but need no framing rules.
		rules.push([`${base}${path}`, path.startsWith('/_app/') ? { 'Cache-Control': REVALIDATE } : KINDS.page]);
	}
	for (const file of served) {
		const type = CONTENT_TYPES[extension(file)];
		if (type && kindOf(`/${file}`) === 'data') rules.push([`${base}/${file}`, { 'Content-Type': type }]);
	}
	return rules.map(([path, headers]) => [path, ...Object.entries(headers).map(([k, v]) => `  ${k}: ${v}`)].join('\n')).join('\n') + '\n';
}

const quote = (v: string) => `"${v.replace(/["\\]/g, '\\$&')}"`;

function addHeaders(headers: Headers, indent: string): string {
	return Object.entries(headers)
		.filter(([k]) => k !== 'Content-Type')
		.map(([k, v]) => `${indent}add_header ${k} ${quote(v)} always;`)
		.join('\n');
}

export interface NginxOptions {
	/** The folder the site is uploaded to: the build's contents go to `<root><base>/`. */
	root: string;
	listen?: string;
	serverName?: string;
}

/**
 * An nginx `server` block serving the build under `base`, with real 404s (the 404 page with
 * status 404; a folder without a page is one too), pretty URLs (`/places/<place-id>` from
 * `places/<place-id>.html`) and the headers above. nginx passes no `add_header` down into a location
 * that sets its own, so every location lists them all.
 */
export function nginxServer(base: string, { root, listen = '80', serverName = '_' }: NginxOptions): string {
	const location = (match: string, kind: Kind) =>
		[
			`\tlocation ${match} {`,
			addHeaders({ ...COMMON, ...KINDS[kind] }, '\t\t'),
			`\t\ttry_files $uri $uri.html $uri/index.html =404;`,
			`\t}`
		].join('\n');
	const types = Object.entries(CONTENT_TYPES).map(([ext, type]) => `\t\t${type.split(';')[0]} ${ext};`);
	return [
		`# Written by the build from src/lib/site/headers.ts: edit that, not this file.`,
		`# The build's contents go to ${root}${base}/.`,
		`server {`,
		`\tlisten ${listen};`,
		`\tserver_name ${serverName};`,
		`\troot ${root};`,
		`\tindex index.html;`,
		``,
		`\tinclude mime.types;`,
		`\ttypes {`,
		...types,
		`\t}`,
		`\tcharset utf-8;`,
		`\tcharset_types text/css text/csv text/plain application/javascript application/json application/geo+json image/svg+xml;`,
		``,
		`\t# A missing file, or a folder without a page: the 404 page, with status 404.`,
		`\terror_page 404 ${base}/404.html;`,
		`\terror_page 403 =404 ${base}/404.html;`,
		``,
		...FOLDERS.map((f) => location(`^~ ${base}${f.path}`, f.kind)),
		...FOLDERS.filter((f) => f.kind === 'embed').map((f) => location(`= ${base}${f.path.slice(0, -1)}`, f.kind)),
		...FILES.map((f) => location(`= ${base}${f.path}`, f.kind)),
		...HOST_FILES.map((f) => `\tlocation = ${base}/${f} {\n\t\treturn 404;\n\t}`),
		location(`${base}/`, 'page'),
		`}`,
		``
	].join('\n');
}

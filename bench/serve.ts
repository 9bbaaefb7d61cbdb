/**
 * Serves a built site on 127.0.0.1 as a production static host would: text compressed with
 * gzip (Lighthouse's network simulation and the byte counts depend on it), long caching for
 * hashed files. No SPA fallback.
 */
import { readFile, stat } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';

const TYPES: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.mjs': 'text/javascript; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.json': 'application/json',
	'.geojson': 'application/geo+json',
	'.svg': 'image/svg+xml',
	'.jpg': 'image/jpeg',
	'.png': 'image/png',
	'.woff2': 'font/woff2',
	'.txt': 'text/plain; charset=utf-8'
};
const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.css', '.json', '.geojson', '.svg', '.txt']);

/** Finds the file a URL path names: the path itself, its index.html, or path + .html. */
async function resolveFile(root: string, urlPath: string): Promise<string | null> {
	const clean = normalize(decodeURIComponent(urlPath)).replace(/^(\.\.[/\\])+/, '');
	for (const candidate of [clean, join(clean, 'index.html'), `${clean}.html`]) {
		const file = join(root, candidate);
		if (!file.startsWith(root)) return null;
		try {
			if ((await stat(file)).isFile()) return file;
		} catch {
			// Try the next candidate.
		}
	}
	return null;
}

export interface Site {
	server: Server;
	baseURL: string;
	close: () => Promise<void>;
}

export async function serveBuild(dir: string): Promise<Site> {
	const root = normalize(join(process.cwd(), dir));
	const cache = new Map<string, { body: Buffer; gzip: boolean }>();
	const server = createServer((req, res) => {
		const path = new URL(req.url ?? '/', 'http://x').pathname;
		void resolveFile(root, path).then(async (file) => {
			if (!file) {
				res.statusCode = 404;
				res.end('Not found');
				return;
			}
			const ext = extname(file);
			const accepts = /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
			const zip = accepts && COMPRESSIBLE.has(ext);
			const key = `${file}|${zip}`;
			let entry = cache.get(key);
			if (!entry) {
				const raw = await readFile(file);
				entry = { body: zip ? gzipSync(raw) : raw, gzip: zip };
				cache.set(key, entry);
			}
			res.setHeader('content-type', TYPES[ext] ?? 'application/octet-stream');
			res.setHeader('cache-control', path.includes('/_app/immutable/') ? 'public, max-age=31536000, immutable' : 'no-cache');
			if (entry.gzip) res.setHeader('content-encoding', 'gzip');
			res.setHeader('vary', 'accept-encoding');
			res.setHeader('content-length', entry.body.length);
			res.end(req.method === 'HEAD' ? undefined : entry.body);
		});
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const { port } = server.address() as AddressInfo;
	return {
		server,
		baseURL: `http://127.0.0.1:${port}`,
		close: () =>
			new Promise<void>((resolve) => {
				server.closeAllConnections();
				server.close(() => resolve());
			})
	};
}

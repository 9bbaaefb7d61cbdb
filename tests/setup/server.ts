/**
 * Serves the built site (build/) on 127.0.0.1 for the browser tests, as any static host would:
 * no SPA fallback, so a missing file is a real 404.
 */
import { existsSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import sirv from 'sirv';
import type { TestProject } from 'vitest/node';
import { BUILD_LOCK } from '../helpers/variant-build';

declare module 'vitest' {
	export interface ProvidedContext {
		baseURL: string;
	}
}

export function serveStatic(dir: string, prefix = ''): Promise<Server> {
	const assets = sirv(dir, { dev: false, etag: true, extensions: ['html'] });
	const server = createServer((req, res) => {
		const url = req.url ?? '/';
		if (prefix && !url.startsWith(prefix)) {
			res.statusCode = 404;
			res.end('Not found');
			return;
		}
		req.url = url.slice(prefix.length) || '/';
		assets(req, res, () => {
			res.statusCode = 404;
			res.end('Not found');
		});
	});
	return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

export default async function setup(project: TestProject) {
	if (!existsSync('build/index.html')) throw new Error('No build/ found: run `npm run build` first (npm test does).');
	// A variant build's lock left by a run stopped mid-build (tests/helpers/variant-build.ts).
	rmSync(BUILD_LOCK, { recursive: true, force: true });
	const server = await serveStatic('build');
	const { port } = server.address() as AddressInfo;
	project.provide('baseURL', `http://127.0.0.1:${port}`);
	return () => new Promise<void>((resolve) => server.close(() => resolve()));
}

/** A newsroom's site for the embed tests: another origin (another port) serving a few fixed files. */
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface Host {
	url: string;
	close: () => Promise<void>;
}

/** Serves each URL path of `files` as [content type, file in the repository]; anything else is a 404. */
export async function serveHost(files: Record<string, [string, string]>): Promise<Host> {
	const server = createServer((req, res) => {
		const file = files[new URL(req.url ?? '/', 'http://x').pathname];
		res.statusCode = file ? 200 : 404;
		if (file) res.setHeader('content-type', file[0]);
		res.end(file ? readFileSync(file[1]) : 'Not found');
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	return {
		url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
		close: () => new Promise((resolve) => server.close(() => resolve()))
	};
}

/** The real pym.js parent, as a host page loads it. */
export const PYM: Record<string, [string, string]> = { '/pym.v1.js': ['text/javascript', 'node_modules/pym.js/dist/pym.v1.js'] };

/** Lighthouse's accessibility audit on the story page scores 100. */
import { createServer } from 'node:net';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import lighthouse from 'lighthouse';
import type { Browser } from 'playwright-core';
import { launch } from './helpers/browser';

const baseURL = inject('baseURL');
let browser: Browser;
let port = 0;

/** A free TCP port on 127.0.0.1 for Chromium's DevTools endpoint, which Lighthouse drives. */
function freePort(): Promise<number> {
	return new Promise((resolve, reject) => {
		const srv = createServer();
		srv.once('error', reject);
		srv.listen(0, '127.0.0.1', () => {
			const { port } = srv.address() as { port: number };
			srv.close(() => resolve(port));
		});
	});
}

beforeAll(async () => {
	port = await freePort();
	browser = await launch([`--remote-debugging-port=${port}`]);
});

afterAll(async () => {
	await browser?.close();
});

describe('Lighthouse', () => {
	it('scores the story 100 for accessibility', async () => {
		const result = await lighthouse(`${baseURL}/`, {
			port,
			onlyCategories: ['accessibility'],
			output: 'json',
			logLevel: 'error'
		});
		const lhr = result?.lhr;
		expect(lhr?.runtimeError).toBeUndefined();
		const failing = Object.values(lhr?.audits ?? {})
			.filter((a) => a.score !== null && a.score < 1 && a.scoreDisplayMode === 'binary')
			.map((a) => `${a.id}: ${a.title}`);
		expect(failing).toEqual([]);
		expect(lhr?.categories.accessibility?.score).toBe(1);
	}, 120_000);
});

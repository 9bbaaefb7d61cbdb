import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

const tracked: [string, unknown][] = [];
vi.mock('$lib/analytics/events', () => ({ track: (name: string, detail: unknown) => tracked.push([name, detail]) }));
const { KioskState } = await import('./kiosk.svelte');

let kiosk: InstanceType<typeof KioskState>;

beforeEach(() => {
	vi.useFakeTimers();
	tracked.length = 0;
	kiosk = new KioskState(4, { dwell: 2, idle: 10, countdown: 3 });
});

afterEach(() => {
	kiosk.destroy();
	vi.useRealTimers();
});

describe('kiosk analytics events', () => {
	it('reports a session’s start, its end when nobody is left, with its length, and the reset', () => {
		kiosk.start();
		vi.advanceTimersByTime(5000);
		expect(tracked).toEqual([]);
		kiosk.input();
		kiosk.next();
		expect(tracked).toEqual([['kiosk-start', {}]]);
		vi.advanceTimersByTime(13_000);
		expect(kiosk.mode).toBe('attract');
		expect(tracked).toEqual([
			['kiosk-start', {}],
			['kiosk-end', { seconds: 13, reason: 'timeout' }],
			['kiosk-reset', {}]
		]);
	});

	it('ends the session on reset()', () => {
		kiosk.start();
		kiosk.input();
		vi.advanceTimersByTime(4000);
		kiosk.reset();
		expect(tracked).toEqual([
			['kiosk-start', {}],
			['kiosk-end', { seconds: 4, reason: 'reset' }],
			['kiosk-reset', {}]
		]);
	});
});

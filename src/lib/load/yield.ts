/**
 * Gives the browser its main thread back for a moment: resolves in a task of its own, so that
 * what the caller does next is not part of the task that called it. A long start-up split this
 * way lets the browser paint and answer input in between (issue 13).
 *
 * `scheduler.yield()` where the browser has it (Chromium 129 and later): its continuation runs
 * ahead of other queued tasks, so the start-up loses no place in the queue. Elsewhere a zero
 * timeout, which waits its turn behind them.
 */
interface YieldingScheduler {
	yield?: () => Promise<void>;
}

export function yieldToMain(global: { scheduler?: YieldingScheduler } = globalThis as never): Promise<void> {
	const scheduler = global.scheduler;
	if (typeof scheduler?.yield === 'function') return scheduler.yield();
	return new Promise((resolve) => setTimeout(resolve, 0));
}

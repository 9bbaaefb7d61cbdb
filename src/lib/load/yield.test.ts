import { describe, expect, it } from 'vitest';
import { yieldToMain } from './yield';

describe('yieldToMain', () => {
	it('resolves in a later task, not in the current one', async () => {
		const order: string[] = [];
		// Queued before the yield: a zero timeout runs first, being ahead in the queue.
		setTimeout(() => order.push('earlier task'), 0);
		const yielded = yieldToMain({}).then(() => order.push('after the yield'));
		await Promise.resolve();
		order.push('same task');
		await yielded;
		expect(order).toEqual(['same task', 'earlier task', 'after the yield']);
	});

	it("uses the browser's scheduler.yield where there is one", async () => {
		let yields = 0;
		const scheduler = { yield: () => (yields++, new Promise<void>((resolve) => setTimeout(resolve, 0))) };
		await yieldToMain({ scheduler });
		expect(yields).toBe(1);
	});

	it('falls back to a timeout when the scheduler has no yield (Chromium before 129, Firefox, Safari)', async () => {
		let resolved = false;
		const pending = yieldToMain({ scheduler: {} }).then(() => (resolved = true));
		await Promise.resolve();
		await Promise.resolve();
		expect(resolved).toBe(false);
		await pending;
		expect(resolved).toBe(true);
	});
});

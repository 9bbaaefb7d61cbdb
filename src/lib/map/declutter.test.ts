import { describe, expect, it } from 'vitest';
import { declutter } from './declutter';

const box = { width: 100, height: 26 };

describe('declutter', () => {
	it('leaves labels that do not collide where they are', () => {
		const out = declutter(
			[
				{ id: 'a', x: 0, y: 0 },
				{ id: 'b', x: 300, y: 0 },
				{ id: 'c', x: 0, y: 100 }
			],
			box
		);
		expect([...out.values()]).toEqual([0, 0, 0]);
	});

	it('stacks labels that share a point, in a stable order', () => {
		const out = declutter(
			[
				{ id: 'uthil', x: 50, y: 50 },
				{ id: 'doghan-base', x: 50, y: 50 },
				{ id: 'kabul', x: 50, y: 50 }
			],
			box
		);
		expect(out.get('doghan-base')).toBe(0);
		expect(out.get('kabul')).toBe(26);
		expect(out.get('uthil')).toBe(52);
	});

	it('processes labels top to bottom, pushing each below the ones already placed', () => {
		const out = declutter(
			[
				{ id: 'a', x: 0, y: 0 },
				{ id: 'b', x: 20, y: 26 },
				{ id: 'c', x: 10, y: 10 }
			],
			box
		);
		expect(out.get('a')).toBe(0);
		// c (y=10) collides with a and moves to y=26; b (y=26) then collides with c and moves to y=52.
		expect(out.get('c')).toBe(16);
		expect(out.get('b')).toBe(26);
	});
});

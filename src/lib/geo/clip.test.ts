import { describe, expect, it } from 'vitest';
import { clipSegment, splitByBoxes, type Box } from './clip';

const box: Box = [0, 0, 10, 10];

describe('clipSegment', () => {
	it('returns the part of a segment inside the box', () => {
		expect(clipSegment([-10, 5], [10, 5], box)).toEqual([0.5, 1]);
		expect(clipSegment([2, 2], [4, 4], box)).toEqual([0, 1]);
		expect(clipSegment([20, 20], [30, 30], box)).toBeNull();
	});
});

describe('splitByBoxes', () => {
	it('cuts a line crossing a box into outside, inside and outside runs', () => {
		const { inside, outside } = splitByBoxes(
			[
				[-10, 5],
				[20, 5]
			],
			[box]
		);
		expect(inside).toEqual([
			[
				[0, 5],
				[10, 5]
			]
		]);
		expect(outside).toEqual([
			[
				[-10, 5],
				[0, 5]
			],
			[
				[10, 5],
				[20, 5]
			]
		]);
	});

	it('keeps a line wholly inside or outside in one run', () => {
		expect(
			splitByBoxes(
				[
					[1, 1],
					[2, 2],
					[3, 1]
				],
				[box]
			)
		).toEqual({
			inside: [
				[
					[1, 1],
					[2, 2],
					[3, 1]
				]
			],
			outside: []
		});
		expect(
			splitByBoxes(
				[
					[20, 1],
					[30, 2]
				],
				[box]
			)
		).toEqual({
			inside: [],
			outside: [
				[
					[20, 1],
					[30, 2]
				]
			]
		});
	});

	it('handles several boxes and lines that enter and leave', () => {
		const other: Box = [20, 0, 30, 10];
		const { inside, outside } = splitByBoxes(
			[
				[5, 5],
				[15, 5],
				[25, 5]
			],
			[box, other]
		);
		expect(inside).toEqual([
			[
				[5, 5],
				[10, 5]
			],
			[
				[20, 5],
				[25, 5]
			]
		]);
		expect(outside).toEqual([
			[
				[10, 5],
				[15, 5],
				[20, 5]
			]
		]);
	});
});

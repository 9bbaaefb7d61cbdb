/**
 * The order the browser test files start in. The suite is CPU-bound on two cores, and a long file
 * that starts last runs on alone while the other core idles. Vitest starts the files that took
 * longest in its last run first, but a fresh clone (CI) has no such record and starts the largest
 * files; the files known to be slowest then go first, longest first, and the rest as Vitest has it.
 */
import { BaseSequencer, type TestSpecification } from 'vitest/node';

/** The slowest browser files, slowest first (seconds in a full run on two cores, 2026-12-07). */
export const SLOWEST = [
	'tests/layout.test.ts', // 190
	'tests/story.test.ts', // 145
	'tests/keyboard.test.ts', // 135
	'tests/a11y.test.ts', // 115
	'tests/maps.test.ts', // 110
	'tests/kiosk-soak.test.ts', // 110
	'tests/embed-fixed.test.ts', // 100
	'tests/kiosk.test.ts', // 100
	'tests/stories.test.ts', // 65
	'tests/kiosk-offline.test.ts', // 55
	'tests/embed.test.ts' // 55
];

export class SlowestFirst extends BaseSequencer {
	override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
		const vitestOrder = await super.sort(files);
		const rank = (spec: TestSpecification) => {
			const i = SLOWEST.findIndex((file) => spec.moduleId.endsWith(file));
			return i === -1 ? SLOWEST.length : i;
		};
		const group = (spec: TestSpecification) => spec.project.config.sequence.groupOrder;
		// Stable: ties keep Vitest's order.
		return vitestOrder
			.map((spec, i) => ({ spec, i }))
			.sort((a, b) => group(a.spec) - group(b.spec) || rank(a.spec) - rank(b.spec) || a.i - b.i)
			.map(({ spec }) => spec);
	}
}

// Runs every test (unit and browser) and ends with the plain "N passed, N failed" line CI reads.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';

mkdirSync('tests/.output', { recursive: true });
const out = 'tests/.output/results.json';
const run = spawnSync(
	'npx',
	['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${out}`, ...process.argv.slice(2)],
	{ stdio: 'inherit' }
);

let passed = 0;
let failed = 0;
let skipped = 0;
try {
	const results = JSON.parse(readFileSync(out, 'utf8'));
	passed = results.numPassedTests;
	skipped = (results.numPendingTests ?? 0) + (results.numTodoTests ?? 0);
	failed = results.numFailedTests + (results.numRuntimeErrorTestSuites ?? 0);
	// A suite that failed to load counts as a failure even if it reported no test.
	for (const suite of results.testResults ?? []) {
		if (suite.status === 'failed' && (suite.assertionResults ?? []).length === 0) failed += 1;
	}
} catch (error) {
	console.error('Could not read the test results:', error);
	failed += 1;
}
console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(run.status === 0 && failed === 0 && passed > 0 ? 0 : 1);

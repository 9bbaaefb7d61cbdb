// Runs every check and test (the site already built: `npm test` builds it first) and ends with
// the plain "N passed, N failed" line CI reads.
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';

/**
 * Runs an npm script with its output held back, so that two running at once do not interleave.
 * @param {string} script
 * @returns {Promise<{ script: string, code: number | null, output: string }>}
 */
function quietly(script) {
	return new Promise((resolve) => {
		const child = spawn('npm', ['run', '--silent', script], { stdio: ['ignore', 'pipe', 'pipe'] });
		let output = '';
		child.stdout.on('data', (d) => (output += d));
		child.stderr.on('data', (d) => (output += d));
		child.on('close', (code) => resolve({ script, code, output }));
	});
}

// The code's form and its types at once: each is single-threaded, and the machine has two cores.
const checks = await Promise.all([quietly('lint'), quietly('check')]);
for (const { script, code, output } of checks) {
	console.log(`\n> npm run ${script}: ${code === 0 ? 'passed' : 'FAILED'}`);
	if (code !== 0) console.log(output);
}
const failedChecks = checks.filter((c) => c.code !== 0).length;

mkdirSync('tests/.output', { recursive: true });
const out = 'tests/.output/results.json';
const run = spawnSync(
	'npx',
	['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${out}`, ...process.argv.slice(2)],
	{ stdio: 'inherit' }
);

let passed = 0;
let failed = failedChecks;
let skipped = 0;
try {
	const results = JSON.parse(readFileSync(out, 'utf8'));
	passed = results.numPassedTests;
	skipped = (results.numPendingTests ?? 0) + (results.numTodoTests ?? 0);
	failed += results.numFailedTests + (results.numRuntimeErrorTestSuites ?? 0);
	// A suite that failed to load counts as a failure even if it reported no test.
	for (const suite of results.testResults ?? []) {
		if (suite.status === 'failed' && (suite.assertionResults ?? []).length === 0) failed += 1;
	}
} catch (error) {
	console.error('Could not read the test results:', error);
	failed += 1;
}
if (failedChecks)
	console.log(
		`(${failedChecks} of the failures: ${checks
			.filter((c) => c.code !== 0)
			.map((c) => `npm run ${c.script}`)
			.join(', ')})`
	);
console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(run.status === 0 && failed === 0 && passed > 0 ? 0 : 1);

/**
 * `npm start`: builds the site, then serves the build on 127.0.0.1:4173 (SvelteKit's preview, as
 * `vite preview --strictPort` would) and ends with one line saying where the story, the kiosk and
 * an embed are. The build's own closing advice to run `npm run preview` is left out: this is it.
 */
import { spawn } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { stripVTControlCharacters } from 'node:util';
import { preview } from 'vite';

const HOST = '127.0.0.1';
const PORT = 4173;

/** Runs `npm run build`, passing its output on but for the line that says to run the preview. */
function build() {
	return new Promise((resolve, reject) => {
		const color = process.stdout.isTTY ? { FORCE_COLOR: '1' } : {};
		const child = spawn('npm', ['run', '--silent', 'build'], { stdio: ['inherit', 'pipe', 'inherit'], env: { ...process.env, ...color } });
		createInterface({ input: child.stdout }).on('line', (line) => {
			if (!/npm run preview.*to preview your production build/.test(stripVTControlCharacters(line))) console.log(line);
		});
		child.on('error', reject);
		child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`The build failed (exit code ${code}).`))));
	});
}

/** One embeddable chapter of the build, to name in the closing line. */
function anEmbed() {
	const dir = 'build/embed';
	const pages = existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.html') && f !== 'index.html') : [];
	const ids = pages.map((f) => f.slice(0, -'.html'.length));
	return ids.find((id) => id !== 'intro' && id !== 'timeline') ?? ids[0] ?? '';
}

try {
	await build();
	await preview({ logLevel: 'warn', preview: { host: HOST, port: PORT, strictPort: true, open: false } });
	const base = `http://${HOST}:${PORT}`;
	const embed = anEmbed();
	console.log(
		`\nServing the story at ${base}/ · the kiosk at ${base}/kiosk${embed ? ` · an embed at ${base}/embed/${embed}` : ''} (Ctrl+C stops)`
	);
} catch (error) {
	console.error(error instanceof Error ? error.message : error);
	process.exit(1);
}

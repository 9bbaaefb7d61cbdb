/**
 * `npm run new-story -- <id>`: writes a starter story (two chapters, two places) to
 * src/content/<id>/ and lists it in src/content/site.yaml, so that `npm run dev` shows it at
 * /stories/<id>/ at once. See "Make your own story" in the README.
 */
import { resolve } from 'node:path';
import { writeStarter } from './starter';

const id = process.argv[2];
if (!id) {
	console.error('Usage: npm run new-story -- <id>   (lower-case words joined by hyphens)');
	process.exit(1);
}
try {
	const files = writeStarter(resolve(import.meta.dirname, '../src/content'), id);
	console.log(`Wrote ${files.length} files to src/content/${id}/ and listed it in src/content/site.yaml.`);
	console.log(`Preview: npm run dev, then open /stories/${id}/ (or npm start after a build).`);
} catch (e) {
	console.error(`new-story: ${(e as Error).message}`);
	process.exit(1);
}

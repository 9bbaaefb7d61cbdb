// The page static hosts serve for a missing address (build/404.html): plain HTML, no script.
// Its links and assets are written from the site's root, not relative: it answers at any depth
// (see src/hooks.server.ts).
import { storyMeta } from '$content';
import type { PageServerLoad } from './$types';

export const csr = false;

export const load: PageServerLoad = () => ({ title: storyMeta.title, labels: storyMeta.navLabels });

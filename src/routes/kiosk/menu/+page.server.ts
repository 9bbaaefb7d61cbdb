import { staticMapFile } from '$lib/story/model';
import { siteConfig, stories } from '$lib/story/stories';
import type { PageServerLoad } from './$types';

/** The site's stories, for a kiosk that offers them all. */
export const load: PageServerLoad = () => ({
	title: siteConfig.title,
	stories: stories.map(({ story }) => ({
		prefix: story.prefix,
		title: story.meta.title,
		subtitle: story.meta.subtitle,
		map: staticMapFile(story.overview.id),
		chapters: story.chapters.length
	}))
});

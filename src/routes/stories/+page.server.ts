import { staticMapFile } from '$lib/story/model';
import { siteConfig, stories } from '$lib/story/stories';
import type { PageServerLoad } from './$types';

/** The index of the site's stories. */
export const load: PageServerLoad = () => ({
	title: siteConfig.title,
	description: siteConfig.description,
	stories: stories.map(({ story }) => ({
		prefix: story.prefix,
		title: story.meta.title,
		subtitle: story.meta.subtitle,
		standfirst: story.meta.standfirst,
		language: story.meta.language,
		map: staticMapFile(story.overview.id),
		published: story.meta.published,
		chapters: story.chapters.map((c) => c.nav)
	}))
});

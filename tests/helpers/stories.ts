/**
 * The site's stories as the browser tests know them: built by `npm run geo` from the story folders
 * (src/content/<story>/), the same data the pages are built from. Tests pick what they need by
 * its properties (a chapter with an approximate area, a place drawn as a circle…) rather than
 * naming a story's ids, so that they hold for any story.
 */
import { stories } from '$lib/story/stories';
import type { Place, Story, StoryChapter } from '$lib/story/model';

export { stories };
/** The first story: served at the root. */
export const story: Story = stories[0]!.story;
/** Every story, with its pages' path prefix ('' or 'stories/<id>/'). */
export const allStories: readonly Story[] = stories.map((s) => s.story);
/** The other stories, under /stories/<id>/. */
export const otherStories: readonly Story[] = allStories.slice(1);

/** A story's path: '/' + prefix + path ('/', '/stories/<id>', '/stories/<id>/places/<place>'). */
export const storyPath = (s: Pick<Story, 'prefix'>, path = ''): string =>
	path ? `/${s.prefix}${path}` : `/${s.prefix}`.replace(/(.)\/$/, '$1');

/** The first chapter of a story that passes the test; throws, naming the test, when none does. */
export function chapterWhere(s: Story, what: string, test: (c: StoryChapter, places: Place[]) => boolean): StoryChapter {
	const found = s.chapters.find((c) => test(c, c.places.map((id) => s.places.get(id)!).filter(Boolean)));
	if (!found) throw new Error(`story "${s.id}" has no chapter with ${what}`);
	return found;
}

/** The first place of a story that passes the test. */
export function placeWhere(s: Story, what: string, test: (p: Place) => boolean): Place {
	const found = [...s.places.values()].find(test);
	if (!found) throw new Error(`story "${s.id}" has no place that is ${what}`);
	return found;
}

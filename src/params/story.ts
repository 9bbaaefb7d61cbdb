// The stories' route parameter: '' for the first story of src/content/site.yaml, 'stories/<id>' for
// the others (src/lib/story/prefix.ts). Anything else is not a story's page.
import type { ParamMatcher } from '@sveltejs/kit';
import site from '$lib/generated/site.json';
import { storyAtParam } from '$lib/story/prefix';

export const match = ((param: string) => storyAtParam(param, site.stories) !== undefined) satisfies ParamMatcher;

import { createContext } from 'svelte';
import type { Story } from './model';

/** The story model, shared with every component of a page. */
export const [getStory, setStory] = createContext<Story>();

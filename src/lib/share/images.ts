/**
 * Where the share cards are: 1200×630 PNGs that the geo build renders from the static maps
 * (geo/share-cards.ts), one for the story, one per chapter and one per place. Pure.
 */
export const SHARE_IMAGE = { width: 1200, height: 630 } as const;

/** The key of the story's own card: the overview's map with the story's title. */
export const STORY_CARD = 'story';

/** The card's path under the site's base path: `data/share/<chapter-id>.png`, `data/share/place-<place-id>.png`. */
export const shareImageFile = (key: string) => `data/share/${key}.png`;
export const chapterCardKey = (chapterId: string) => chapterId;
export const placeCardKey = (placeId: string) => `place-${placeId}`;

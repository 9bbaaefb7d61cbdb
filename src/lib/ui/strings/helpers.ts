/**
 * Small helpers of the interface's templated words: no imports, since the geo build loads the
 * words through the date helpers.
 */

/** The first letter in upper case: a document's kind at the head of a label ("Report: …"). */
export const capitalised = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);

/** "a", "a and b", "a, b and c". */
export const listed = (items: readonly string[]) =>
	items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;

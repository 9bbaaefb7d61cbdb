/** A computed-figure placeholder in a story's text: `{{figure-id}}`, replaced with the geo build's figure. */
export const FIGURE_PLACEHOLDER = /\{\{\s*([a-z0-9-]+)\s*\}\}/g;

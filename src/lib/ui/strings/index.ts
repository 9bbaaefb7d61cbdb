/**
 * Every word of the viewer's own interface (buttons, headings, hints, labels), in one place, ready
 * for translation: a story's words live in its folder (src/content/<story>/), these are the
 * viewer's. Components import them all as one namespace (`import * as ui from '$lib/ui/strings'`:
 * `ui.kiosk.hint`); each area is a file of this folder, so that a page's bundle carries only the
 * words of the parts it has (the first page's JavaScript has a byte budget). A translation is a
 * copy of this folder. Templated strings are functions of their values; where a sentence wraps a
 * link or a citation, its parts before and after are separate keys. `kind` is the kind of document
 * a story is told from, in a word ("report": the story's `sourceDocument.kind`).
 */
export * from './page';
export * from './map';
export * from './place-page';
export * from './sources';
export * from './timeline';
export * from './embed';
export * from './kiosk';
export * from './site';
export * from './error';

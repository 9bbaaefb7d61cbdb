/**
 * The types of a story's content, for the code that renders it (components, the model): types
 * only, so that nothing of the schemas' validation (zod) reaches a browser bundle.
 */
export type { Chapter, Paragraph, PlaceStory, StoryContent } from './load';
export type {
	Camera,
	Fact,
	Operation,
	Overlap,
	Quote,
	RouteStory,
	RoutesConfig,
	Source,
	SourceNote,
	StoryMeta,
	Strength,
	Timeline
} from './schema';

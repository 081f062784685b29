// The commands that use the store, as one module main.ts loads on first use: one lazy entry
// instead of one per command keeps the code they share with `read` in few chunks, so a plain
// `read` loads as few files as it did before they existed.
export { feeds } from './feeds.js';
export { news } from './news.js';
export { newsInteractively } from './news-interactive.js';
export { save } from './save.js';
export { search } from './search.js';
export { markStory, storyByNumber, storyBySlug, storySource, type FoundStory } from './stories.js';
export { pathsFor, warn } from './context.js';
export { readOnScreen, screenFormat, VIEW_ENDS } from './reader.js';
export { libraryEntries } from '../store/library.js';
export { knownStoreHome, storePaths, type StorePaths } from '../store/home.js';

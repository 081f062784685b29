// The commands that use the store, as one module main.ts loads on first use: one lazy entry
// instead of one per command keeps the code they share with `read` in few chunks, so a plain
// `read` loads as few files as it did before they existed.
export { news } from './news.js';
export { save } from './save.js';
export { markStory, storyByNumber, storyBySlug, storySource, type FoundStory } from './stories.js';
export { pathsFor, warn } from './context.js';
export { readOnScreen, screenFormat, VIEW_ENDS } from './reader.js';
export { libraryEntries } from '../store/library.js';
export { knownStoreHome, storePaths, type StorePaths } from '../store/home.js';

// Commands that bring a large library load when run: feeds and news -i bring feedsmith (400 KB)
// and its entity tables, search the entity tables. Exported statically, they would put them in
// the chunk every store command loads (`news --offline`, `read N`), as `news` itself loads its
// fetching only when it fetches.
/** `kara-news feeds`, loaded when run. */
export const feeds: typeof import('./feeds.js').feeds = async (...args) => (await import('./feeds.js')).feeds(...args);
/** `kara-news search`, loaded when run. */
export const search: typeof import('./search.js').search = async (...args) => (await import('./search.js')).search(...args);
/** `kara-news news -i`, loaded when run. */
export const newsInteractively: typeof import('./news-interactive.js').newsInteractively = async (...args) => (await import('./news-interactive.js')).newsInteractively(...args);

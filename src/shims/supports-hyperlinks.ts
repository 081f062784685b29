// Stands in for supports-hyperlinks inside marked-terminal. kara-news renders links itself
// (render/styled.ts overrides `link`), so marked-terminal never asks; the real module would
// probe process.stdout and the environment at load time, outside the one output decision.

/** Reports no hyperlink support. */
const supportsHyperlinks = { stdout: false, stderr: false };
export default supportsHyperlinks;

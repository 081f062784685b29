// Stands in for ansi-escapes inside marked-terminal, which uses it only for terminal hyperlinks;
// kara-news renders links itself (render/styled.ts overrides `link`).

/** Leaves link text as it is. */
const ansiEscapes = { link: (text: string, _url: string): string => text };
export default ansiEscapes;

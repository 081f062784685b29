// The parts of wink-eng-lite-web-model that src/quotes/model.ts uses as they are (the package
// ships no types for its files): functions and tables wink-nlp calls, passed through untouched.
declare module 'wink-eng-lite-web-model/dist/*.js' {
  const part: unknown;
  export default part;
}

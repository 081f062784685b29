// The result of the quote analysis, shared by the stages that select and render it.

/** How a statement is reported. */
export type QuoteKind = 'direct' | 'mixed' | 'reported';

/** One statement: who said what, how, and where it stands. */
export interface Quote {
  /** The fullest name the article gives the speaker, or the phrase it uses for an unnamed one. */
  readonly speaker: string;
  readonly role: string | null;
  /** The reporting word (said, stated, according to…), or null for a quote that continues a speaker's words. */
  readonly cue: string | null;
  readonly kind: QuoteKind;
  /** The content as written, without speaker and cue; direct quotes without their outer marks. */
  readonly text: string;
  /** The quoted spans: inside reported speech (mixed), or the parts of a direct quote. */
  readonly fragments: readonly string[];
  readonly section: number | null;
  readonly paragraph: number;
}

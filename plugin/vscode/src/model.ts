// The shapes the server sends (plugin/lsp/summary_features.cpp, entity_features.cpp). Plain data:
// the pure modules (render, format, selection) take these and nothing from `vscode`.

export interface Position {
  line: number;
  character: number;
}

export interface Range {
  start: Position;
  end: Position;
}

export interface Span {
  text: string;
  range: Range;
}

export type UiLanguage = 'ar' | 'en';

export interface SummaryLabels {
  headline: string;
  gist: string;
  gistHeadline: string;
  gistEmpty: string;
  facts: string;
  sections: string;
  entities: string;
  quotes: string;
  kinds: Record<string, string>;
  mentions: string;
  noSpeaker: string;
}

export interface SummaryFact extends Span {
  english: string;
}

export interface SummarySection {
  heading: Span;
  sentence: Span;
  inGist: boolean;
}

export interface SummaryEntity {
  name: string;
  english: string;
  mentions: number;
  range: Range;
}

export interface SummaryEntityGroup {
  kind: string;
  items: SummaryEntity[];
}

export interface SummaryQuote extends Span {
  speaker: { name: string; english: string } | null;
}

/** The result of `khulasa/summary`. */
export interface SummaryModel {
  uri: string;
  version: number;
  language: UiLanguage;
  labels: SummaryLabels;
  headline: Span | null;
  gistSource: string;
  gist: Span[];
  facts: SummaryFact[];
  sections: SummarySection[];
  entities: SummaryEntityGroup[];
  quotes: SummaryQuote[];
}

/** One item of `khulasa/facts`. */
export interface KeyFact {
  text: string;
  range: Range;
  english: string;
}

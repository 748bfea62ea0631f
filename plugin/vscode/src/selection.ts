// "Summarize Selection": the server summarizes the selected text as a document of its own; its
// ranges are relative to the selection's start and are moved back into the document here.
import type { Position, Range, SummaryModel } from './model';

/** `p`, a position in a text that starts at `origin` of the document, as a document position. */
export function shiftPosition(p: Position, origin: Position): Position {
  return p.line === 0
    ? { line: origin.line, character: origin.character + p.character }
    : { line: origin.line + p.line, character: p.character };
}

export function shiftRange(r: Range, origin: Position): Range {
  return { start: shiftPosition(r.start, origin), end: shiftPosition(r.end, origin) };
}

/** The model of a selection's summary with every range in document coordinates and `uri` set. */
export function shiftModel(m: SummaryModel, origin: Position, uri: string): SummaryModel {
  const s = (r: Range) => shiftRange(r, origin);
  return {
    ...m,
    uri,
    headline: m.headline && { ...m.headline, range: s(m.headline.range) },
    gist: m.gist.map((g) => ({ ...g, range: s(g.range) })),
    facts: m.facts.map((f) => ({ ...f, range: s(f.range) })),
    sections: m.sections.map((b) => ({
      ...b,
      heading: { ...b.heading, range: s(b.heading.range) },
      sentence: { ...b.sentence, range: s(b.sentence.range) },
    })),
    entities: m.entities.map((g) => ({
      ...g,
      items: g.items.map((e) => ({ ...e, range: s(e.range) })),
    })),
    quotes: m.quotes.map((q) => ({ ...q, range: s(q.range) })),
  };
}

// The summary as text: what "Copy Summary (Arabic / English / Markdown)" puts on the clipboard and
// what "Insert Summary at Cursor" inserts. Pure functions of the model; the labels come with it
// (the command asks the server for the model in the language it needs).
import { oneLine } from './bidi';
import type { SummaryModel } from './model';

const EN_KIND_TITLES: Record<string, string> = {
  person: 'People',
  organization: 'Organizations',
  location: 'Places',
  role: 'Roles',
};

function gistTitle(m: SummaryModel): string {
  return m.gistSource === 'headline' ? m.labels.gistHeadline : m.labels.gist;
}

/**
 * Plain text in the model's label language (ask for `lang: "ar"` to get the Arabic summary):
 * headline, gist, key facts, one line per section, entities with counts, quotes with speakers.
 */
export function formatPlain(m: SummaryModel): string {
  const l = m.labels;
  const colon = ':';
  const parts: string[] = [];
  if (m.headline) parts.push(oneLine(m.headline.text));
  parts.push(
    `${gistTitle(m)}${colon}\n${m.gist.length ? m.gist.map((g) => oneLine(g.text)).join(' ') : l.gistEmpty}`,
  );
  if (m.facts.length) {
    parts.push(`${l.facts}${colon}\n${m.facts.map((f) => `• ${oneLine(f.text)}`).join('\n')}`);
  }
  if (m.sections.length) {
    parts.push(
      `${l.sections}${colon}\n${m.sections
        .map((s) => `• ${oneLine(s.heading.text)}: ${oneLine(s.sentence.text)}`)
        .join('\n')}`,
    );
  }
  if (m.entities.length) {
    const lines = m.entities.map(
      (g) =>
        `${l.kinds[g.kind] ?? g.kind}: ${g.items.map((e) => `${e.name} (${e.mentions})`).join('، ')}`,
    );
    parts.push(`${l.entities}${colon}\n${lines.join('\n')}`);
  }
  if (m.quotes.length) {
    parts.push(
      `${l.quotes}${colon}\n${m.quotes
        .map((q) => `• ${oneLine(q.text)} — ${q.speaker ? q.speaker.name : l.noSpeaker}`)
        .join('\n')}`,
    );
  }
  return parts.join('\n\n') + '\n';
}

/**
 * The English digest: the key facts' English renderings, the entities under their English names,
 * who is quoted. The Arabic sentences have no translation, so the gist is left out.
 */
export function formatEnglish(m: SummaryModel): string {
  const parts: string[] = [];
  const facts = m.facts.filter((f) => f.english);
  if (facts.length) parts.push(`Key facts:\n${facts.map((f) => `- ${f.english}`).join('\n')}`);
  for (const g of m.entities) {
    const title = EN_KIND_TITLES[g.kind] ?? g.kind;
    parts.push(
      `${title}: ${g.items
        .map((e) => `${e.english || e.name} (${e.mentions} mention${e.mentions === 1 ? '' : 's'})`)
        .join('; ')}`,
    );
  }
  const quoted = m.quotes.map((q) => (q.speaker ? q.speaker.english || q.speaker.name : 'unattributed'));
  if (quoted.length) parts.push(`Quotes: ${quoted.length} (${[...new Set(quoted)].join('; ')})`);
  if (!parts.length) return 'No key facts or entities found.\n';
  return parts.join('\n\n') + '\n';
}

/** Markdown-escapes the characters that would start markup inside a line. */
export function escapeMarkdown(text: string): string {
  return text.replace(/([\\`*_[\]<>|#])/g, '\\$1');
}

/** The whole summary as Markdown, in the model's label language. */
export function formatMarkdown(m: SummaryModel): string {
  const l = m.labels;
  const md = (t: string) => escapeMarkdown(oneLine(t));
  const out: string[] = [];
  if (m.headline) out.push(`# ${md(m.headline.text)}`);
  out.push(`## ${gistTitle(m)}`);
  out.push(m.gist.length ? m.gist.map((g) => md(g.text)).join(' ') : `*${l.gistEmpty}*`);
  if (m.facts.length) {
    out.push(`## ${l.facts}`);
    out.push(
      m.facts.map((f) => `- ${md(f.text)}${f.english ? ` — *${escapeMarkdown(f.english)}*` : ''}`).join('\n'),
    );
  }
  if (m.sections.length) {
    out.push(`## ${l.sections}`);
    out.push(m.sections.map((s) => `- **${md(s.heading.text)}**: ${md(s.sentence.text)}`).join('\n'));
  }
  if (m.entities.length) {
    out.push(`## ${l.entities}`);
    for (const g of m.entities) {
      out.push(`### ${l.kinds[g.kind] ?? g.kind} (${g.items.length})`);
      out.push(
        g.items
          .map((e) => {
            const english = e.english && e.english !== e.name ? ` — ${escapeMarkdown(e.english)}` : '';
            return `- ${md(e.name)}${english} (${e.mentions} ${l.mentions})`;
          })
          .join('\n'),
      );
    }
  }
  if (m.quotes.length) {
    out.push(`## ${l.quotes}`);
    out.push(
      m.quotes
        .map((q) => {
          const who = q.speaker
            ? `${md(q.speaker.name)}${q.speaker.english && q.speaker.english !== q.speaker.name ? ` (${escapeMarkdown(q.speaker.english)})` : ''}`
            : l.noSpeaker;
          return `> ${md(q.text)}\n>\n> — ${who}`;
        })
        .join('\n\n'),
    );
  }
  return out.join('\n\n') + '\n';
}

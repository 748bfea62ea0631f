// The summary panel's HTML, from the summary model: pure (no `vscode`), so the unit tests and the
// headless Chromium test render exactly what the panel shows.
//
// The page is right to left (`dir="rtl" lang="ar"`), Arabic fonts first; every Latin run is in a
// <bdi>; every span that comes from the document carries its range in `data-range`, and a click
// (or Enter) on it posts {type: "reveal", range} to the extension. The CSP allows only the nonce'd
// <style> and <script>.
import { randomBytes } from 'crypto';

import { englishHtml, escapeHtml, hasArabic, isolateHtml, oneLine } from './bidi';
import type { Range, Span, SummaryModel, UiLanguage } from './model';
import { strings } from './strings';

export interface PageOptions {
  /** The summary to show; undefined: the empty state. */
  model?: SummaryModel;
  /** A note above the summary (e.g. that it covers the selection only). */
  note?: string;
  ui: UiLanguage;
  nonce: string;
}

/** "l:c:l:c", what data-range holds. */
export function rangeAttr(r: Range): string {
  return `${r.start.line}:${r.start.character}:${r.end.line}:${r.end.character}`;
}

/** A label in the page's RTL flow: Arabic as is, anything else isolated. */
function label(text: string): string {
  return hasArabic(text) ? escapeHtml(text) : englishHtml(text);
}

/** A document span the reader can click to select it in the editor. */
function spanHtml(span: Span, cls: string, title: string, tag = 'span'): string {
  return (
    `<${tag} class="${cls} reveal" data-range="${rangeAttr(span.range)}" tabindex="0" ` +
    `role="link" title="${escapeHtml(title)}">${isolateHtml(oneLine(span.text))}</${tag}>`
  );
}

/** The summary's body (what goes inside <main>). */
export function renderBody(model: SummaryModel | undefined, ui: UiLanguage, note?: string): string {
  const s = strings(ui);
  if (!model) return `<p class="empty">${label(s.empty)}</p>`;
  const l = model.labels;
  const out: string[] = [];
  if (note) out.push(`<p class="note">${label(note)}</p>`);

  if (model.headline) {
    out.push(
      `<header class="headline-block"><div class="label">${label(l.headline)}</div>` +
        `<h1 class="headline">${spanHtml(model.headline, 'headline-text', s.revealTitle)}</h1></header>`,
    );
  }

  const gistTitle = model.gistSource === 'headline' ? l.gistHeadline : l.gist;
  out.push(`<section class="gist"><h2>${label(gistTitle)}</h2>`);
  if (model.gist.length === 0) {
    out.push(`<p class="empty">${label(l.gistEmpty)}</p>`);
  } else {
    out.push(
      `<p class="gist-text">${model.gist.map((g) => spanHtml(g, 'sentence', s.revealTitle)).join(' ')}</p>`,
    );
  }
  out.push('</section>');

  if (model.facts.length > 0) {
    out.push(`<section class="facts"><h2>${label(l.facts)}</h2><ol class="fact-list">`);
    for (const f of model.facts) {
      out.push(
        `<li class="fact">${spanHtml(f, 'fact-ar', s.revealTitle)}` +
          `<span class="fact-en">${f.english ? englishHtml(f.english) : ''}</span></li>`,
      );
    }
    out.push('</ol></section>');
  }

  if (model.sections.length > 0) {
    out.push(`<section class="sections"><h2>${label(l.sections)}</h2><ul class="section-list">`);
    for (const b of model.sections) {
      out.push(
        `<li class="section${b.inGist ? ' in-gist' : ''}">` +
          `${spanHtml(b.heading, 'section-heading', s.revealTitle, 'strong')}` +
          `<span class="sep">: </span>${spanHtml(b.sentence, 'section-sentence', s.revealTitle)}</li>`,
      );
    }
    out.push('</ul></section>');
  }

  if (model.entities.length > 0) {
    out.push(`<section class="entities"><h2>${label(l.entities)}</h2>`);
    for (const group of model.entities) {
      const kind = l.kinds[group.kind] ?? group.kind;
      out.push(
        `<div class="group" data-kind="${escapeHtml(group.kind)}"><h3>${label(kind)} ` +
          `<span class="count">(${group.items.length})</span></h3><ul class="entity-list">`,
      );
      for (const e of group.items) {
        const english =
          e.english && e.english !== e.name
            ? ` <span class="entity-en">${englishHtml(e.english)}</span>`
            : '';
        out.push(
          `<li class="entity">${spanHtml({ text: e.name, range: e.range }, 'entity-name', s.revealTitle)}` +
            `${english} <span class="mentions">${e.mentions} ${label(l.mentions)}</span></li>`,
        );
      }
      out.push('</ul></div>');
    }
    out.push('</section>');
  }

  if (model.quotes.length > 0) {
    out.push(`<section class="quotes"><h2>${label(l.quotes)}</h2><ul class="quote-list">`);
    for (const q of model.quotes) {
      let speaker: string;
      if (q.speaker) {
        const english =
          q.speaker.english && q.speaker.english !== q.speaker.name
            ? ` (${englishHtml(q.speaker.english)})`
            : '';
        speaker = `${isolateHtml(q.speaker.name)}${english}`;
      } else {
        speaker = `<span class="no-speaker">${label(l.noSpeaker)}</span>`;
      }
      out.push(
        `<li class="quote">${spanHtml(q, 'quote-text', s.revealTitle, 'blockquote')}` +
          `<div class="speaker">— ${speaker}</div></li>`,
      );
    }
    out.push('</ul></section>');
  }
  return out.join('');
}

const STYLE = `
:root { color-scheme: light dark; }
body {
  margin: 0;
  padding: 4px 14px 20px;
  font-family: "Noto Naskh Arabic", "Noto Sans Arabic", var(--vscode-font-family, system-ui, sans-serif);
  font-size: calc(var(--vscode-font-size, 13px) + 2px);
  line-height: 1.8;
  color: var(--vscode-foreground, #1f1f1f);
  background: var(--vscode-sideBar-background, transparent);
}
h1, h2, h3 { font-weight: 600; margin: 0.9em 0 0.3em; line-height: 1.5; }
h1 { font-size: 1.25em; }
h2 { font-size: 1.05em; color: var(--vscode-descriptionForeground, #616161);
     border-bottom: 1px solid var(--vscode-panel-border, rgba(128,128,128,0.35)); padding-bottom: 2px; }
h3 { font-size: 0.95em; }
.label, .count, .mentions, .speaker, .note, .empty, .fact-en, .entity-en {
  color: var(--vscode-descriptionForeground, #616161);
}
.label { font-size: 0.85em; }
.note { font-style: italic; }
.reveal { cursor: pointer; border-radius: 3px; }
.reveal:hover, .reveal:focus {
  background: var(--vscode-list-hoverBackground, rgba(128,128,128,0.18));
  outline: none;
}
.reveal:focus-visible { outline: 1px solid var(--vscode-focusBorder, #0078d4); }
.gist-text { margin: 0.2em 0; }
ol, ul { margin: 0.2em 0; padding-inline-start: 1.4em; }
.fact { display: grid; grid-template-columns: minmax(0, 3fr) minmax(0, 2fr); gap: 0.2em 0.9em;
        margin-bottom: 0.45em; }
.fact-en { font-size: 0.9em; border-inline-start: 2px solid var(--vscode-textBlockQuote-border, rgba(128,128,128,0.5));
           padding-inline-start: 0.5em; }
.section.in-gist .section-sentence { font-weight: 600; }
.entity-en { font-size: 0.9em; }
.mentions, .count { font-size: 0.85em; }
blockquote { margin: 0.2em 0; padding-inline-start: 0.6em;
             border-inline-start: 3px solid var(--vscode-textBlockQuote-border, rgba(128,128,128,0.5));
             background: var(--vscode-textBlockQuote-background, transparent); }
.speaker { font-size: 0.9em; margin-bottom: 0.5em; }
bdi[dir="ltr"] { unicode-bidi: isolate; }
`;

// Clicks and Enter on a span post its range; the scroll position survives the page's reloads.
const SCRIPT = `
(function () {
  const vscode = acquireVsCodeApi();
  function reveal(el) {
    const p = el.getAttribute('data-range').split(':').map(Number);
    vscode.postMessage({ type: 'reveal', range: { start: { line: p[0], character: p[1] },
                                                  end: { line: p[2], character: p[3] } } });
  }
  document.addEventListener('click', function (e) {
    const el = e.target.closest && e.target.closest('[data-range]');
    if (el) { e.preventDefault(); reveal(el); }
  });
  document.addEventListener('keydown', function (e) {
    const el = e.target.closest && e.target.closest('[data-range]');
    if (el && (e.key === 'Enter' || e.key === ' ')) { e.preventDefault(); reveal(el); }
  });
  const state = vscode.getState();
  if (state && typeof state.scrollY === 'number') window.scrollTo(0, state.scrollY);
  let pending = false;
  window.addEventListener('scroll', function () {
    if (pending) return;
    pending = true;
    setTimeout(function () { pending = false; vscode.setState({ scrollY: window.scrollY }); }, 200);
  });
})();
`;

/** The whole page of the webview. */
export function renderPage(o: PageOptions): string {
  const csp = [
    "default-src 'none'",
    `style-src 'nonce-${o.nonce}'`,
    `script-src 'nonce-${o.nonce}'`,
  ].join('; ');
  return `<!DOCTYPE html>
<html lang="ar" dir="rtl">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${escapeHtml(csp)}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(strings(o.ui).panelTitle)}</title>
<style nonce="${o.nonce}">${STYLE}</style>
</head>
<body class="ui-${o.ui}">
<main id="summary"${o.model ? ` data-uri="${escapeHtml(o.model.uri)}" data-version="${o.model.version}"` : ''}>${renderBody(o.model, o.ui, o.note)}</main>
<script nonce="${o.nonce}">${SCRIPT}</script>
</body>
</html>`;
}

/** A nonce for the CSP: 32 hexadecimal digits from the system's random source. */
export function makeNonce(): string {
  return randomBytes(16).toString('hex');
}

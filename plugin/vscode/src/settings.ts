// What the server is told: `initializationOptions` at start, `workspace/didChangeConfiguration`
// on every change. Highlights off is sent as `highlight.kinds: []`; the server then asks VS Code
// to pull the semantic tokens again (workspace/semanticTokens/refresh), so no restart is needed.
import type { UiLanguage } from './model';

export const ALL_KINDS = [
  'person',
  'organization',
  'location',
  'role',
  'money',
  'percent',
  'date',
  'number',
  'quote',
] as const;

export interface ClientSettings {
  language: UiLanguage;
  sentences: number;
  highlightEnabled: boolean;
  kinds: readonly string[];
}

export interface ServerSettings {
  khulasa: {
    ui: { language: UiLanguage };
    summary: { sentences: number };
    highlight: { kinds: string[] };
  };
}

/** The settings object in the shape plugin/lsp/settings.hpp reads; bad values are mended here. */
export function serverSettings(c: ClientSettings): ServerSettings {
  const known = new Set<string>(ALL_KINDS);
  const kinds = c.highlightEnabled ? [...new Set(c.kinds.filter((k) => known.has(k)))] : [];
  const n = Math.round(Number(c.sentences));
  return {
    khulasa: {
      ui: { language: c.language === 'en' ? 'en' : 'ar' },
      summary: { sentences: Number.isFinite(n) ? Math.min(20, Math.max(1, n)) : 3 },
      highlight: { kinds },
    },
  };
}

// Entity highlights on lines with Arabic (or other right-to-left) text, drawn as decorations.
//
// The server's semantic tokens pass through the language client's middleware here. Tokens on
// lines without right-to-left letters go on to VS Code as semantic tokens (coloured text, theme
// rules in package.json). Tokens on lines with right-to-left letters are taken out: colouring
// them would cut the line into bidi isolates that VS Code lays out left to right, reversing the
// order of the words. They are drawn instead as background decorations (one decoration type per
// kind, colours `khulasa.<kind>Background` contributed for light, dark and high-contrast themes).
// VS Code paints those in its overlay layer under the text, at the positions it measures in the
// rendered line, and leaves the line's text in one piece. Both follow the same tokens, so the
// kinds setting, the toggle (the server sends workspace/semanticTokens/refresh) and edits (VS Code
// asks for tokens again) update both without a restart.
import * as vscode from 'vscode';
import type { Middleware } from 'vscode-languageclient/node';

import { ALL_KINDS } from './settings';
import { applyTokenEdits, containsRtl, groupByKind, splitTokens, type Token } from './tokens';

/** The theme colour of a kind's background decoration (declared in package.json). */
export function colourId(kind: string): string {
  return `khulasa.${kind}Background`;
}

interface Base {
  resultId: string | undefined;
  data: Uint32Array;
}

export class RtlHighlights implements vscode.Disposable {
  private readonly types = new Map<string, vscode.TextEditorDecorationType>();
  /** Per document: the tokens drawn as decorations. */
  private readonly moved = new Map<string, Token[]>();
  /** Per document: the server's last full token data, to apply a delta answer to. */
  private readonly base = new Map<string, Base>();
  private readonly disposables: vscode.Disposable[] = [];

  /**
   * @param legend the server's token types, in legend order (undefined before it started)
   * @param kinds  the kinds to draw (empty when highlights are off)
   * @param full   asks the server for all the tokens of a document (through this middleware)
   */
  constructor(
    private readonly legend: () => readonly string[] | undefined,
    private readonly kinds: () => ReadonlySet<string>,
    private readonly full: (
      document: vscode.TextDocument,
      token: vscode.CancellationToken,
    ) => vscode.ProviderResult<vscode.SemanticTokens>,
  ) {
    for (const kind of ALL_KINDS) {
      this.types.set(
        kind,
        vscode.window.createTextEditorDecorationType({
          // Only overlay properties (background, border): `color`, `fontWeight` or
          // `textDecoration` would cut the line into pieces, as semantic tokens do.
          backgroundColor: new vscode.ThemeColor(colourId(kind)),
          borderRadius: '3px',
          rangeBehavior: vscode.DecorationRangeBehavior.ClosedClosed,
        }),
      );
    }
    this.disposables.push(
      vscode.window.onDidChangeVisibleTextEditors((editors) => {
        for (const e of editors) this.draw(e);
      }),
      vscode.workspace.onDidCloseTextDocument((doc) => {
        this.moved.delete(doc.uri.toString());
        this.base.delete(doc.uri.toString());
      }),
    );
  }

  /** The language client's middleware for semantic tokens. */
  readonly middleware: Middleware = {
    provideDocumentSemanticTokens: async (document, token, next) => {
      const result = await next(document, token);
      if (!result) return result;
      return this.take(document, result.resultId, result.data);
    },
    provideDocumentSemanticTokensEdits: async (document, previousResultId, token, next) => {
      const uri = document.uri.toString();
      const base = this.base.get(uri);
      if (!base || base.resultId !== previousResultId) return this.full(document, token);
      const result = await next(document, previousResultId, token);
      if (!result) return result;
      if ('data' in result && !('edits' in result)) {
        return this.take(document, result.resultId, (result as vscode.SemanticTokens).data);
      }
      const edits = (result as vscode.SemanticTokensEdits).edits;
      const data = applyTokenEdits(base.data, edits);
      // Edits against data this client does not have: ask for all the tokens instead (VS Code
      // accepts full tokens as the answer to a delta request).
      if (!data) return this.full(document, token);
      return this.take(document, result.resultId, data);
    },
  };

  /** Keeps the server's data, draws the tokens of right-to-left lines, returns the others. */
  private take(document: vscode.TextDocument, resultId: string | undefined, data: Uint32Array): vscode.SemanticTokens {
    const uri = document.uri.toString();
    this.base.set(uri, { resultId, data });
    const { kept, moved } = splitTokens(data, (line) => line < document.lineCount && containsRtl(document.lineAt(line).text));
    this.moved.set(uri, moved);
    for (const editor of vscode.window.visibleTextEditors) {
      if (editor.document.uri.toString() === uri) this.draw(editor);
    }
    return new vscode.SemanticTokens(kept, resultId);
  }

  /** Draws (or, highlights off, clears) the decorations of every visible editor. */
  redraw(): void {
    for (const editor of vscode.window.visibleTextEditors) this.draw(editor);
  }

  private draw(editor: vscode.TextEditor): void {
    const tokens = this.moved.get(editor.document.uri.toString()) ?? [];
    const legend = this.legend() ?? [];
    const groups = groupByKind(tokens, legend, this.kinds());
    for (const [kind, type] of this.types) {
      const ranges = (groups.get(kind) ?? []).map((t) => new vscode.Range(t.line, t.char, t.line, t.char + t.length));
      editor.setDecorations(type, ranges);
    }
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
    for (const t of this.types.values()) t.dispose();
    this.types.clear();
    this.moved.clear();
    this.base.clear();
  }
}

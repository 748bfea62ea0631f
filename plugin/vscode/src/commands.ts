// The "Khulasa" commands. Each asks the server (the analysis is there) and shows the answer; only
// "Insert Summary at Cursor" edits the buffer, in one undoable edit.
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';

import { isolatePlain, message, oneLine } from './bidi';
import { debounce } from './debounce';
import { formatEnglish, formatMarkdown, formatPlain } from './format';
import type { KeyFact, Range, SummaryModel, UiLanguage } from './model';
import type { SummaryPanel } from './panel';
import { shiftModel } from './selection';
import { strings } from './strings';

export const LANGUAGES = ['plaintext', 'markdown'];

export function isArticle(doc: vscode.TextDocument | undefined): doc is vscode.TextDocument {
  return doc !== undefined && LANGUAGES.includes(doc.languageId);
}

function toRange(r: Range): vscode.Range {
  return new vscode.Range(r.start.line, r.start.character, r.end.line, r.end.character);
}

export class Commands implements vscode.Disposable {
  /** What the panel shows: a whole article (refreshed on edits) or a selection (not refreshed). */
  private shown: { uri: string; mode: 'article' | 'selection' } | undefined;
  private selectionDocs = 0;
  private readonly disposables: vscode.Disposable[] = [];
  private readonly refreshSoon = debounce(
    (uri: string) => void this.refreshPanel(uri),
    () => vscode.workspace.getConfiguration('khulasa').get<number>('panel.debounceMs', 700),
  );

  constructor(
    private readonly client: LanguageClient,
    private readonly panel: SummaryPanel,
    private readonly ui: () => UiLanguage,
  ) {
    this.disposables.push(
      vscode.workspace.onDidChangeTextDocument((e) => {
        const uri = e.document.uri.toString();
        if (this.shown?.mode === 'article' && this.shown.uri === uri && e.contentChanges.length) {
          this.refreshSoon(uri);
        }
      }),
      vscode.window.onDidChangeActiveTextEditor((editor) => {
        const doc = editor?.document;
        if (isArticle(doc) && this.panel.visible && this.shown?.uri !== doc.uri.toString()) {
          this.refreshSoon(doc.uri.toString());
        }
      }),
      { dispose: () => this.refreshSoon.cancel() },
    );
  }

  register(context: vscode.ExtensionContext): void {
    const reg = (id: string, fn: (...args: any[]) => Promise<unknown>) =>
      context.subscriptions.push(
        vscode.commands.registerCommand(id, async (...args: any[]) => {
          try {
            await fn(...args);
          } catch (e) {
            const text = e instanceof Error ? e.message : String(e);
            void vscode.window.showErrorMessage(message(text));
          }
        }),
      );
    reg('khulasa.summarize', (arg?: string | vscode.Uri) => this.summarize(arg));
    reg('khulasa.summarizeSelection', () => this.summarizeSelection());
    reg('khulasa.showKeyFacts', () => this.showKeyFacts());
    reg('khulasa.toggleHighlights', () => this.toggleHighlights());
    reg('khulasa.copySummaryArabic', () => this.copy('ar'));
    reg('khulasa.copySummaryEnglish', () => this.copy('en'));
    reg('khulasa.copySummaryMarkdown', () => this.copy('markdown'));
    reg('khulasa.insertSummary', () => this.insertSummary());
  }

  // -------------------------------------------------------------------------------------------

  private async documentFor(arg?: string | vscode.Uri): Promise<vscode.TextDocument> {
    if (arg) {
      const uri = typeof arg === 'string' ? vscode.Uri.parse(arg) : arg;
      const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
      return open ?? vscode.workspace.openTextDocument(uri);
    }
    const doc = vscode.window.activeTextEditor?.document;
    if (!isArticle(doc)) throw new Error(strings(this.ui()).noEditor);
    return doc;
  }

  private summary(doc: vscode.TextDocument, lang?: UiLanguage): Promise<SummaryModel> {
    return this.client.sendRequest<SummaryModel>('khulasa/summary', {
      textDocument: { uri: doc.uri.toString() },
      lang: lang ?? this.ui(),
    });
  }

  /** Khulasa: Summarize Article — also the headline's code lens (argument: the document URI). */
  async summarize(arg?: string | vscode.Uri): Promise<void> {
    const doc = await this.documentFor(arg);
    const model = await this.summary(doc);
    this.shown = { uri: model.uri, mode: 'article' };
    this.panel.show(model);
    await this.panel.reveal();
  }

  /**
   * Khulasa: Summarize Selection — the selected text summarized as an article of its own (its
   * sentences ranked among themselves), shown in the panel with ranges in the document.
   */
  async summarizeSelection(): Promise<void> {
    const editor = vscode.window.activeTextEditor;
    if (!editor || !isArticle(editor.document)) throw new Error(strings(this.ui()).noEditor);
    const selection = editor.selection;
    if (selection.isEmpty) throw new Error(strings(this.ui()).noSelection);
    const uri = `khulasa-selection:/${++this.selectionDocs}`;
    await this.client.sendNotification('textDocument/didOpen', {
      textDocument: {
        uri,
        languageId: editor.document.languageId,
        version: 1,
        text: editor.document.getText(selection),
      },
    });
    let model: SummaryModel;
    try {
      model = await this.client.sendRequest<SummaryModel>('khulasa/summary', {
        textDocument: { uri },
        lang: this.ui(),
      });
    } finally {
      await this.client.sendNotification('textDocument/didClose', { textDocument: { uri } });
    }
    const shifted = shiftModel(model, selection.start, editor.document.uri.toString());
    this.shown = { uri: shifted.uri, mode: 'selection' };
    this.panel.show(shifted, strings(this.ui()).selection);
    await this.panel.reveal();
  }

  /** Khulasa: Show Key Facts — a quick pick; the picked fact's sentence is selected. */
  async showKeyFacts(): Promise<void> {
    const doc = await this.documentFor();
    const { facts } = await this.client.sendRequest<{ facts: KeyFact[] }>('khulasa/facts', {
      textDocument: { uri: doc.uri.toString() },
    });
    if (!facts.length) {
      void vscode.window.showInformationMessage(message(strings(this.ui()).noFacts));
      return;
    }
    const picked = await vscode.window.showQuickPick(
      facts.map((f) => ({
        label: isolatePlain(oneLine(f.text)),
        description: f.english,
        fact: f,
      })),
      { placeHolder: strings(this.ui()).factsPlaceholder, matchOnDescription: true },
    );
    if (picked) await this.reveal(doc.uri.toString(), picked.fact.range);
  }

  /** Khulasa: Toggle Entity Highlights — flips khulasa.highlight.enabled (the server is told). */
  async toggleHighlights(): Promise<void> {
    const config = vscode.workspace.getConfiguration('khulasa');
    const enabled = !config.get<boolean>('highlight.enabled', true);
    await config.update('highlight.enabled', enabled, vscode.ConfigurationTarget.Global);
    const s = strings(this.ui());
    vscode.window.setStatusBarMessage(message(enabled ? s.highlightsOn : s.highlightsOff), 4000);
  }

  /** Khulasa: Copy Summary (Arabic / English / Markdown). */
  async copy(format: 'ar' | 'en' | 'markdown'): Promise<void> {
    const doc = await this.documentFor();
    const lang: UiLanguage = format === 'markdown' ? this.ui() : format;
    const model = await this.summary(doc, lang);
    const text =
      format === 'markdown' ? formatMarkdown(model) : format === 'en' ? formatEnglish(model) : formatPlain(model);
    await vscode.env.clipboard.writeText(text);
    vscode.window.setStatusBarMessage(message(strings(this.ui()).copied), 4000);
  }

  /** Khulasa: Insert Summary at Cursor — Markdown in Markdown documents, plain text elsewhere. */
  async insertSummary(): Promise<void> {
    const editor = vscode.window.activeTextEditor;
    if (!editor || !isArticle(editor.document)) throw new Error(strings(this.ui()).noEditor);
    const model = await this.summary(editor.document);
    const text = editor.document.languageId === 'markdown' ? formatMarkdown(model) : formatPlain(model);
    const eol = editor.document.eol === vscode.EndOfLine.CRLF ? '\r\n' : '\n';
    const at = editor.selection.active;
    const ok = await editor.edit((b) => b.insert(at, text.replace(/\n/g, eol)), {
      undoStopBefore: true,
      undoStopAfter: true,
    });
    if (!ok) return;
    // The cursor ends after the insertion (an insertion at the cursor pushes it); show it.
    editor.revealRange(new vscode.Range(editor.selection.active, editor.selection.active));
    vscode.window.setStatusBarMessage(message(strings(this.ui()).inserted), 4000);
  }

  /** Selects `range` of the document `uri` in an editor (the panel's clicks come here). */
  async reveal(uri: string, range: Range): Promise<void> {
    const target = toRange(range);
    const visible = vscode.window.visibleTextEditors.find((e) => e.document.uri.toString() === uri);
    const doc = visible?.document ?? (await vscode.workspace.openTextDocument(vscode.Uri.parse(uri)));
    const editor = await vscode.window.showTextDocument(doc, {
      viewColumn: visible?.viewColumn,
      preserveFocus: false,
    });
    editor.selection = new vscode.Selection(target.start, target.end);
    editor.revealRange(target, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  }

  /** The panel's summary again, after an edit, an editor switch or a change of UI language. */
  async refreshPanel(uri?: string): Promise<void> {
    const target = uri ?? this.shown?.uri;
    if (!target) return;
    if (!uri && this.shown?.mode === 'selection') {
      this.panel.refresh();
      return;
    }
    const doc = vscode.workspace.textDocuments.find((d) => d.uri.toString() === target);
    if (!isArticle(doc) || doc.isClosed) return;
    try {
      const model = await this.summary(doc);
      this.shown = { uri: model.uri, mode: 'article' };
      this.panel.show(model);
    } catch {
      // The document may have closed meanwhile; the panel keeps what it shows.
    }
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}

// The summary side panel: a webview view in the Khulasa activity-bar container. It keeps the last
// model, because VS Code resolves a webview view lazily (when it is first shown): a summary shown
// before that is rendered then.
import * as vscode from 'vscode';

import type { Range, SummaryModel, UiLanguage } from './model';
import { makeNonce, renderPage } from './render';

export const VIEW_ID = 'khulasa.summaryView';

export class SummaryPanel implements vscode.WebviewViewProvider, vscode.Disposable {
  private view: vscode.WebviewView | undefined;
  private model: SummaryModel | undefined;
  private note: string | undefined;
  private readonly disposables: vscode.Disposable[] = [];

  constructor(
    private readonly ui: () => UiLanguage,
    private readonly onReveal: (uri: string, range: Range) => void,
  ) {}

  /** The model on show (undefined before the first summary). */
  get current(): { model: SummaryModel; note?: string } | undefined {
    return this.model && { model: this.model, note: this.note };
  }

  get visible(): boolean {
    return this.view?.visible ?? false;
  }

  resolveWebviewView(view: vscode.WebviewView): void {
    this.view = view;
    view.webview.options = {
      enableScripts: true,
      localResourceRoots: [],
    };
    view.webview.onDidReceiveMessage(
      (msg: { type?: string; range?: Range }) => {
        if (msg?.type === 'reveal' && msg.range && this.model) this.onReveal(this.model.uri, msg.range);
      },
      undefined,
      this.disposables,
    );
    view.onDidDispose(() => {
      if (this.view === view) this.view = undefined;
    });
    this.render();
  }

  /** Shows `model` (now if the view exists, else when it is resolved). */
  show(model: SummaryModel, note?: string): void {
    this.model = model;
    this.note = note;
    this.render();
  }

  /** Re-renders the last model (after a change of the UI language). */
  refresh(): void {
    this.render();
  }

  /** Opens the panel (resolving it if needed). */
  async reveal(): Promise<void> {
    if (this.view) {
      this.view.show(true);
    } else {
      await vscode.commands.executeCommand(`${VIEW_ID}.focus`);
    }
  }

  private render(): void {
    if (!this.view) return;
    this.view.webview.html = renderPage({
      model: this.model,
      note: this.note,
      ui: this.ui(),
      nonce: makeNonce(),
    });
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}

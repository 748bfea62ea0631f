// Activation: starts khulasa-lsp through vscode-languageclient for plain-text and Markdown
// documents (hover cards, semantic-token highlights, outline, folding, the headline's code lens
// come from the server as they are), registers the commands and the summary panel.
import * as fs from 'fs';
import * as vscode from 'vscode';
import {
  CodeLensRequest,
  DidChangeConfigurationNotification,
  LanguageClient,
  SemanticTokensRegistrationType,
  type LanguageClientOptions,
  type ServerOptions,
} from 'vscode-languageclient/node';

import { isolatePlain } from './bidi';
import { Commands, LANGUAGES } from './commands';
import type { UiLanguage } from './model';
import { RtlHighlights } from './highlights';
import { SummaryPanel, VIEW_ID } from './panel';
import { ALL_KINDS, serverSettings } from './settings';

let client: LanguageClient | undefined;

function config(): vscode.WorkspaceConfiguration {
  return vscode.workspace.getConfiguration('khulasa');
}

function uiLanguage(): UiLanguage {
  return config().get<string>('ui.language') === 'en' ? 'en' : 'ar';
}

function currentSettings() {
  const c = config();
  return serverSettings({
    language: uiLanguage(),
    sentences: c.get<number>('summary.sentences', 3),
    highlightEnabled: c.get<boolean>('highlight.enabled', true),
    kinds: c.get<string[]>('highlight.kinds', [...ALL_KINDS]),
  });
}

/** khulasa.serverPath, else the binary bundled in the extension (server/khulasa-lsp). */
function serverPath(context: vscode.ExtensionContext): string {
  const configured = config().get<string>('serverPath', '').trim();
  if (configured) return configured;
  const bundled = context.asAbsolutePath('server/khulasa-lsp');
  try {
    // A .vsix does not always keep the executable bit.
    fs.accessSync(bundled, fs.constants.X_OK);
  } catch {
    try {
      fs.chmodSync(bundled, 0o755);
    } catch {
      // Reported when the client fails to start.
    }
  }
  return bundled;
}

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const log = vscode.window.createOutputChannel('Khulasa');
  context.subscriptions.push(log);
  const command = serverPath(context);
  // Highlights on lines with Arabic text: decorations, not semantic tokens (see highlights.ts).
  const rtl = new RtlHighlights(
    () => client?.initializeResult?.capabilities.semanticTokensProvider?.legend.tokenTypes,
    () => new Set(currentSettings().khulasa.highlight.kinds),
    (document, token) =>
      client?.getFeature(SemanticTokensRegistrationType.method).getProvider(document)?.full?.provideDocumentSemanticTokens(document, token),
  );
  context.subscriptions.push(rtl);
  const serverOptions: ServerOptions = { command, args: ['--log-level', 'info'] };
  const clientOptions: LanguageClientOptions = {
    documentSelector: LANGUAGES.map((language) => ({ language })),
    initializationOptions: currentSettings(),
    outputChannel: log,
    middleware: rtl.middleware,
  };
  const lc = new LanguageClient('khulasa', 'Khulasa', serverOptions, clientOptions);
  client = lc;

  let commands: Commands | undefined;
  const panel = new SummaryPanel(uiLanguage, (uri, range) => {
    void commands?.reveal(uri, range);
  });
  commands = new Commands(lc, panel, uiLanguage);
  context.subscriptions.push(
    vscode.window.registerWebviewViewProvider(VIEW_ID, panel),
    panel,
    commands,
  );
  commands.register(context);

  context.subscriptions.push(
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (!e.affectsConfiguration('khulasa')) return;
      if (e.affectsConfiguration('khulasa.serverPath')) {
        void vscode.window.showInformationMessage(
          'Khulasa: the new server path is used after the window reloads.',
        );
      }
      // Decorations follow at once (cleared when highlights are turned off); the tokens follow
      // when VS Code asks for them again.
      if (e.affectsConfiguration('khulasa.highlight')) rtl.redraw();
      if (lc.isRunning()) {
        // The server applies it and, when the highlighted kinds changed, asks VS Code to pull
        // the semantic tokens again: highlights toggle without a restart.
        void lc.sendNotification(DidChangeConfigurationNotification.type, {
          settings: currentSettings(),
        });
      }
      if (e.affectsConfiguration('khulasa.ui.language') && lc.isRunning()) {
        // The headline's lens is titled in the UI language, but the server does not send
        // workspace/codeLens/refresh when the language changes: ask VS Code for the lenses again.
        for (const editor of vscode.window.visibleTextEditors) {
          lc.getFeature(CodeLensRequest.method).getProvider(editor.document)?.onDidChangeCodeLensEmitter.fire();
        }
      }
      if (e.affectsConfiguration('khulasa.ui.language') || e.affectsConfiguration('khulasa.summary')) {
        void commands?.refreshPanel();
      }
    }),
  );

  try {
    await lc.start();
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    void vscode.window.showErrorMessage(
      `Khulasa: could not start the language server (${isolatePlain(command)}): ${isolatePlain(message)}`,
    );
  }
}

export async function deactivate(): Promise<void> {
  await client?.stop();
  client = undefined;
}

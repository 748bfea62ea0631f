// A minimal LSP client over stdio, for asking khulasa-lsp for a summary model in the tests.
import { spawn } from 'node:child_process';

export function startServer(command) {
  const proc = spawn(command, [], { stdio: ['pipe', 'pipe', 'ignore'] });
  let buffer = Buffer.alloc(0);
  let nextId = 0;
  const waiting = new Map();
  proc.stdout.on('data', (chunk) => {
    buffer = Buffer.concat([buffer, chunk]);
    for (;;) {
      const end = buffer.indexOf('\r\n\r\n');
      if (end < 0) return;
      const length = Number(/Content-Length: (\d+)/i.exec(buffer.subarray(0, end).toString())[1]);
      if (buffer.length < end + 4 + length) return;
      const msg = JSON.parse(buffer.subarray(end + 4, end + 4 + length).toString('utf8'));
      buffer = buffer.subarray(end + 4 + length);
      const w = msg.id !== undefined && !msg.method ? waiting.get(msg.id) : undefined;
      if (w) {
        waiting.delete(msg.id);
        if (msg.error) w.reject(new Error(`${msg.error.code}: ${msg.error.message}`));
        else w.resolve(msg.result);
      }
    }
  });
  const send = (msg) => {
    const body = Buffer.from(JSON.stringify({ jsonrpc: '2.0', ...msg }), 'utf8');
    proc.stdin.write(Buffer.concat([Buffer.from(`Content-Length: ${body.length}\r\n\r\n`), body]));
  };
  const client = {
    notify: (method, params) => send({ method, params }),
    request: (method, params, timeoutMs = 10000) =>
      new Promise((resolve, reject) => {
        const id = ++nextId;
        const timer = setTimeout(() => {
          waiting.delete(id);
          reject(new Error(`${method}: no answer in ${timeoutMs} ms`));
        }, timeoutMs);
        waiting.set(id, {
          resolve: (v) => (clearTimeout(timer), resolve(v)),
          reject: (e) => (clearTimeout(timer), reject(e)),
        });
        send({ id, method, params });
      }),
    async stop() {
      try {
        await client.request('shutdown', null, 3000);
        client.notify('exit');
      } catch {
        // killed below
      }
      setTimeout(() => proc.kill('SIGKILL'), 1000).unref();
    },
  };
  return client;
}

/** The answer to `method` (params: the document, and `params`) about `text`. */
export async function ask(command, text, method, params = {}, languageId = 'plaintext') {
  const lsp = startServer(command);
  try {
    await lsp.request('initialize', { capabilities: {}, processId: process.pid });
    lsp.notify('initialized', {});
    const uri = 'file:///khulasa-test/article.txt';
    lsp.notify('textDocument/didOpen', { textDocument: { uri, languageId, version: 1, text } });
    return await lsp.request(method, { textDocument: { uri }, ...params });
  } finally {
    await lsp.stop();
  }
}

/** The `khulasa/summary` model of `text`, in `lang`. */
export function summaryOf(command, text, lang = 'ar', languageId = 'plaintext') {
  return ask(command, text, 'khulasa/summary', { lang }, languageId);
}

/** The text of `range` (LSP positions, UTF-16) in `text`. */
export function sliceRange(text, range) {
  const lines = text.split('\n');
  const offset = (p) => lines.slice(0, p.line).reduce((n, l) => n + l.length + 1, 0) + p.character;
  return text.slice(offset(range.start), offset(range.end));
}

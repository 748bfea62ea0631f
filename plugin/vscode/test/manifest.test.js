'use strict';
// The manifest agrees with the code and with the server's legend (plugin/lsp/settings.cpp,
// semantic_tokens.cpp).
const test = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const path = require('node:path');
const pkg = require('../package.json');
const { ALL_KINDS } = require('../out/settings');

const STANDARD_TYPES = new Set(['number']);

test('every contributed command is registered, in the Khulasa category, and vice versa', () => {
  const src = fs.readFileSync(path.join(__dirname, '../src/commands.ts'), 'utf8');
  const registered = [...src.matchAll(/reg\('([\w.]+)'/g)].map((m) => m[1]).sort();
  const contributed = pkg.contributes.commands.map((c) => c.command).sort();
  assert.deepEqual(registered, contributed);
  for (const c of pkg.contributes.commands) assert.equal(c.category, 'Khulasa');
  assert.ok(contributed.includes('khulasa.summarize'), 'the code lens runs khulasa.summarize');
  assert.ok(pkg.contributes.keybindings.some((k) => k.command === 'khulasa.summarize'));
  assert.ok(pkg.contributes.menus['editor/context'].length >= 2);
});

test('token types: every server kind declared (or standard), scoped and coloured in light and dark', () => {
  const declared = new Set(pkg.contributes.semanticTokenTypes.map((t) => t.id));
  const scopes = pkg.contributes.semanticTokenScopes[0].scopes;
  const colours = pkg.contributes.configurationDefaults['editor.semanticTokenColorCustomizations'];
  for (const kind of ALL_KINDS) {
    assert.ok(declared.has(kind) || STANDARD_TYPES.has(kind), kind);
    assert.ok(scopes[kind], kind);
    for (const theme of ['[*Light*]', '[*Dark*]']) assert.ok(colours[theme].rules[kind], `${theme} ${kind}`);
  }
  const modifiers = pkg.contributes.semanticTokenModifiers.map((m) => m.id);
  assert.deepEqual(modifiers.sort(), ['latin', 'speaker']);
  assert.deepEqual(pkg.contributes.configuration.properties['khulasa.highlight.kinds'].default, [...ALL_KINDS]);
});

test('every kind has a background colour (the decorations on Arabic lines) for each kind of theme', () => {
  const colours = new Map(pkg.contributes.colors.map((c) => [c.id, c.defaults]));
  for (const kind of ALL_KINDS) {
    const defaults = colours.get(`khulasa.${kind}Background`);
    assert.ok(defaults, kind);
    for (const theme of ['light', 'dark', 'highContrast', 'highContrastLight']) {
      // Translucent (#RRGGBBAA), so the selection and the text stay visible through it.
      assert.match(defaults[theme], /^#[0-9A-Fa-f]{8}$/, `${kind} ${theme}`);
    }
  }
  assert.equal(colours.size, ALL_KINDS.length);
  const src = fs.readFileSync(path.join(__dirname, '../src/highlights.ts'), 'utf8');
  assert.match(src, /khulasa\.\$\{kind\}Background/, 'highlights.ts uses these ids');
});

test('dependencies are pinned to exact versions', () => {
  for (const deps of [pkg.dependencies, pkg.devDependencies]) {
    for (const [name, version] of Object.entries(deps)) assert.match(version, /^\d+\.\d+\.\d+$/, name);
  }
  const vscodeTypes = pkg.devDependencies['@types/vscode'];
  assert.ok(pkg.engines.vscode.endsWith(vscodeTypes), '@types/vscode must not be newer than engines.vscode');
});

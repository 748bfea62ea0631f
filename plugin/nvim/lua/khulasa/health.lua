-- :checkhealth khulasa — the server binary, its version, the Neovim features the plugin uses.
local M = {}

-- vim.health.start/ok/... on 0.10; require('health').report_* on 0.7.
local function reporter()
  local h = vim.health or {}
  if h.start then return h end
  local old = (h.report_start and h) or require('health')
  return {
    start = old.report_start, ok = old.report_ok, info = old.report_info,
    warn = old.report_warn, error = old.report_error,
  }
end

function M.check()
  local h = reporter()
  local client = require('khulasa.client')
  h.start('khulasa: language server')
  local cmd = client.command()
  local exe = cmd[1]
  if vim.fn.executable(exe) ~= 1 then
    h.error('server not found: ' .. exe, { 'Build it (build/bin/khulasa-lsp), put it on $PATH, set $KHULASA_LSP, or setup{ cmd = {...} }.' })
  else
    h.ok('server: ' .. vim.fn.exepath(exe))
    local out = vim.fn.system({ exe, '--version' })
    local version = vim.trim(out or '')
    if vim.v.shell_error == 0 and version:match('^khulasa%-lsp ') then
      h.ok('version: ' .. version)
    else
      h.error('`' .. exe .. ' --version` failed: ' .. version)
    end
  end
  local running = client.get()
  if running then
    h.info(('client %d running, offset encoding %s, %d buffer(s) attached'):format(
      running.id, running.offset_encoding or 'utf-16', #vim.tbl_keys(vim.lsp.get_buffers_by_client_id(running.id))))
  else
    h.info('no client running (it starts with the first :Khulasa command or on a buffer of the setup filetypes)')
  end

  h.start('khulasa: Neovim features')
  local v = vim.version()
  h.info(('Neovim %d.%d.%d'):format(v.major, v.minor, v.patch))
  if vim.fn.has('nvim-0.7') == 1 then h.ok('Neovim 0.7 or later') else h.error('Neovim 0.7 or later is needed') end
  if vim.lsp.start then
    h.ok('vim.lsp.start: found (used to start the client)')
  else
    h.ok('vim.lsp.start: missing; vim.lsp.start_client + vim.lsp.buf_attach_client are used')
  end
  if vim.lsp.semantic_tokens then
    h.info('built-in semantic tokens: found (left off for this client; the plugin draws its own extmarks)')
  else
    h.info('built-in semantic tokens: missing; the plugin draws its own extmarks')
  end
  h.ok('extmark highlights: ' .. (vim.api.nvim_buf_set_extmark and 'found' or 'missing'))
  if vim.o.arabicshape then
    h.ok("'arabicshape' is on: Arabic letters are shaped")
  else
    h.warn("'arabicshape' is off: Arabic letters show unjoined", { ':set arabicshape' })
  end
  if vim.fn.has('rightleft') == 1 then
    h.ok("'rightleft': found (used for the Arabic summary)")
  else
    h.warn("'rightleft': missing in this build; the summary shows in left-to-right order")
  end
  local config = require('khulasa.config').options
  h.info(('settings: language=%s, sentences=%d, highlights %s'):format(
    config.language, config.sentences, config.highlight.enabled and 'on' or 'off'))
end

return M

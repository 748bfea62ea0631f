-- Starting the language server and attaching buffers to it, on Neovim 0.7 (vim.lsp.start_client +
-- vim.lsp.buf_attach_client) and on 0.8+ (vim.lsp.start). One client serves every buffer: the
-- server keeps documents by URI and needs no workspace.
local config = require('khulasa.config')

local M = {}

M.name = 'khulasa'
local client_id = nil
local pending = {} -- bufnr -> callbacks waiting for the buffer to be attached
-- bufnr -> true once the buffer is open on the server. Neovim counts a buffer attached as soon as
-- buf_attach_client returns, before the server is initialized and has had didOpen: a request sent
-- then would find no document.
local ready = {}
local attach_hooks = {} -- functions(client, bufnr) run on every attach (UI modules register)

function M.on_attach_hook(fn)
  table.insert(attach_hooks, fn)
end

function M.command()
  local cmd = config.options.cmd
  if type(cmd) == 'string' then return { cmd } end
  if type(cmd) == 'table' then return cmd end
  local env = vim.env.KHULASA_LSP
  if env and env ~= '' then return { env } end
  return { 'khulasa-lsp' }
end

-- The running client, or nil.
function M.get()
  if not client_id then return nil end
  local client = vim.lsp.get_client_by_id(client_id)
  if not client or client.is_stopped() then
    client_id = nil
    return nil
  end
  return client
end

-- The client if `bufnr` is open on the server.
function M.for_buf(bufnr)
  local client = M.get()
  if client and ready[bufnr] and vim.lsp.buf_is_attached(bufnr, client.id) then return client end
  return nil
end

local function on_init(client)
  -- Neovim 0.9+ would also paint the server's semantic tokens; the plugin draws its own
  -- extmarks (the same on every version), so the built-in painter is left out.
  if client.server_capabilities then client.server_capabilities.semanticTokensProvider = nil end
  if client.resolved_capabilities then client.resolved_capabilities.semantic_tokens_full = nil end
end

local function on_attach(client, bufnr)
  ready[bufnr] = true
  vim.api.nvim_create_autocmd('BufUnload', {
    buffer = bufnr, once = true, callback = function() ready[bufnr] = nil end,
  })
  for _, fn in ipairs(attach_hooks) do
    local ok, err = pcall(fn, client, bufnr)
    if not ok then vim.notify('khulasa: ' .. tostring(err), vim.log.levels.ERROR) end
  end
  local waiting = pending[bufnr] or {}
  pending[bufnr] = nil
  for _, cb in ipairs(waiting) do cb(client) end
end

local function client_config()
  return {
    name = M.name,
    cmd = M.command(),
    root_dir = vim.fn.getcwd(),
    init_options = config.server_settings(),
    settings = config.server_settings(),
    on_init = on_init,
    on_attach = on_attach,
    on_exit = function()
      client_id = nil
      for b in pairs(ready) do ready[b] = nil end
    end,
    flags = { debounce_text_changes = 100 },
  }
end

-- Start the client if needed and attach `bufnr`; `cb(client)` runs once the buffer is open on the
-- server (at once if it already is). Returns false with a message when the server cannot start.
function M.attach(bufnr, cb)
  bufnr = (bufnr == nil or bufnr == 0) and vim.api.nvim_get_current_buf() or bufnr
  local attached = M.for_buf(bufnr)
  if attached then
    if cb then cb(attached) end
    return true
  end
  if vim.api.nvim_buf_get_option(bufnr, 'buftype') ~= '' then
    local msg = 'khulasa: not an article buffer (buftype=' .. vim.api.nvim_buf_get_option(bufnr, 'buftype') .. ')'
    vim.notify(msg, vim.log.levels.WARN)
    return false, msg
  end
  if cb then
    pending[bufnr] = pending[bufnr] or {}
    table.insert(pending[bufnr], cb)
  end
  local exe = M.command()[1]
  if vim.fn.executable(exe) ~= 1 then
    pending[bufnr] = nil
    local msg = 'khulasa: the server is not executable: ' .. exe .. ' (set $KHULASA_LSP or setup{cmd=...})'
    vim.notify(msg, vim.log.levels.ERROR)
    return false, msg
  end
  if vim.lsp.start then
    -- 0.8+: reuses the client of the same name and root.
    client_id = vim.lsp.start(client_config(), { bufnr = bufnr })
  else
    if not M.get() then client_id = vim.lsp.start_client(client_config()) end
    if client_id then vim.lsp.buf_attach_client(bufnr, client_id) end
  end
  if not client_id then
    pending[bufnr] = nil
    return false, 'khulasa: the server did not start'
  end
  return true
end

-- Send the current settings again (after setup() changed them).
function M.push_settings()
  local client = M.get()
  if client then
    client.notify('workspace/didChangeConfiguration', { settings = config.server_settings() })
  end
end

M.CONTENT_MODIFIED = -32801
M.retries = 0 -- requests asked again after ContentModified (for the tests)

-- A request about `bufnr`'s whole document; `handler(err, result, client)` runs on the main loop.
-- The server answers ContentModified when an edit queued behind the request would make its answer
-- stale: then it is asked again (a few times) once that edit is in.
function M.request(bufnr, method, params, handler)
  params = params or {}
  params.textDocument = params.textDocument or { uri = vim.uri_from_bufnr(bufnr) }
  local tries = 0
  local function send(client)
    client.request(method, params, function(err, result)
      if err and err.code == M.CONTENT_MODIFIED and tries < 3 then
        tries = tries + 1
        M.retries = M.retries + 1
        vim.defer_fn(function()
          local c = M.for_buf(bufnr)
          if c then send(c) else handler(err, nil, client) end
        end, 20 * tries)
        return
      end
      handler(err, result, client)
    end, bufnr)
  end
  return M.attach(bufnr, send)
end

function M.stop()
  local client = M.get()
  if client then client.stop() end
  client_id = nil
end

return M

-- Khulasa for Neovim: an Arabic–English news summarizer over the khulasa-lsp language server.
--   require('khulasa').setup({ language = 'ar' })
-- then :Khulasa summary | facts | entities | highlights | hover | start | stop (see :h khulasa).
local config = require('khulasa.config')
local client = require('khulasa.client')

local M = {}

local initialized = false

-- Once per session: highlight groups, the attach hook, the code lens command.
local function init()
  if initialized then return end
  initialized = true
  local highlights = require('khulasa.highlights')
  local summary = require('khulasa.summary')
  highlights.define_groups()
  summary.define_groups()
  local group = vim.api.nvim_create_augroup('khulasa_colors', { clear = true })
  vim.api.nvim_create_autocmd('ColorScheme', {
    group = group,
    callback = function()
      highlights.define_groups()
      summary.define_groups()
    end,
  })
  client.on_attach_hook(function(_, bufnr)
    local key = config.options.keymaps.hover
    if key then
      vim.api.nvim_buf_set_keymap(bufnr, 'n', key, '', {
        noremap = true, silent = true, desc = 'Khulasa: hover card',
        callback = function() require('khulasa.hover').hover() end,
      })
    end
    highlights.attach(bufnr)
  end)
  -- The server's code lens ("Summarize the article") runs this client-side command.
  vim.lsp.commands['khulasa.summarize'] = function(command)
    local uri = command.arguments and command.arguments[1]
    summary.open(uri and vim.uri_to_bufnr(uri) or 0)
  end
end
M.init = init

function M.setup(opts)
  config.set(opts)
  init()
  client.push_settings()
  local group = vim.api.nvim_create_augroup('khulasa_autostart', { clear = true })
  if config.options.autostart and #config.options.filetypes > 0 then
    vim.api.nvim_create_autocmd('FileType', {
      group = group,
      pattern = config.options.filetypes,
      callback = function(args) M.start(args.buf) end,
    })
    -- Buffers already open when setup() runs.
    for _, b in ipairs(vim.api.nvim_list_bufs()) do
      if vim.api.nvim_buf_is_loaded(b)
        and vim.tbl_contains(config.options.filetypes, vim.api.nvim_buf_get_option(b, 'filetype')) then
        M.start(b)
      end
    end
  end
end

-- Attach `bufnr` (default: current) to the server.
function M.start(bufnr, cb)
  init()
  bufnr = (bufnr == nil or bufnr == 0) and vim.api.nvim_get_current_buf() or bufnr
  if vim.api.nvim_buf_get_option(bufnr, 'buftype') ~= '' then return false end
  return client.attach(bufnr, cb)
end

function M.stop()
  local highlights = require('khulasa.highlights')
  for b in pairs(highlights.state) do
    highlights.clear(b)
    highlights.detach(b)
  end
  client.stop()
end

M.summary = function(...) init() return require('khulasa.summary').open(...) end
M.facts = function(...) init() return require('khulasa.summary').facts(...) end
M.entities = function(...) init() return require('khulasa.summary').entities(...) end
M.highlights = function(...) init() return require('khulasa.highlights').toggle(...) end
M.hover = function() init() return require('khulasa.hover').hover() end

-- The article a command is about: the current buffer, or the source of the summary shown in it.
local function article()
  local cur = vim.api.nvim_get_current_buf()
  local view = package.loaded['khulasa.summary'] and require('khulasa.summary').views[cur]
  return view and view.source or cur
end

-- :Khulasa {subcommand} [args]
M.subcommands = {
  summary = function(args) M.summary(article(), { sentences = tonumber(args[1]) }) end,
  facts = function() M.facts(article()) end,
  entities = function() M.entities(article()) end,
  highlights = function(args)
    local on = nil
    if args[1] == 'on' then on = true elseif args[1] == 'off' then on = false end
    M.highlights(article(), on)
  end,
  hover = function() M.hover() end,
  start = function() M.start(0) end,
  stop = function() M.stop() end,
}

function M.command(fargs)
  local name = fargs[1] or 'summary'
  local fn = M.subcommands[name]
  if not fn then
    vim.notify('khulasa: unknown subcommand: ' .. name, vim.log.levels.ERROR)
    return
  end
  fn(vim.list_slice(fargs, 2))
end

function M.complete(arglead, cmdline)
  local words = vim.split(cmdline, '%s+')
  if #words > 2 then
    if words[2] == 'highlights' then
      return vim.tbl_filter(function(w) return vim.startswith(w, arglead) end, { 'on', 'off' })
    end
    return {}
  end
  local names = vim.tbl_keys(M.subcommands)
  table.sort(names)
  return vim.tbl_filter(function(w) return vim.startswith(w, arglead) end, names)
end

return M

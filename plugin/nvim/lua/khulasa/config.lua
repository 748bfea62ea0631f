-- Options of the plugin: the defaults and the merged values from setup().
local M = {}

M.defaults = {
  -- The server command; nil: $KHULASA_LSP, else `khulasa-lsp` from $PATH.
  cmd = nil,
  -- Buffers of these filetypes get the server when setup() was called with autostart.
  filetypes = { 'markdown', 'text' },
  autostart = true,
  -- Server settings (sent as initializationOptions and on setup() again).
  language = 'en', -- the UI language of the server's labels and cards: 'ar' or 'en'
  sentences = 3, -- gist length of the summary
  highlight = {
    enabled = true,
    -- Kinds drawn as extmarks; 'quote' is the span of a quotation.
    kinds = { 'person', 'organization', 'location', 'role', 'money', 'percent', 'date', 'number', 'quote' },
    debounce = 250, -- ms after the last edit before the highlights are asked again
  },
  summary = {
    position = 'right', -- 'right', 'left', 'below' or 'above'
    size = 60, -- columns (or lines for below/above)
    -- 'rightleft' in the summary window; nil: on when the summary's language is Arabic.
    rightleft = nil,
    -- With 'rightleft': reorder Latin and digit runs so they read left to right (Neovim has no
    -- bidi algorithm; without this "450" would show as "054").
    bidi = true,
  },
  hover = {
    -- 'rightleft' in the hover float; nil: on when `language` is 'ar' (the card is Arabic then).
    rightleft = nil,
    border = 'rounded',
  },
  keymaps = {
    hover = 'K', -- buffer-local in attached buffers; false: none
  },
}

M.options = vim.deepcopy(M.defaults)

function M.set(opts)
  M.options = vim.tbl_deep_extend('force', vim.deepcopy(M.defaults), opts or {})
  -- Lists are replaced, not merged by index.
  if opts and opts.highlight and opts.highlight.kinds then
    M.options.highlight.kinds = vim.deepcopy(opts.highlight.kinds)
  end
  if opts and opts.filetypes then M.options.filetypes = vim.deepcopy(opts.filetypes) end
  return M.options
end

-- The settings object the server reads (initializationOptions / didChangeConfiguration).
function M.server_settings()
  local o = M.options
  local kinds = vim.tbl_filter(function(k) return k ~= 'quote' end, o.highlight.kinds)
  return {
    khulasa = {
      ui = { language = o.language },
      summary = { sentences = o.sentences },
      highlight = { kinds = kinds },
    },
  }
end

return M

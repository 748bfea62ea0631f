-- Hover: the server's markdown card in a float. The card is shown as the server wrote it, minus the
-- bidi isolates (Neovim would show them as <2068>); with the Arabic UI the float is 'rightleft'.
local bidi = require('khulasa.bidi')
local client = require('khulasa.client')
local config = require('khulasa.config')
local position = require('khulasa.position')

local M = {}

-- The float's lines for a hover result (also used by the tests).
function M.card_lines(result)
  local contents = result and result.contents
  if not contents then return {} end
  local text
  if type(contents) == 'string' then
    text = contents
  elseif contents.value then
    text = contents.value
  else
    return vim.lsp.util.convert_input_to_markdown_lines(contents)
  end
  local lines = vim.split(bidi.strip_controls(text), '\n', { plain = true })
  return vim.lsp.util.trim_empty_lines(lines)
end

function M.show(result)
  local lines = M.card_lines(result)
  if vim.tbl_isempty(lines) then
    vim.notify('khulasa: nothing here', vim.log.levels.INFO)
    return nil
  end
  local rl = config.options.hover.rightleft
  if rl == nil then rl = config.options.language == 'ar' end
  if rl then
    lines = vim.tbl_map(bidi.visual, lines)
  end
  -- Neovim 0.10 draws markdown floats with the tree-sitter parser; without it, plain text.
  local syntax = 'markdown'
  local ts_language = vim.treesitter and vim.treesitter.language
  if ts_language and ts_language.add and not pcall(ts_language.add, 'markdown') then
    syntax = ''
    lines = vim.tbl_map(function(l) return (l:gsub('%*%*(.-)%*%*', '%1')) end, lines)
  end
  local buf, win = vim.lsp.util.open_floating_preview(lines, syntax, {
    border = config.options.hover.border,
    focus_id = 'khulasa_hover',
  })
  if rl and win and vim.api.nvim_win_is_valid(win) then
    vim.api.nvim_win_set_option(win, 'rightleft', true)
  end
  M.last = { buf = buf, win = win }
  return buf, win
end

-- Hover at the cursor of the current window.
function M.hover(retried)
  local win = vim.api.nvim_get_current_win()
  local bufnr = vim.api.nvim_win_get_buf(win)
  client.attach(bufnr, function(c)
    local params = position.cursor_params(win, c.offset_encoding or 'utf-16')
    c.request('textDocument/hover', params, function(err, result)
      if err and err.code == client.CONTENT_MODIFIED and not retried
        and vim.api.nvim_get_current_win() == win then
        vim.defer_fn(function() M.hover(true) end, 20) -- an edit came in between: ask again
        return
      end
      if err then
        vim.notify('khulasa: hover: ' .. (err.message or ''), vim.log.levels.WARN)
        return
      end
      if not result then
        vim.notify('khulasa: nothing here', vim.log.levels.INFO)
        return
      end
      M.show(result)
    end, bufnr)
  end)
end

return M

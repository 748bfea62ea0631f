-- LSP positions <-> buffer byte columns. The server counts in the client's offset encoding
-- (UTF-16 code units for Neovim 0.7, where an emoji counts 2 and a diacritic 1); extmarks and
-- cursors take byte columns.
local M = {}

local function line_text(bufnr, row)
  return vim.api.nvim_buf_get_lines(bufnr, row, row + 1, false)[1] or ''
end

-- Byte column of `character` (in `encoding` units) on `line`; clamped to the line's end.
function M.byte_col(line, character, encoding)
  if character <= 0 then return 0 end
  if encoding == 'utf-8' then return math.min(character, #line) end
  local ok, col = pcall(vim.str_byteindex, line, character, encoding ~= 'utf-32')
  if ok then return col end
  return #line
end

-- Encoding units of the byte column `col` on `line` (for requests at the cursor).
function M.char_col(line, col, encoding)
  if encoding == 'utf-8' then return col end
  local ok, u32, u16 = pcall(vim.str_utfindex, line, math.min(col, #line))
  if not ok then return col end
  return encoding == 'utf-32' and u32 or u16
end

-- An LSP range -> { start_row, start_col, end_row, end_col } in bytes, 0-based, end exclusive.
-- `lines` is an optional cache { [row] = text } to avoid reading a line twice.
function M.range_to_bytes(bufnr, range, encoding, lines)
  local function get(row)
    if lines then
      lines[row] = lines[row] or line_text(bufnr, row)
      return lines[row]
    end
    return line_text(bufnr, row)
  end
  local s, e = range.start, range['end']
  return s.line, M.byte_col(get(s.line), s.character, encoding),
    e.line, M.byte_col(get(e.line), e.character, encoding)
end

-- The position params of the cursor in `win`, in the client's encoding.
function M.cursor_params(win, encoding)
  local bufnr = vim.api.nvim_win_get_buf(win)
  local cursor = vim.api.nvim_win_get_cursor(win)
  local row = cursor[1] - 1
  return {
    textDocument = { uri = vim.uri_from_bufnr(bufnr) },
    position = { line = row, character = M.char_col(line_text(bufnr, row), cursor[2], encoding) },
  }
end

return M

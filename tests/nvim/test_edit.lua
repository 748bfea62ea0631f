-- Highlights follow edits: incremental changes (UTF-16 ranges computed by Neovim on lines with
-- emoji) reach the server intact, and the plugin redraws its extmarks from the server's answer
-- after the debounce — new names get marks, removed names lose theirs.
local H = dofile(vim.env.KHULASA_ROOT .. '/tests/nvim/harness.lua')

require('khulasa').setup({ language = 'en', highlight = { debounce = 150 } })
local highlights = require('khulasa.highlights')
local path = H.path('tests/nvim/fixtures/satellite.md')
local bufnr

-- Wait until the marks were drawn for the buffer's current text.
local function settled()
  H.wait(function()
    local st = highlights.state[bufnr]
    return st and st.drawn_tick == vim.api.nvim_buf_get_changedtick(bufnr)
  end, 'highlights redrawn after the edit')
end

local function line(row) return vim.api.nvim_buf_get_lines(bufnr, row, row + 1, false)[1] end

local function mark_of(row, needle, group)
  local s, e = H.span(line(row), needle)
  local m = H.find_mark(H.marks(bufnr), row, s, group)
  return m and m.end_col == e and m or nil
end

H.test('a sentence with a new name added after the emoji gets its marks', function()
  bufnr = H.open(path)
  local l = line(6)
  local added = ' وقالت المديرة المالية للشركة، سلمى الراشد، إن النتائج مبشرة.'
  -- Replace the end of the line (after the 😀 sentence), as an incremental change.
  vim.api.nvim_buf_set_text(bufnr, 6, #l, 6, #l, { added })
  settled()
  H.ok(mark_of(6, 'سلمى الراشد', 'KhulasaPerson'), 'a person mark on the new name: ' .. vim.inspect(H.marks(bufnr)))
  H.ok(mark_of(6, 'العطار', 'KhulasaPerson'), 'the old name after 😀 keeps its mark')
  H.ok(mark_of(6, 'Airbus Defence', 'KhulasaOrganization'), 'Airbus Defence keeps its mark')
end)

H.test('a name replaced inside a line with an emoji: the new one is marked, the old one gone', function()
  local l = line(3)
  local s, e = H.span(l, 'يوسف العطار')
  vim.api.nvim_buf_set_text(bufnr, 3, s, 3, e, { 'هالة النعيمي' })
  settled()
  H.ok(mark_of(3, 'هالة النعيمي', 'KhulasaPerson'), 'a person mark on the new name: ' .. vim.inspect(H.marks(bufnr)))
  for _, m in ipairs(H.marks(bufnr)) do
    H.ok(m.end_col > m.col or m.end_row > m.row, 'an empty mark was left behind at ' .. m.row .. ':' .. m.col)
    H.ok(not (m.text or ''):find('يوسف', 1, true), 'a mark on the removed name')
  end
  -- The server's text equals the buffer: every mark still covers its name.
  H.ok(mark_of(3, 'قطر', 'KhulasaLocation'), 'قطر still marked')
  H.ok(mark_of(3, '40%', 'KhulasaPercent'), '40% still marked')
end)

H.test('typing in insert mode: an emoji at the start shifts the marks by bytes, redrawn exact', function()
  vim.api.nvim_win_set_cursor(0, { 7, 0 })
  vim.api.nvim_feedkeys('I🚀 🚀 ', 'xt', true) -- (true: the emoji's 0x80 bytes are escaped)
  vim.api.nvim_feedkeys(vim.api.nvim_replace_termcodes('<Esc>', true, false, true), 'xt', false)
  H.ok(vim.startswith(line(6), '🚀 🚀 '), 'typed text: ' .. line(6))
  settled()
  for _, n in ipairs({ { 'Airbus Defence', 'KhulasaOrganization' }, { 'العطار', 'KhulasaPerson' },
    { 'سلمى الراشد', 'KhulasaPerson' }, { 'عام 2027', 'KhulasaDate' } }) do
    H.ok(mark_of(6, n[1], n[2]), n[1] .. ' marked at its new byte columns')
  end
end)

H.test('quick successive edits: one settled drawing that matches the last text', function()
  local requests = 0
  local client = require('khulasa.client')
  local orig = client.request
  client.request = function(b, method, ...)
    if method == 'khulasa/mentions' then requests = requests + 1 end
    return orig(b, method, ...)
  end
  for i = 1, 5 do
    vim.api.nvim_buf_set_lines(bufnr, -1, -1, false, { ('سطر %d: قال خالد المنصوري إن العمل مستمر.'):format(i) })
  end
  settled()
  client.request = orig
  H.eq(1, requests, 'mentions requests for five quick edits')
  local last = vim.api.nvim_buf_line_count(bufnr) - 1
  H.ok(mark_of(last, 'خالد المنصوري', 'KhulasaPerson'), 'the last added line is marked')
end)

H.test('the summary follows edits while shown, without taking the focus', function()
  vim.api.nvim_set_current_buf(bufnr)
  vim.cmd('only')
  vim.cmd('Khulasa summary 2')
  H.wait(function() return vim.bo.filetype == 'khulasa-summary' end, 'the summary window')
  local sbuf = vim.api.nvim_get_current_buf()
  local function gist_count()
    local n = 0
    for _, l in ipairs(vim.api.nvim_buf_get_lines(sbuf, 0, -1, false)) do
      if vim.startswith(l, '• ') then n = n + 1 end
      if l == 'Key facts' then break end
    end
    return n
  end
  H.eq(2, gist_count(), 'gist sentences of :Khulasa summary 2')
  vim.cmd('wincmd p')
  H.eq(bufnr, vim.api.nvim_get_current_buf(), 'back in the article')
  local new = '# 🌍 عنوان جديد للمقال'
  vim.api.nvim_buf_set_lines(bufnr, 0, 1, false, { new })
  H.wait(function()
    return vim.api.nvim_buf_get_lines(sbuf, 0, 1, false)[1] == 'Headline: 🌍 عنوان جديد للمقال'
  end, 'the summary headline to follow the edit')
  H.eq(bufnr, vim.api.nvim_get_current_buf(), 'the focus stays in the article')
  H.eq(2, gist_count(), 'the summary keeps its length')
  vim.cmd('only')
end)

H.test('an empty document: the summary says that no sentence fits a gist', function()
  vim.cmd('enew')
  local empty = vim.api.nvim_get_current_buf()
  vim.cmd('Khulasa summary')
  H.wait(function() return vim.bo.filetype == 'khulasa-summary' end, 'the summary window')
  local lines = vim.api.nvim_buf_get_lines(0, 0, -1, false)
  H.eq({ 'Gist', '  no body sentence fits a gist' }, lines, 'summary of an empty buffer')
  vim.cmd('only')
  vim.api.nvim_set_current_buf(bufnr)
  vim.cmd('bwipeout! ' .. empty)
end)

H.test('undo back to the file: the marks are those of the original text', function()
  vim.cmd('silent edit!')
  settled()
  local text = H.read_lines(path)
  local s, e = H.span(text[4], 'يوسف العطار')
  local m = H.find_mark(H.marks(bufnr), 3, s, 'KhulasaPerson')
  H.ok(m and m.end_col == e, 'يوسف العطار marked again after :edit!')
end)

H.run()

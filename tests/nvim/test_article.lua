-- The bundled Arabic article with English UI labels: extmark highlights, hover card, summary split,
-- <CR> jumps, facts and entities location lists, :Khulasa completion, the highlights toggle.
local H = dofile(vim.env.KHULASA_ROOT .. '/tests/nvim/harness.lua')

require('khulasa').setup({ language = 'en' })
local article = H.path('docs/examples/article.txt')
local text = H.read_lines(article)
local bufnr

-- 0-based row of the first article line containing `needle`.
local function row_of(needle)
  for i, l in ipairs(text) do
    if l:find(needle, 1, true) then return i - 1 end
  end
  error('not in the article: ' .. needle)
end

H.test('the client starts (start_client on 0.7, vim.lsp.start on 0.10) and attaches with utf-16 positions', function()
  bufnr = H.open(article)
  local c = require('khulasa.client').for_buf(bufnr)
  H.ok(c, 'a khulasa client is attached')
  H.eq('utf-16', c.offset_encoding, 'offset encoding')
  H.eq('khulasa', c.name, 'client name')
  local caps = c.server_capabilities or {}
  H.eq(true, caps.hoverProvider, 'hover capability')
  H.eq(nil, caps.semanticTokensProvider, 'semantic tokens left to the plugin')
end)

H.test('extmarks: exact byte ranges and groups on the article', function()
  local marks = H.marks(bufnr)
  local expected = {
    { 'عمّان', 'KhulasaLocation' }, -- shadda inside the name
    { 'سامر الخطيب', 'KhulasaPerson' },
    { 'الرئيس التنفيذي للشركة', 'KhulasaRole' },
    { 'IFC', 'KhulasaOrganization' },
    { 'رنا العمري', 'KhulasaPerson' }, -- after رحّبت (a shadda earlier on the line)
    { 'Omar Haddad', 'KhulasaPerson' },
    { 'وزارة المياه والري', 'KhulasaOrganization' },
    { '35%', 'KhulasaPercent' },
    { '"التقنية ناضجة، لكن إدارة الرجيع الملحي هي التحدي الحقيقي"', 'KhulasaQuote' },
  }
  for _, e in ipairs(expected) do
    local row = row_of(e[1])
    local s, en = H.span(text[row + 1], e[1])
    local m = H.find_mark(marks, row, s, e[2])
    H.ok(m, ('no %s mark at %d:%d for %s'):format(e[2], row, s, e[1]))
    H.eq(row, m.end_row, 'end row of ' .. e[1])
    H.eq(en, m.end_col, 'end column of ' .. e[1])
  end
  -- Every mark covers whole characters (a wrong conversion would cut a UTF-8 sequence).
  for _, m in ipairs(marks) do
    H.ok(m.text and m.text ~= '', 'empty mark at ' .. m.row .. ':' .. m.col)
    local line = text[m.row + 1]
    local function continuation(b) return b ~= nil and b >= 0x80 and b < 0xC0 end
    H.ok(not continuation(line:byte(m.col + 1)) and not continuation(line:byte(m.end_col + 1)),
      ('mark %d:%d-%d is not on character boundaries'):format(m.row, m.col, m.end_col))
  end
end)

H.test('hover: K shows the English card of the person under the cursor', function()
  local row = row_of('سامر الخطيب')
  local s = H.span(text[row + 1], 'سامر الخطيب')
  vim.api.nvim_win_set_cursor(0, { row + 1, s + #'سا' })
  local hover = require('khulasa.hover')
  hover.last = nil
  vim.api.nvim_feedkeys('K', 'x', false)
  H.wait(function() return hover.last ~= nil end, 'the hover float')
  local lines = vim.api.nvim_buf_get_lines(hover.last.buf, 0, -1, false)
  H.eq('**Person** · سامر الخطيب', lines[1], 'card title')
  H.contains(lines, 'English: Samer al-Khatib', 'card')
  H.contains(lines, 'Mentions: 1', 'card')
  H.ok(not table.concat(lines):find('\226\129[\166-\169]'), 'bidi isolates left in the card')
  H.eq(false, vim.api.nvim_win_get_option(hover.last.win, 'rightleft'), 'rightleft of an English card')
  vim.api.nvim_win_close(hover.last.win, true)
end)

local summary_buf, summary_win
-- Which sentences make the gist and the facts is the server's ranking; the tests take those from
-- its answer and check, independently of it, where the plugin shows them and where they lead.
local raw
local function line_of_text(t) -- 0-based row and byte column of a span's text in the article
  for i, l in ipairs(text) do
    local s = l:find(t, 1, true)
    if s then return i - 1, s - 1 end
  end
  error('not in the article: ' .. t)
end

H.test('summary split: headline, gist, facts, sections, entities, quotes', function()
  raw = H.request(bufnr, 'khulasa/summary', { lang = 'en' })
  vim.cmd('Khulasa summary')
  H.wait(function() return vim.bo.filetype == 'khulasa-summary' end, 'the summary window')
  summary_buf, summary_win = vim.api.nvim_get_current_buf(), vim.api.nvim_get_current_win()
  H.eq(2, #vim.api.nvim_tabpage_list_wins(0), 'windows')
  H.eq(60, vim.api.nvim_win_get_width(summary_win), 'summary width')
  H.eq(false, vim.wo.rightleft, 'rightleft with English labels')
  local lines = vim.api.nvim_buf_get_lines(summary_buf, 0, -1, false)
  H.eq('Headline: ' .. text[1], lines[1], 'headline line')
  H.eq('Gist', lines[3], 'gist heading')
  H.eq(3, #raw.gist, 'gist sentences (default 3)')
  for i, g in ipairs(raw.gist) do
    H.eq('• ' .. g.text, lines[3 + i], 'gist line ' .. i)
    line_of_text(g.text) -- verbatim from the article
  end
  H.ok(#raw.facts > 0, 'key facts')
  for _, f in ipairs(raw.facts) do
    H.ok(vim.tbl_contains(lines, '• ' .. f.text), 'fact line missing: ' .. f.text)
    H.ok(vim.tbl_contains(lines, '  ' .. f.english), 'fact gloss missing: ' .. f.english)
  end
  for _, l in ipairs({ 'Key facts', 'Sections', '▸ تفاصيل المشروع', '▸ ردود الفعل', 'Entities', 'People',
    '  • سامر الخطيب · Samer al-Khatib · mentions: 1', 'Places', '  • العقبة · Aqaba · mentions: 1',
    '  • خليج العقبة · Gulf of Aqaba · mentions: 1', 'Quotes',
    '• "التقنية ناضجة، لكن إدارة الرجيع الملحي هي التحدي الحقيقي" — Omar Haddad' }) do
    H.ok(vim.tbl_contains(lines, l), 'summary line missing: ' .. l)
  end
end)

H.test('summary <CR> jumps to the sentence, the heading, the name', function()
  local lines = vim.api.nvim_buf_get_lines(summary_buf, 0, -1, false)
  local function jump(line_text)
    local lnum
    for i, l in ipairs(lines) do
      if l == line_text then lnum = i break end
    end
    H.ok(lnum, 'summary line missing: ' .. line_text)
    vim.api.nvim_set_current_win(summary_win)
    vim.api.nvim_win_set_cursor(summary_win, { lnum, 0 })
    vim.api.nvim_feedkeys(vim.api.nvim_replace_termcodes('<CR>', true, false, true), 'x', false)
    H.eq(bufnr, vim.api.nvim_get_current_buf(), 'the article is current')
    return vim.api.nvim_win_get_cursor(0)
  end
  -- Every gist sentence (the second one of the lead follows عمّان, a shadda, on its line).
  for _, g in ipairs(raw.gist) do
    local row, col = line_of_text(g.text)
    H.eq({ row + 1, col }, jump('• ' .. g.text), 'cursor for ' .. g.text)
  end
  H.eq({ row_of('ردود الفعل') + 1, 0 }, jump('▸ ردود الفعل'), 'cursor on the heading')
  local row = row_of('IFC')
  H.eq({ row + 1, (H.span(text[row + 1], 'IFC')) }, jump('  • IFC · mentions: 1'), 'cursor on IFC')
end)

H.test('facts: the location list holds the key facts with their English gloss', function()
  vim.cmd('Khulasa facts')
  H.wait(function() return vim.fn.getloclist(0, { title = 0 }).title:find('Key facts') ~= nil end, 'the facts list')
  local items = vim.fn.getloclist(0)
  H.eq(#raw.facts, #items, 'facts')
  for i, f in ipairs(raw.facts) do
    local row, col = line_of_text(f.text)
    H.eq({ row + 1, col + 1, f.text .. ' — ' .. f.english },
      { items[i].lnum, items[i].col, items[i].text }, 'fact ' .. i .. ' (line, 1-based byte column, text)')
  end
  vim.cmd('lclose')
end)

H.test('entities: the location list holds every mention at its byte column', function()
  vim.api.nvim_set_current_buf(bufnr)
  vim.cmd('Khulasa entities')
  H.wait(function() return vim.fn.getloclist(0, { title = 0 }).title == 'Khulasa: entities' end, 'the entities list')
  local items = vim.fn.getloclist(0)
  H.eq(#vim.tbl_filter(function(m) return m.group ~= 'KhulasaQuote' end, H.marks(bufnr)), #items, 'one item per mention')
  local row = row_of('IFC')
  local want = { lnum = row + 1, col = H.span(text[row + 1], 'IFC') + 1, text = '[organization] IFC' }
  local hit = vim.tbl_filter(function(it) return it.text == want.text end, items)[1]
  H.ok(hit, 'IFC in the list')
  H.eq({ want.lnum, want.col }, { hit.lnum, hit.col }, 'IFC position')
  H.ok(vim.tbl_filter(function(it) return it.text == '[person] سامر الخطيب · Samer al-Khatib' end, items)[1], 'person item')
  vim.cmd('lclose')
end)

H.test('commands run from the summary window are about its article', function()
  vim.cmd('only')
  vim.api.nvim_set_current_buf(bufnr)
  vim.cmd('Khulasa summary')
  H.wait(function() return vim.bo.filetype == 'khulasa-summary' end, 'the summary window')
  local sbuf = vim.api.nvim_get_current_buf()
  vim.fn.setloclist(0, {}, 'f')
  vim.cmd('Khulasa entities')
  H.wait(function() return #vim.fn.getloclist(0) > 0 end, 'the entities list')
  H.eq(bufnr, vim.fn.getloclist(0)[1].bufnr, 'list items point into the article')
  H.ok(not vim.lsp.buf_is_attached(sbuf, require('khulasa.client').get().id), 'the summary buffer is not attached')
  vim.cmd('lclose')
  vim.cmd('only')
  vim.api.nvim_set_current_buf(bufnr)
end)

H.test(':Khulasa <Tab> completes the subcommands', function()
  H.eq({ 'entities', 'facts', 'highlights', 'hover', 'start', 'stop', 'summary' },
    vim.fn.getcompletion('Khulasa ', 'cmdline'), 'subcommands')
  H.eq({ 'highlights', 'hover' }, vim.fn.getcompletion('Khulasa h', 'cmdline'), 'h…')
  H.eq({ 'on', 'off' }, vim.fn.getcompletion('Khulasa highlights ', 'cmdline'), 'toggle values')
end)

H.test(':Khulasa highlights toggles the extmarks off and on', function()
  vim.api.nvim_set_current_buf(bufnr)
  local before = #H.marks(bufnr)
  H.ok(before > 20, 'marks before: ' .. before)
  vim.cmd('Khulasa highlights')
  H.eq(0, #H.marks(bufnr), 'marks when off')
  vim.cmd('Khulasa highlights')
  H.wait(function() return #H.marks(bufnr) == before end, 'the marks to come back')
  vim.cmd('Khulasa highlights off')
  H.eq(0, #H.marks(bufnr), 'marks after "off"')
  vim.cmd('Khulasa highlights on')
  H.wait(function() return #H.marks(bufnr) == before end, 'the marks after "on"')
end)

H.test('setup() again sends the new settings: Arabic hover card and summary labels', function()
  vim.cmd('only')
  vim.api.nvim_set_current_buf(bufnr)
  require('khulasa').setup({ language = 'ar', sentences = 1 })
  local row = row_of('رنا العمري')
  vim.api.nvim_win_set_cursor(0, { row + 1, (H.span(text[row + 1], 'رنا العمري')) })
  local hover = require('khulasa.hover')
  hover.last = nil
  vim.api.nvim_feedkeys('K', 'x', false)
  H.wait(function() return hover.last ~= nil end, 'the hover float')
  local lines = vim.api.nvim_buf_get_lines(hover.last.buf, 0, -1, false)
  H.eq('**شخص** · رنا العمري', lines[1], 'Arabic card title')
  H.eq(true, vim.api.nvim_win_get_option(hover.last.win, 'rightleft'), 'rightleft float')
  vim.api.nvim_win_close(hover.last.win, true)
  vim.cmd('Khulasa summary')
  H.wait(function() return vim.bo.filetype == 'khulasa-summary' end, 'the summary window')
  local s = vim.api.nvim_buf_get_lines(0, 0, -1, false)
  H.eq('الخلاصة', s[3], 'Arabic gist label')
  H.eq('', s[5], 'one gist sentence')
  H.eq(true, vim.wo.rightleft, 'rightleft summary')
end)

H.run()

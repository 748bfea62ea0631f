-- Arabic UI on an article of ours with an emoji (a surrogate pair, and one with a variation
-- selector) and diacritics before names: extmark byte ranges, the Arabic hover card in a rightleft
-- float, the rightleft summary with Latin runs reordered, <CR> jumps, the code lens command.
local H = dofile(vim.env.KHULASA_ROOT .. '/tests/nvim/harness.lua')

require('khulasa').setup({ language = 'ar' })
local path = H.path('tests/nvim/fixtures/satellite.md')
local text = H.read_lines(path)
local bufnr

H.test('extmarks after emoji and diacritics: exact byte ranges', function()
  bufnr = H.open(path)
  local marks = H.marks(bufnr)
  local expected = {
    -- row, needle, nth occurrence, group
    { 3, 'قطر', 1, 'KhulasaLocation' }, -- after أطلقَت (a fatha)
    { 3, 'يوسف العطار', 1, 'KhulasaPerson' }, -- after 🛰️ (2 UTF-16 units + U+FE0F, 7 bytes)
    { 3, '40%', 1, 'KhulasaPercent' },
    { 3, '"القمر سيغطي 40% من الأراضي الزراعية"', 1, 'KhulasaQuote' },
    { 6, 'Airbus Defence', 1, 'KhulasaOrganization' },
    { 6, 'العطار', 1, 'KhulasaPerson' }, -- after 😀
    { 6, 'عام 2027', 1, 'KhulasaDate' },
    { 1, 'الدوحة', 1, 'KhulasaLocation' },
  }
  for _, e in ipairs(expected) do
    local s, en = H.span(text[e[1] + 1], e[2], e[3])
    local m = H.find_mark(marks, e[1], s, e[4])
    H.ok(m, ('no %s mark at %d:%d for %s'):format(e[4], e[1], s, e[2]))
    H.eq(en, m.end_col, 'end column of ' .. e[2])
    H.eq(e[2], m.text, 'marked text')
  end
end)

H.test('hover after an emoji: Arabic card, isolates dropped, rightleft float', function()
  local s = H.span(text[7], 'العطار')
  vim.api.nvim_win_set_cursor(0, { 7, s + #'الع' })
  local hover = require('khulasa.hover')
  hover.last = nil
  vim.cmd('Khulasa hover')
  H.wait(function() return hover.last ~= nil end, 'the hover float')
  local lines = vim.api.nvim_buf_get_lines(hover.last.buf, 0, -1, false)
  H.eq('**شخص** · يوسف العطار', lines[1], 'card title')
  -- The English name is stored reversed so that the rightleft float shows it left to right.
  H.contains(lines, 'بالإنجليزية: ' .. ('Youssef al-Attar'):reverse(), 'card')
  H.contains(lines, 'عدد الإشارات: 2', 'card')
  H.ok(not table.concat(lines):find('\226\129[\166-\169]'), 'bidi isolates left in the card')
  H.eq(true, vim.api.nvim_win_get_option(hover.last.win, 'rightleft'), 'rightleft float')
  vim.api.nvim_win_close(hover.last.win, true)
end)

H.test('hover off any entity says so and opens nothing', function()
  local hover = require('khulasa.hover')
  hover.last = nil
  H.notes = {}
  vim.api.nvim_win_set_cursor(0, { 3, 0 }) -- the empty line
  vim.cmd('Khulasa hover')
  H.wait(function() return #H.notes > 0 end, 'a message')
  H.eq('khulasa: nothing here', H.notes[1].msg, 'message')
  H.eq(nil, hover.last, 'float')
end)

local summary_buf
H.test('summary: Arabic labels in a rightleft split, Latin runs and numbers reordered', function()
  vim.api.nvim_set_current_buf(bufnr)
  vim.cmd('Khulasa summary')
  H.wait(function() return vim.bo.filetype == 'khulasa-summary' end, 'the summary window')
  summary_buf = vim.api.nvim_get_current_buf()
  H.eq(true, vim.wo.rightleft, 'rightleft')
  local lines = vim.api.nvim_buf_get_lines(summary_buf, 0, -1, false)
  H.eq('العنوان: ' .. text[1]:sub(#'# ' + 1), lines[1], 'headline')
  H.eq('الخلاصة', lines[3], 'gist label')
  H.ok(vim.startswith(lines[4], '• '), 'a gist sentence: ' .. lines[4])
  -- Whichever part shows the first sentence, its number is stored reversed for rightleft.
  H.contains(lines, '• أطلقَت شركة واحة الرمال للفضاء يوم الإثنين قمراً صناعياً بقيمة 08 مليون دولار', 'digits reversed')
  for _, l in ipairs({
    'أهم الوقائع', 'الأقسام', '▸ 📡 الشراكات', 'الكيانات', 'أشخاص',
    '  • يوسف العطار · ' .. ('Youssef al-Attar'):reverse() .. ' · إشارات: 2',
    '  • ' .. ('Airbus Defence'):reverse() .. ' · إشارات: 1',
    'الاقتباسات',
  }) do
    H.ok(vim.tbl_contains(lines, l), 'summary line missing: ' .. l)
  end
end)

H.test('summary <CR>: to a sentence opening with an emoji, to a Latin name', function()
  local lines = vim.api.nvim_buf_get_lines(summary_buf, 0, -1, false)
  local function jump(prefix)
    for i, l in ipairs(lines) do
      if vim.startswith(l, prefix) then
        vim.api.nvim_set_current_buf(summary_buf)
        vim.api.nvim_win_set_cursor(0, { i, 0 })
        vim.api.nvim_feedkeys(vim.api.nvim_replace_termcodes('<CR>', true, false, true), 'x', false)
        H.eq(bufnr, vim.api.nvim_get_current_buf(), 'the article is current after ' .. prefix)
        return vim.api.nvim_win_get_cursor(0)
      end
    end
    error('no summary line starts with ' .. prefix)
  end
  H.eq({ 4, (H.span(text[4], '🛰️ وقال')) }, jump('• 🛰️ وقال'), 'cursor at the emoji sentence')
  vim.cmd('wincmd p')
  H.eq({ 7, (H.span(text[7], 'Airbus')) }, jump('  • ' .. ('Airbus Defence'):reverse()), 'cursor at Airbus')
end)

H.test('the code lens command khulasa.summarize opens the summary of its URI', function()
  vim.cmd('only')
  vim.api.nvim_set_current_buf(bufnr)
  vim.lsp.commands['khulasa.summarize']({ title = 'x', command = 'khulasa.summarize', arguments = { vim.uri_from_bufnr(bufnr) } }, {})
  H.wait(function() return vim.bo.filetype == 'khulasa-summary' end, 'the summary window')
  H.eq(2, #vim.api.nvim_tabpage_list_wins(0), 'windows')
end)

H.test('bidi reordering for rightleft displays', function()
  local v = require('khulasa.bidi').visual
  H.eq('قال daddaH ramO .rD إن', v('قال Dr. Omar Haddad إن'), 'Latin run with a dot and spaces')
  H.eq('خطوط النقل )6202-5202(', v('خطوط النقل (2025-2026)'), 'year span, mirrored parentheses')
  H.eq('»نور للطاقة« تستثمر 4.2 مليار', v('«نور للطاقة» تستثمر 2.4 مليار'), 'guillemets, decimal')
  H.eq('بنسبة %53 فقط', v('بنسبة 35% فقط'), 'percent sticks to its number')
  H.eq('قال Samer', v('قال \226\129\168remaS\226\129\169'), 'isolates dropped, the run reversed')
  H.eq('٣٠٠ ألف', v('٠٠٣ ألف'), 'Arabic-Indic digits run left to right')
end)

H.run()

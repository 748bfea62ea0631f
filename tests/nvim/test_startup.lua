-- Commands right after opening an article, while the server is still starting (Neovim counts the
-- buffer attached before the server has the document; the plugin waits for it), and requests
-- overtaken by an edit (the server answers ContentModified; the plugin asks again).
local H = dofile(vim.env.KHULASA_ROOT .. '/tests/nvim/harness.lua')

require('khulasa').setup({ language = 'en' }) -- autostart for markdown and text
local article = H.path('docs/examples/article.txt')
local text = H.read_lines(article)

H.test('K at once after opening the article shows the card', function()
  vim.cmd('edit ' .. article) -- FileType starts the server
  H.eq('text', vim.bo.filetype, 'filetype')
  local row
  for i, l in ipairs(text) do
    if l:find('رنا العمري', 1, true) then row = i break end
  end
  vim.api.nvim_win_set_cursor(0, { row, (H.span(text[row], 'رنا العمري')) })
  local hover = require('khulasa.hover')
  vim.cmd('Khulasa hover')
  H.wait(function() return hover.last ~= nil or #H.notes > 0 end, 'the hover float')
  H.eq({}, H.notes, 'messages')
  H.eq('**Person** · رنا العمري', vim.api.nvim_buf_get_lines(hover.last.buf, 0, 1, false)[1], 'card title')
  vim.api.nvim_win_close(hover.last.win, true)
end)

H.test(':Khulasa summary at once after opening a second article', function()
  vim.cmd('edit ' .. H.path('tests/nvim/fixtures/satellite.md'))
  H.eq('markdown', vim.bo.filetype, 'filetype')
  vim.cmd('Khulasa summary')
  H.wait(function() return vim.bo.filetype == 'khulasa-summary' or #H.notes > 0 end, 'the summary window')
  H.eq({}, H.notes, 'messages')
  H.eq('Headline: 🌴 واحة الرمال تطلق قمراً صناعياً للرصد الزراعي', vim.api.nvim_buf_get_lines(0, 0, 1, false)[1], 'headline')
end)

H.test('a request overtaken by an edit (ContentModified) is asked again and answers for the new text', function()
  local client = require('khulasa.client')
  -- Changes go out at once for the next buffer attached, so one lands right behind the request.
  client.get().config.flags.debounce_text_changes = 0
  if client.get().flags then client.get().flags.debounce_text_changes = 0 end
  vim.cmd('enew')
  local bufnr = vim.api.nvim_get_current_buf()
  vim.api.nvim_buf_set_lines(bufnr, 0, -1, false, { 'قال خالد المنصوري إن العمل مستمر.' })
  local attached = false
  require('khulasa').start(bufnr, function() attached = true end)
  H.wait(function() return attached end, 'the buffer to attach')
  local answers = {}
  for i = 1, 5 do
    client.request(bufnr, 'khulasa/mentions', {}, function(err, result)
      table.insert(answers, { err = err, result = result })
    end)
    vim.api.nvim_buf_set_lines(bufnr, -1, -1, false, { ('وقالت سلمى الراشد %d إن الخطة جاهزة.'):format(i) })
  end
  H.wait(function() return #answers == 5 end, 'five answers')
  -- Whether the server saw an edit queued behind a request is a race; either way no error surfaces.
  for _, a in ipairs(answers) do H.eq(nil, a.err, 'error') end
  local last = answers[5].result
  local people = vim.tbl_filter(function(m) return m.kind == 'person' end, last.mentions)
  H.ok(#people >= 2, 'people in the last answer: ' .. vim.inspect(last.mentions))
  H.eq({}, H.notes, 'messages')

  -- The same deterministically: the first answer is ContentModified, the next one real.
  local c = client.get()
  local real = c.request
  local calls = 0
  c.request = function(method, params, handler, b)
    calls = calls + 1
    if calls == 1 then
      vim.schedule(function() handler({ code = -32801, message = 'changed' }, nil) end)
      return true, 0
    end
    return real(method, params, handler, b)
  end
  local got
  local r0 = client.retries
  client.request(bufnr, 'khulasa/mentions', {}, function(err, result) got = { err = err, result = result } end)
  H.wait(function() return got ~= nil end, 'the answer')
  c.request = real
  H.eq(2, calls, 'requests sent')
  H.eq(r0 + 1, client.retries, 'retries counted')
  H.eq(nil, got.err, 'error after the retry')
  H.eq(vim.api.nvim_buf_line_count(bufnr), #vim.tbl_filter(function(m) return m.kind == 'person' end, got.result.mentions), 'one person per line')
end)

H.run()

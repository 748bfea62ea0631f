-- Commands right after opening an article, while the server is still starting: Neovim counts the
-- buffer attached before the server has the document; the plugin waits for it instead of asking
-- about a document the server does not have yet.
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

H.run()

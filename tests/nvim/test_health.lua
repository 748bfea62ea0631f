-- :checkhealth khulasa with a working server and with a missing one; a missing server gives a
-- clear message and no hang.
local H = dofile(vim.env.KHULASA_ROOT .. '/tests/nvim/harness.lua')

local function health_text()
  vim.cmd('checkhealth khulasa')
  H.wait(function() return vim.bo.filetype == 'checkhealth' or vim.fn.bufname():find('health') ~= nil end, 'the health buffer')
  local text = table.concat(vim.api.nvim_buf_get_lines(0, 0, -1, false), '\n')
  vim.cmd('bwipeout!')
  -- 0.7 writes "- OK: msg", 0.10 "- OK msg".
  return (text:gsub('%- (%u+): ', '- %1 '))
end

H.test(':checkhealth khulasa: the server, its version, the Neovim features', function()
  require('khulasa').setup({})
  local version = vim.trim(vim.fn.system({ H.server, '--version' }))
  H.ok(version:match('^khulasa%-lsp %d'), 'khulasa-lsp --version: ' .. version)
  local text = health_text()
  H.contains(text, 'OK server: ' .. H.server)
  H.contains(text, 'OK version: ' .. version)
  if vim.lsp.start then
    H.contains(text, 'vim.lsp.start: found')
  else
    H.contains(text, 'vim.lsp.start: missing; vim.lsp.start_client + vim.lsp.buf_attach_client are used')
  end
  local v = vim.version()
  H.contains(text, ('Neovim %d.%d.%d'):format(v.major, v.minor, v.patch))
  H.contains(text, "'rightleft': found")
  H.ok(not text:find('ERROR'), 'no errors: ' .. text)
end)

H.test(':checkhealth khulasa reports a running client', function()
  local bufnr = H.open(H.path('docs/examples/article.txt'))
  local text = health_text()
  H.contains(text, 'offset encoding utf-16, 1 buffer(s) attached')
  vim.api.nvim_set_current_buf(bufnr)
  vim.cmd('Khulasa stop')
  H.wait(function() return require('khulasa.client').get() == nil end, 'the client to stop')
  H.eq(0, #H.marks(bufnr), 'marks after :Khulasa stop')
  -- Edits after the stop do not start the server again.
  vim.api.nvim_buf_set_lines(bufnr, 0, 0, false, { 'قال خالد المنصوري' })
  vim.wait(600)
  H.eq(nil, require('khulasa.client').get(), 'client after an edit')
  H.eq(0, #H.marks(bufnr), 'marks after an edit')
  vim.cmd('bwipeout! ' .. bufnr)
end)

H.test('a missing server: an error in :checkhealth and a message from :Khulasa summary', function()
  require('khulasa').setup({ cmd = { '/nonexistent/khulasa-lsp' } })
  local text = health_text()
  H.contains(text, 'ERROR server not found: /nonexistent/khulasa-lsp')
  vim.cmd('enew')
  H.notes = {}
  local wins = #vim.api.nvim_tabpage_list_wins(0)
  vim.cmd('Khulasa summary')
  H.eq(1, #H.notes, 'messages')
  H.contains(H.notes[1].msg, 'the server is not executable: /nonexistent/khulasa-lsp')
  H.eq(vim.log.levels.ERROR, H.notes[1].level, 'level')
  H.eq(wins, #vim.api.nvim_tabpage_list_wins(0), 'no window opened')
end)

H.run()

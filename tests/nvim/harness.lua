-- A small test harness for headless Neovim. Each test file registers cases with H.test and ends
-- with H.run(); results go to $KHULASA_TEST_OUT as "PASS\tname" / "FAIL\tname\tmessage" lines,
-- read by tests/nvim/run. Neovim always quits, whatever happens.
local H = {}

H.root = assert(vim.env.KHULASA_ROOT, 'KHULASA_ROOT is not set')
H.server = assert(vim.env.KHULASA_LSP, 'KHULASA_LSP is not set')
local out_path = assert(vim.env.KHULASA_TEST_OUT, 'KHULASA_TEST_OUT is not set')
local cases = {}

vim.opt.runtimepath:prepend(H.root .. '/plugin/nvim')
vim.cmd('filetype on')
vim.cmd('syntax on') -- as for a person: markdown floats get their syntax (tree-sitter on 0.10)
vim.cmd('runtime plugin/khulasa.lua')
vim.o.columns = 160
vim.o.lines = 50
-- Messages (vim.notify) land in a list the tests can read, instead of waiting for a key.
H.notes = {}
vim.notify = function(msg, level) table.insert(H.notes, { msg = msg, level = level }) end

function H.test(name, fn) table.insert(cases, { name = name, fn = fn }) end

local function show(v) return type(v) == 'string' and ('%q'):format(v) or vim.inspect(v) end

function H.eq(expected, actual, what)
  if not vim.deep_equal(expected, actual) then
    error(('%s: expected %s, got %s'):format(what or 'value', show(expected), show(actual)), 2)
  end
end

function H.ok(cond, what)
  if not cond then error(what or 'assertion failed', 2) end
  return cond
end

function H.contains(haystack, needle, what)
  if type(haystack) == 'table' then haystack = table.concat(haystack, '\n') end
  if not haystack:find(needle, 1, true) then
    error(('%s: %s not found in %s'):format(what or 'text', show(needle), show(haystack)), 2)
  end
end

-- Wait for cond() on the event loop; fail with `what` after `ms`.
function H.wait(cond, what, ms)
  if not vim.wait(ms or 5000, cond, 10) then error('timed out waiting for ' .. what, 2) end
end

function H.path(rel) return H.root .. '/' .. rel end

-- The text of a file, split in lines (no trailing newline element).
function H.read_lines(path)
  local lines = {}
  for l in io.lines(path) do table.insert(lines, (l:gsub('\r$', ''))) end
  return lines
end

-- Byte span (0-based start, exclusive end) of the n-th plain occurrence of `needle` in `line`.
function H.span(line, needle, n)
  local from = 1
  local s, e
  for _ = 1, n or 1 do
    s, e = line:find(needle, from, true)
    assert(s, ('%q not in %q'):format(needle, line))
    from = e + 1
  end
  return s - 1, e
end

-- The plugin's highlight extmarks: { row, col, end_row, end_col, group, text }.
function H.marks(bufnr)
  local ns = require('khulasa.highlights').ns
  local out = {}
  for _, m in ipairs(vim.api.nvim_buf_get_extmarks(bufnr, ns, 0, -1, { details = true })) do
    local d = m[4]
    local line = vim.api.nvim_buf_get_lines(bufnr, m[2], m[2] + 1, false)[1]
    table.insert(out, { row = m[2], col = m[3], end_row = d.end_row, end_col = d.end_col,
      group = d.hl_group, text = d.end_row == m[2] and line:sub(m[3] + 1, d.end_col) or nil })
  end
  return out
end

-- The mark of `group` on `row` starting at byte `col`, or nil.
function H.find_mark(marks, row, col, group)
  for _, m in ipairs(marks) do
    if m.row == row and m.col == col and m.group == group then return m end
  end
  return nil
end

-- The server's own answer to a request about `bufnr` (for tests that follow what the server chose,
-- e.g. which sentences are key facts, and check where the plugin puts them).
function H.request(bufnr, method, params)
  local answer
  require('khulasa.client').request(bufnr, method, params or {}, function(err, result)
    answer = { err = err, result = result }
  end)
  H.wait(function() return answer ~= nil end, 'the answer to ' .. method)
  assert(not answer.err, method .. ': ' .. vim.inspect(answer.err))
  return answer.result
end

-- Open a file and wait until the server attached and the highlights are drawn.
function H.open(path)
  vim.cmd('edit ' .. vim.fn.fnameescape(path))
  local bufnr = vim.api.nvim_get_current_buf()
  local attached = false
  require('khulasa').start(bufnr, function() attached = true end)
  H.wait(function() return attached end, 'the server to attach ' .. path)
  H.wait(function() return #H.marks(bufnr) > 0 end, 'highlights in ' .. path)
  return bufnr
end

-- Run every case, write the results, quit.
function H.run()
  local f = assert(io.open(out_path, 'a'))
  for _, c in ipairs(cases) do
    local ok, err = xpcall(c.fn, debug.traceback)
    if ok then
      f:write('PASS\t', c.name, '\n')
    else
      f:write('FAIL\t', c.name, '\t', (tostring(err):gsub('\n', '\n\t\t')), '\n')
    end
    f:flush()
  end
  f:close()
  pcall(function() require('khulasa').stop() end)
  vim.wait(200)
  vim.cmd('qa!')
end

return H

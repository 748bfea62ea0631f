-- Entity highlights drawn as the plugin's own extmarks from `khulasa/mentions`, so they look the
-- same on Neovim 0.7 (no semantic tokens) and later. Asked again after edits, debounced.
local client = require('khulasa.client')
local config = require('khulasa.config')
local position = require('khulasa.position')

local M = {}

M.ns = vim.api.nvim_create_namespace('khulasa_highlights')

M.groups = {
  person = { 'KhulasaPerson', 'Identifier' },
  organization = { 'KhulasaOrganization', 'Type' },
  location = { 'KhulasaLocation', 'Constant' },
  role = { 'KhulasaRole', 'Statement' },
  money = { 'KhulasaMoney', 'Number' },
  percent = { 'KhulasaPercent', 'Number' },
  date = { 'KhulasaDate', 'Special' },
  number = { 'KhulasaNumber', 'Number' },
  quote = { 'KhulasaQuote', 'String' },
}

-- Default links; a colorscheme or the user may override the Khulasa* groups.
function M.define_groups()
  for _, g in pairs(M.groups) do
    vim.cmd(('highlight default link %s %s'):format(g[1], g[2]))
  end
end

local state = {} -- bufnr -> { enabled, listening, timer, drawn_tick (changedtick of the marks) }
M.state = state

local function buf_state(bufnr)
  state[bufnr] = state[bufnr] or { enabled = config.options.highlight.enabled }
  return state[bufnr]
end

function M.clear(bufnr)
  if vim.api.nvim_buf_is_valid(bufnr) then vim.api.nvim_buf_clear_namespace(bufnr, M.ns, 0, -1) end
end

-- Draw the answer of khulasa/mentions.
function M.draw(bufnr, result, encoding)
  M.clear(bufnr)
  local wanted = {}
  for _, k in ipairs(config.options.highlight.kinds) do wanted[k] = true end
  local lines = {}
  local count = 0
  local function mark(range, kind, priority)
    local group = M.groups[kind]
    if not group or not wanted[kind] then return end
    local sr, sc, er, ec = position.range_to_bytes(bufnr, range, encoding, lines)
    if er < sr or (er == sr and ec <= sc) then return end
    local ok = pcall(vim.api.nvim_buf_set_extmark, bufnr, M.ns, sr, sc, {
      end_row = er, end_col = ec, hl_group = group[1], priority = priority,
    })
    if ok then count = count + 1 end
  end
  -- Quotes under the names inside them.
  for _, q in ipairs(result.quotes or {}) do mark(q.range, 'quote', 110) end
  for _, m in ipairs(result.mentions or {}) do mark(m.range, m.kind, 120) end
  return count
end

-- Ask the server and draw; a result for an older text (the buffer changed meanwhile) is dropped
-- and asked again.
function M.refresh(bufnr, done)
  bufnr = (bufnr == nil or bufnr == 0) and vim.api.nvim_get_current_buf() or bufnr
  local st = buf_state(bufnr)
  if not st.enabled then
    M.clear(bufnr)
    return
  end
  local tick = vim.api.nvim_buf_get_changedtick(bufnr)
  client.request(bufnr, 'khulasa/mentions', {}, function(err, result, c)
    st = state[bufnr] -- (a reload may have replaced it meanwhile)
    if not st or not vim.api.nvim_buf_is_valid(bufnr) or not st.enabled then return end
    if err and err.code == client.CONTENT_MODIFIED then
      M.schedule(bufnr) -- still being edited: once the edits pause
      return
    end
    if err or not result then
      if err then vim.notify('khulasa: mentions: ' .. (err.message or vim.inspect(err)), vim.log.levels.WARN) end
      return
    end
    if vim.api.nvim_buf_get_changedtick(bufnr) ~= tick then
      -- Stale: ask again once the edits pause (changes without on_lines, like a reload's, too).
      M.schedule(bufnr)
      return
    end
    st.drawn_tick = tick
    M.draw(bufnr, result, c.offset_encoding or 'utf-16')
    if done then done() end
  end)
end

function M.schedule(bufnr)
  local st = buf_state(bufnr)
  if not st.enabled then return end
  if not st.timer then st.timer = vim.loop.new_timer() end
  st.timer:stop()
  st.timer:start(config.options.highlight.debounce, 0, vim.schedule_wrap(function()
    -- Only while attached: edits after :Khulasa stop must not start the server again.
    if vim.api.nvim_buf_is_valid(bufnr) and client.for_buf(bufnr) then M.refresh(bufnr) end
  end))
end

-- Called when a buffer gets attached: draw now and follow its edits.
function M.attach(bufnr)
  local st = buf_state(bufnr)
  if not st.listening then
    st.listening = true
    vim.api.nvim_buf_attach(bufnr, false, {
      on_lines = function()
        if not state[bufnr] or not state[bufnr].listening then return true end -- detach
        M.schedule(bufnr)
      end,
      on_detach = function()
        -- Unloaded (or reloaded): stop listening; the next attach listens again.
        local cur = state[bufnr]
        if cur then
          cur.listening = false
          if cur.timer then cur.timer:stop() end
        end
        return true
      end,
      on_reload = function() M.schedule(bufnr) end,
    })
  end
  if not st.wipeout then
    st.wipeout = true
    vim.api.nvim_create_autocmd('BufWipeout', {
      buffer = bufnr, once = true, callback = function() M.detach(bufnr) end,
    })
  end
  if st.enabled then M.refresh(bufnr) end
end

function M.detach(bufnr)
  local st = state[bufnr]
  if st and st.timer then
    st.timer:stop()
    st.timer:close()
  end
  state[bufnr] = nil
end

-- :Khulasa highlights [on|off]
function M.toggle(bufnr, on)
  bufnr = (bufnr == nil or bufnr == 0) and vim.api.nvim_get_current_buf() or bufnr
  local st = buf_state(bufnr)
  if on == nil then on = not st.enabled end
  st.enabled = on
  if on then
    client.attach(bufnr, function() M.attach(bufnr) end)
  else
    if st.timer then st.timer:stop() end
    M.clear(bufnr)
  end
  return on
end

return M

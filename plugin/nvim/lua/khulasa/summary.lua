-- The summary split (gist, key facts, section bullets, entities, quotes) built from
-- `khulasa/summary`, and the location lists of facts and entities. Every line that stands for a
-- span of the article remembers its range; <CR> on it jumps there.
local bidi = require('khulasa.bidi')
local client = require('khulasa.client')
local config = require('khulasa.config')
local position = require('khulasa.position')

local M = {}

M.ns = vim.api.nvim_create_namespace('khulasa_summary')
M.jump_ns = vim.api.nvim_create_namespace('khulasa_jump')
local views = {} -- summary bufnr -> { source = bufnr, targets = { [lnum] = range }, encoding }
M.views = views

function M.define_groups()
  vim.cmd('highlight default link KhulasaSummaryTitle Title')
  vim.cmd('highlight default link KhulasaSummaryHeading Statement')
  vim.cmd('highlight default link KhulasaSummaryGloss Comment')
  vim.cmd('highlight default link KhulasaJump IncSearch')
end

-- The summary as lines: { text, range (or nil), group (or nil) }. Pure, for the tests too.
function M.render(s)
  local L = s.labels or {}
  local out = {}
  local function add(text, range, group) table.insert(out, { text = text, range = range, group = group }) end
  local function blank() if #out > 0 and out[#out].text ~= '' then add('') end end
  local function one_line(t) return (t or ''):gsub('%s*\n%s*', ' ') end

  if s.headline then
    add(L.headline .. ': ' .. one_line(s.headline.text), s.headline.range, 'KhulasaSummaryTitle')
  end
  blank()
  add(s.gistSource == 'headline' and L.gistHeadline or L.gist, nil, 'KhulasaSummaryHeading')
  if #(s.gist or {}) == 0 then
    add('  ' .. (L.gistEmpty or ''), nil, 'KhulasaSummaryGloss')
  end
  for _, g in ipairs(s.gist or {}) do add('• ' .. one_line(g.text), g.range) end

  if #(s.facts or {}) > 0 then
    blank()
    add(L.facts, nil, 'KhulasaSummaryHeading')
    for _, f in ipairs(s.facts) do
      add('• ' .. one_line(f.text), f.range)
      if f.english and f.english ~= '' then add('  ' .. f.english, f.range, 'KhulasaSummaryGloss') end
    end
  end

  if #(s.sections or {}) > 0 then
    blank()
    add(L.sections, nil, 'KhulasaSummaryHeading')
    for _, sec in ipairs(s.sections) do
      add('▸ ' .. one_line(sec.heading.text), sec.heading.range, 'KhulasaSummaryHeading')
      if sec.sentence then add('  • ' .. one_line(sec.sentence.text), sec.sentence.range) end
    end
  end

  if #(s.entities or {}) > 0 then
    blank()
    add(L.entities, nil, 'KhulasaSummaryHeading')
    for _, group in ipairs(s.entities) do
      add(((L.kinds or {})[group.kind] or group.kind), nil, 'KhulasaSummaryHeading')
      for _, e in ipairs(group.items or {}) do
        local text = '  • ' .. e.name
        if e.english and e.english ~= '' and e.english ~= e.name then text = text .. ' · ' .. e.english end
        text = text .. ' · ' .. (L.mentions or 'mentions') .. ': ' .. tostring(e.mentions or 1)
        add(text, e.range)
      end
    end
  end

  if #(s.quotes or {}) > 0 then
    blank()
    add(L.quotes, nil, 'KhulasaSummaryHeading')
    for _, q in ipairs(s.quotes) do
      local who = L.noSpeaker or ''
      if q.speaker then
        who = q.speaker.name
        if q.speaker.english and q.speaker.english ~= '' and q.speaker.english ~= q.speaker.name then
          who = who .. ' (' .. q.speaker.english .. ')'
        end
      end
      add('• ' .. one_line(q.text) .. ' — ' .. who, q.range)
    end
  end
  return out
end

local function find_window(buf)
  for _, w in ipairs(vim.api.nvim_tabpage_list_wins(0)) do
    if vim.api.nvim_win_get_buf(w) == buf then return w end
  end
  return nil
end

local function open_window(buf)
  local o = config.options.summary
  local cmd = ({
    right = 'vertical botright %dsplit', left = 'vertical topleft %dsplit',
    below = 'botright %dsplit', above = 'topleft %dsplit',
  })[o.position] or 'vertical botright %dsplit'
  vim.cmd(cmd:format(o.size))
  local win = vim.api.nvim_get_current_win()
  vim.api.nvim_win_set_buf(win, buf)
  for name, value in pairs({ wrap = true, linebreak = true, number = false, relativenumber = false,
    cursorline = true, signcolumn = 'no', foldcolumn = '0', list = false, spell = false }) do
    vim.api.nvim_win_set_option(win, name, value)
  end
  local vertical = o.position ~= 'below' and o.position ~= 'above'
  vim.api.nvim_win_set_option(win, vertical and 'winfixwidth' or 'winfixheight', true)
  return win
end

local function summary_buffer(source)
  local name = 'khulasa://summary/' .. source
  local buf = vim.fn.bufnr('^' .. name .. '$')
  if buf > 0 and vim.api.nvim_buf_is_valid(buf) then return buf end
  buf = vim.api.nvim_create_buf(false, true)
  vim.api.nvim_buf_set_name(buf, name)
  vim.api.nvim_buf_set_option(buf, 'bufhidden', 'hide')
  vim.api.nvim_buf_set_option(buf, 'swapfile', false)
  vim.api.nvim_buf_set_option(buf, 'filetype', 'khulasa-summary')
  local map = function(lhs, fn, desc)
    vim.api.nvim_buf_set_keymap(buf, 'n', lhs, '', { noremap = true, silent = true, callback = fn, desc = desc })
  end
  map('<CR>', function() M.jump() end, 'Khulasa: jump to this sentence')
  map('q', function() vim.api.nvim_win_close(0, false) end, 'Khulasa: close the summary')
  map('r', function()
    local v = views[buf]
    if v then M.open(v.source, { sentences = v.sentences }) end
  end, 'Khulasa: refresh the summary')
  return buf
end

-- Fill the summary buffer of `source` and show it; returns the summary's bufnr and window.
function M.show(source, result, encoding, focus)
  local buf = summary_buffer(source)
  local items = M.render(result)
  local rl = config.options.summary.rightleft
  if rl == nil then rl = result.language == 'ar' end
  local reorder = rl and config.options.summary.bidi
  local lines, targets = {}, {}
  for i, item in ipairs(items) do
    lines[i] = reorder and bidi.visual(item.text) or bidi.strip_controls(item.text)
    targets[i] = item.range
  end
  local shown = find_window(buf)
  local cursor = shown and vim.api.nvim_win_get_cursor(shown)
  vim.api.nvim_buf_set_option(buf, 'modifiable', true)
  vim.api.nvim_buf_set_lines(buf, 0, -1, false, lines)
  vim.api.nvim_buf_set_option(buf, 'modifiable', false)
  vim.api.nvim_buf_set_option(buf, 'modified', false)
  vim.api.nvim_buf_clear_namespace(buf, M.ns, 0, -1)
  for i, item in ipairs(items) do
    if item.group then vim.api.nvim_buf_add_highlight(buf, M.ns, item.group, i - 1, 0, -1) end
  end
  local old = views[buf] or {}
  views[buf] = { source = source, targets = targets, encoding = encoding, result = result,
    sentences = old.sentences }

  local win = shown
  if win then
    pcall(vim.api.nvim_win_set_cursor, win, { math.min(cursor[1], #lines), cursor[2] })
  elseif focus ~= false then
    win = open_window(buf)
  end
  if win then vim.api.nvim_win_set_option(win, 'rightleft', rl and true or false) end
  if win and focus ~= false then vim.api.nvim_set_current_win(win) end
  return buf, win
end

-- The summary follows edits of its article while it is shown (debounced like the highlights).
local following = {} -- source bufnr -> timer
local function follow(source)
  if following[source] then return end
  local timer = vim.loop.new_timer()
  following[source] = timer
  local function refresh()
    local buf = vim.fn.bufnr('^khulasa://summary/' .. source .. '$')
    if buf < 1 or not views[buf] or not find_window(buf) or not client.for_buf(source) then return end
    local tick = vim.api.nvim_buf_get_changedtick(source)
    local params = { sentences = views[buf].sentences or config.options.sentences, lang = config.options.language }
    client.request(source, 'khulasa/summary', params, function(err, result, c)
      if err or not result or not vim.api.nvim_buf_is_valid(source) then return end
      if vim.api.nvim_buf_get_changedtick(source) ~= tick then
        timer:start(config.options.highlight.debounce, 0, vim.schedule_wrap(refresh))
        return
      end
      M.show(source, result, c.offset_encoding or 'utf-16', false)
    end)
  end
  vim.api.nvim_buf_attach(source, false, {
    on_lines = function()
      if not following[source] then return true end
      timer:stop()
      timer:start(config.options.highlight.debounce, 0, vim.schedule_wrap(refresh))
    end,
    on_detach = function()
      following[source] = nil
      timer:stop()
      timer:close()
    end,
  })
end

-- :Khulasa summary [sentences]
function M.open(bufnr, opts)
  bufnr = (bufnr == nil or bufnr == 0) and vim.api.nvim_get_current_buf() or bufnr
  opts = opts or {}
  local params = { sentences = opts.sentences or config.options.sentences, lang = config.options.language }
  client.request(bufnr, 'khulasa/summary', params, function(err, result, c)
    if err or not result then
      vim.notify('khulasa: summary: ' .. (err and err.message or 'no result'), vim.log.levels.ERROR)
      return
    end
    local buf = M.show(bufnr, result, c.offset_encoding or 'utf-16')
    views[buf].sentences = params.sentences
    follow(bufnr)
    if opts.done then opts.done() end
  end)
end

-- <CR> in the summary: put the source's cursor on the line's sentence and flash its span.
function M.jump(lnum)
  local buf = vim.api.nvim_get_current_buf()
  local view = views[buf]
  if not view then return end
  lnum = lnum or vim.api.nvim_win_get_cursor(0)[1]
  local range = view.targets[lnum]
  if not range or not vim.api.nvim_buf_is_valid(view.source) then return end
  local win = find_window(view.source)
  if not win then
    vim.cmd('wincmd p')
    if vim.api.nvim_get_current_buf() == buf then vim.cmd('vertical topleft split') end
    win = vim.api.nvim_get_current_win()
    vim.api.nvim_win_set_buf(win, view.source)
  end
  local sr, sc, er, ec = position.range_to_bytes(view.source, range, view.encoding)
  vim.api.nvim_set_current_win(win)
  vim.api.nvim_win_set_cursor(win, { sr + 1, sc })
  vim.cmd('normal! zv')
  vim.api.nvim_buf_clear_namespace(view.source, M.jump_ns, 0, -1)
  pcall(vim.api.nvim_buf_set_extmark, view.source, M.jump_ns, sr, sc,
    { end_row = er, end_col = ec, hl_group = 'KhulasaJump', priority = 200 })
  vim.defer_fn(function()
    if vim.api.nvim_buf_is_valid(view.source) then
      vim.api.nvim_buf_clear_namespace(view.source, M.jump_ns, 0, -1)
    end
  end, 1000)
  return win
end

local function loclist(bufnr, title, entries, encoding)
  local items = {}
  local lines = {}
  for _, e in ipairs(entries) do
    local sr, sc, er, ec = position.range_to_bytes(bufnr, e.range, encoding, lines)
    table.insert(items, { bufnr = bufnr, lnum = sr + 1, col = sc + 1, end_lnum = er + 1, end_col = ec + 1, text = e.text })
  end
  local win = find_window(bufnr) or vim.api.nvim_get_current_win()
  vim.fn.setloclist(win, {}, ' ', { title = title, items = items })
  return win, items
end

-- :Khulasa facts — the key facts (with their English gloss) in the location list.
function M.facts(bufnr, opts)
  bufnr = (bufnr == nil or bufnr == 0) and vim.api.nvim_get_current_buf() or bufnr
  opts = opts or {}
  client.request(bufnr, 'khulasa/summary', { lang = config.options.language }, function(err, result, c)
    if err or not result then
      vim.notify('khulasa: facts: ' .. (err and err.message or 'no result'), vim.log.levels.ERROR)
      return
    end
    local entries = {}
    for _, f in ipairs(result.facts or {}) do
      local text = bidi.strip_controls(f.text)
      if f.english and f.english ~= '' then text = text .. ' — ' .. f.english end
      table.insert(entries, { range = f.range, text = text })
    end
    local win = loclist(bufnr, 'Khulasa: ' .. (result.labels.facts or 'facts'), entries, c.offset_encoding or 'utf-16')
    if opts.open ~= false then
      vim.api.nvim_set_current_win(win)
      vim.cmd('lopen')
    end
    if opts.done then opts.done() end
  end)
end

-- :Khulasa entities — every mention, in text order, in the location list.
function M.entities(bufnr, opts)
  bufnr = (bufnr == nil or bufnr == 0) and vim.api.nvim_get_current_buf() or bufnr
  opts = opts or {}
  client.request(bufnr, 'khulasa/mentions', {}, function(err, result, c)
    if err or not result then
      vim.notify('khulasa: entities: ' .. (err and err.message or 'no result'), vim.log.levels.ERROR)
      return
    end
    local entries = {}
    for _, m in ipairs(result.mentions or {}) do
      local e = result.entities[m.entity + 1] or {}
      local text = ('[%s] %s'):format(m.kind, e.name or '')
      if e.english and e.english ~= '' and e.english ~= e.name then text = text .. ' · ' .. e.english end
      table.insert(entries, { range = m.range, text = text })
    end
    local win = loclist(bufnr, 'Khulasa: entities', entries, c.offset_encoding or 'utf-16')
    if opts.open ~= false then
      vim.api.nvim_set_current_win(win)
      vim.cmd('lopen')
    end
    if opts.done then opts.done() end
  end)
end

return M

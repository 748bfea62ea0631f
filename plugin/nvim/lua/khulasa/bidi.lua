-- Text for a 'rightleft' window. Neovim has no bidi algorithm: 'rightleft' mirrors a whole line, so
-- Arabic reads right, but Latin words and numbers come out backwards ("450" as "054"). For display
-- buffers only, this stores each left-to-right run reversed (so mirroring restores it) and swaps
-- paired brackets in the right-to-left text (so they open the right way). A small approximation of
-- the Unicode bidi rules, enough for news text; never applied to the user's own buffers.
local M = {}

local function codepoints(s)
  local out = {}
  for ch in s:gmatch('[%z\1-\127\194-\244][\128-\191]*') do
    table.insert(out, ch)
  end
  return out
end

local function code(ch)
  local ok, n = pcall(vim.fn.char2nr, ch)
  return ok and n or 0
end

-- Strong left-to-right: Latin letters and digits (European and Arabic-Indic digits run LTR).
local function is_ltr(ch)
  if #ch == 1 then return ch:match('[%w]') ~= nil end
  local c = code(ch)
  return (c >= 0xC0 and c <= 0x24F and c ~= 0xD7 and c ~= 0xF7)
    or (c >= 0x660 and c <= 0x669) or (c >= 0x6F0 and c <= 0x6F9)
    or (c >= 0x1E00 and c <= 0x1EFF)
end

local function is_rtl(ch)
  local c = code(ch)
  return (c >= 0x590 and c <= 0x8FF) or (c >= 0xFB1D and c <= 0xFDFF) or (c >= 0xFE70 and c <= 0xFEFF)
end

-- Signs that stick to an adjacent number ("22%", "$450", "3°").
local terminators = { ['%'] = true, ['$'] = true, ['€'] = true, ['£'] = true, ['°'] = true, ['³'] = true, ['²'] = true }

local mirror = { ['('] = ')', [')'] = '(', ['['] = ']', [']'] = '[', ['{'] = '}', ['}'] = '{',
  ['<'] = '>', ['>'] = '<', ['«'] = '»', ['»'] = '«' }

-- Bidi isolates and marks: Neovim shows them as <2068>; the plugin's displays drop them.
function M.strip_controls(s)
  return (s:gsub('\226\128[\142\143\170-\174]', ''):gsub('\226\129[\166-\169]', ''))
end

function M.visual(line)
  local chars = codepoints(M.strip_controls(line))
  local n = #chars
  local ltr = {}
  for i = 1, n do ltr[i] = is_ltr(chars[i]) end
  for i = 1, n do -- terminators next to a digit
    if terminators[chars[i]] and ((i > 1 and chars[i - 1]:match('%d')) or (i < n and chars[i + 1]:match('%d'))) then
      ltr[i] = true
    end
  end
  -- Neutrals between two LTR characters join them ("Samsung SDI", "2.4", "2025-2026").
  local i = 1
  while i <= n do
    if ltr[i] then
      local j = i + 1
      while j <= n and not ltr[j] and not is_rtl(chars[j]) do j = j + 1 end
      if j <= n and ltr[j] then
        for k = i + 1, j - 1 do ltr[k] = true end
      end
      i = j
    else
      i = i + 1
    end
  end
  local out = {}
  i = 1
  while i <= n do
    if ltr[i] then
      local j = i
      while j + 1 <= n and ltr[j + 1] do j = j + 1 end
      for k = j, i, -1 do table.insert(out, chars[k]) end
      i = j + 1
    else
      table.insert(out, mirror[chars[i]] or chars[i])
      i = i + 1
    end
  end
  return table.concat(out)
end

-- Does the text hold Arabic (or other right-to-left) letters?
function M.has_rtl(s)
  for _, ch in ipairs(codepoints(s)) do
    if is_rtl(ch) then return true end
  end
  return false
end

return M

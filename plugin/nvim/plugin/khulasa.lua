-- :Khulasa; the modules load on first use. Autostart in markdown/text buffers comes with
-- require('khulasa').setup().
if vim.g.loaded_khulasa or vim.fn.has('nvim-0.7') == 0 then return end
vim.g.loaded_khulasa = 1

vim.api.nvim_create_user_command('Khulasa', function(o)
  require('khulasa').command(o.fargs)
end, {
  nargs = '*',
  desc = 'Khulasa: summary, facts, entities, highlights, hover, start, stop',
  complete = function(arglead, cmdline) return require('khulasa').complete(arglead, cmdline) end,
})

-- gc_full_lists: one million one-element tables in a global table (see
-- gc_full_lists.py); luaprobe.lua times five full collections on it.
keep = {}
for i = 0, 999999 do
  keep[#keep + 1] = { i }
end
print(#keep, keep[#keep][1])

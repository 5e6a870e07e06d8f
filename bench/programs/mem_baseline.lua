-- mem_baseline: the same table as mem_closures.lua, holding small integers.
local N = 1000000
keep = {}
for i = 0, N - 1 do
  keep[#keep + 1] = i % 100
end
print(#keep, keep[N] * 2)

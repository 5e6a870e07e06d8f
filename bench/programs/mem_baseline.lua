-- mem_baseline: the same program as mem_closures.lua (the same functions),
-- with the table holding small integers instead of closures.
local N = 1000000

local function make_multiplier_of(n)
  return function(x)
    return x * n
  end
end

keep = {}
for i = 0, N - 1 do
  keep[#keep + 1] = i % 100
end
print(#keep, keep[N] * 2, type(make_multiplier_of))

-- mem_closures: one million single-upvalue closures kept alive in a global
-- table (see mem_closures.py).
local N = 1000000

local function make_multiplier_of(n)
  return function(x)
    return x * n
  end
end

keep = {}
for i = 0, N - 1 do
  keep[#keep + 1] = make_multiplier_of(i % 100)
end
print(#keep, keep[N](2))

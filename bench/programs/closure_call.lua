-- closure_call: the seed's make_multiplier_of at scale (see closure_call.py).
local M = 1000000007

local function make_multiplier_of(n)
  return function(x)
    return x * n
  end
end

local function main()
  local total = 0
  for r = 0, 99 do
    local multipliers = {}
    for i = 0, 9999 do
      multipliers[#multipliers + 1] = make_multiplier_of(i)
    end
    for _, m in ipairs(multipliers) do
      total = (total + m(r + 1)) % M
    end
  end
  for i = 0, 999999 do
    total = (total + make_multiplier_of(i)(3)) % M
  end
  print(total)
end

main()

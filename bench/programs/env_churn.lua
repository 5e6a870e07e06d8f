-- env_churn: closures capturing large tables, created and dropped in a loop
-- (see env_churn.py).
local M = 1000000007

-- Lua has no C-level fill like Python's [0] * size; a generated table
-- constructor (one SETLIST for the whole table) is its fastest equivalent.
local new_zeros = load("return function() return {" .. string.rep("0,", 1000) .. "} end")()

local function make_handler(seed, size)
  local buffer = new_zeros()
  buffer[1] = seed
  return function(k)
    return buffer[k % size + 1] + buffer[1] + #buffer
  end
end

local function main()
  local total = 0
  local ring = {}
  for i = 0, 299999 do
    local h = make_handler(i, 1000)
    ring[i % 8 + 1] = h
    if i >= 8 then
      total = (total + h(i) + ring[(i + 3) % 8 + 1](i)) % M
    else
      total = (total + h(i)) % M
    end
  end
  print(total)
end

main()

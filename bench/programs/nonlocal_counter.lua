-- nonlocal_counter: many increments through closures that rebind an upvalue
-- (see nonlocal_counter.py).
local M = 1000000007

local function make_counter(start)
  local count = start
  local function increment(step)
    count = count + step
    return count
  end
  local function value()
    return count
  end
  return { increment, value }
end

local function main()
  local pair0 = make_counter(0)
  local inc, value = pair0[1], pair0[2]
  local acc = 0
  for i = 0, 4999999 do
    acc = (acc + inc(i % 7)) % M
  end
  local bank = {}
  for k = 0, 999 do
    bank[#bank + 1] = make_counter(k)
  end
  for rnd = 0, 1999 do
    for _, pair in ipairs(bank) do
      pair[1](rnd % 5 + 1)
    end
  end
  for _, pair in ipairs(bank) do
    acc = (acc + pair[2]()) % M
  end
  print((acc + value()) % M)
end

main()

-- generators: the same work as generators.py with coroutines: a pipeline of
-- coroutine.wrap generators fed by one closed over a captured counter, a
-- recursive tree walk (yield from = a nested loop re-yielding), and a
-- resume()-driven running-average coroutine.
local M = 1000000007

local function make_source(limit)
  local produced = 0
  return function()
    return coroutine.wrap(function()
      while produced < limit do
        produced = produced + 1
        coroutine.yield(produced)
      end
    end)
  end
end

local function scaled(xs, k)
  return coroutine.wrap(function()
    for x in xs do
      coroutine.yield(x * k % M)
    end
  end)
end

local function evens(xs)
  return coroutine.wrap(function()
    for x in xs do
      if x % 2 == 0 then
        coroutine.yield(x)
      end
    end
  end)
end

local function walk(depth)
  return coroutine.wrap(function()
    if depth == 0 then
      coroutine.yield(1)
      return
    end
    for x in walk(depth - 1) do coroutine.yield(x) end
    for x in walk(depth - 1) do coroutine.yield(x) end
  end)
end

local function averager()
  return coroutine.wrap(function()
    local total, count, avg = 0, 0, 0
    while true do
      local x = coroutine.yield(avg)
      total = total + x
      count = count + 1
      avg = total // count
    end
  end)
end

local function main()
  local acc = 0
  for x in evens(scaled(make_source(3000000)(), 7)) do
    acc = (acc + x) % M
  end
  for x in walk(17) do
    acc = acc + x
  end
  local avg = averager()
  avg()
  for i = 0, 999999 do
    acc = (acc + avg(i)) % M
  end
  local s = 0
  for i = 0, 999999 do
    s = s + i * i % 11
  end
  acc = (acc + s) % M
  print(acc)
end

main()

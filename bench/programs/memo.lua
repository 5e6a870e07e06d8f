-- memo: decorators whose wrappers pass calls through varargs and a keyword
-- table (Lua's equivalent of *args/**kwargs); see memo.py. The cache key is
-- a string built from the positional args and the sorted keyword pairs.
local M = 1000000007

local function make_key(args, n, kwargs)
  local parts = {}
  for i = 1, n do
    parts[#parts + 1] = tostring(args[i])
  end
  local names = {}
  for k in pairs(kwargs) do
    names[#names + 1] = k
  end
  table.sort(names)
  for _, k in ipairs(names) do
    parts[#parts + 1] = k .. "=" .. tostring(kwargs[k])
  end
  return table.concat(parts, ",")
end

-- fn(kwargs, ...): the wrapped function takes its keyword table first.
local function memoize(fn)
  local cache = {}
  return function(kwargs, ...)
    local args = table.pack(...)
    local key = make_key(args, args.n, kwargs)
    local v = cache[key]
    if v == nil then
      v = fn(kwargs, table.unpack(args, 1, args.n))
      cache[key] = v
    end
    return v
  end
end

local function counted(fn)
  local calls = 0
  return function(kwargs, ...)
    calls = calls + 1
    return fn(kwargs, ...) + calls
  end
end

local NOKW = {}

local square = memoize(function(kw, n)
  return n * n + (kw.offset or 0)
end)

local fib
fib = memoize(function(_, n)
  if n < 2 then return n end
  return (fib(NOKW, n - 1) + fib(NOKW, n - 2)) % M
end)

local add = counted(function(kw, a, b)
  return (a + b) * (kw.scale or 1)
end)

local function main()
  local total = 0
  for i = 0, 199999 do
    total = (total + square({ offset = i % 3 }, i % 1000)) % M
    total = (total + add({ scale = 2 }, i, i % 10)) % M
    total = (total + fib(NOKW, i % 90)) % M
  end
  print(total)
end

main()

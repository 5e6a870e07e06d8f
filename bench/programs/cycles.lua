-- cycles: closures in reference cycles created in a loop (see cycles.py).
local M = 1000000007

local function make_self_ref(i)
  local again
  again = function(n)
    if n <= 0 then
      return i
    end
    return again(n - 1)
  end
  return again
end

local function make_pair(i)
  local ping, pong
  ping = function(n)
    if n > 0 then return pong(n - 1) end
    return i
  end
  pong = function(n)
    if n > 0 then return ping(n - 1) end
    return i + 1
  end
  return ping
end

local function make_registry(i)
  local registry = {}
  local function lookup(name)
    local v = registry[name]
    if v == nil then v = i end
    return v
  end
  registry["self"] = lookup
  return lookup
end

local function main()
  local total = 0
  for i = 0, 199999 do
    total = total + make_self_ref(i)(2)
    total = total + make_pair(i)(3)
    total = total + make_registry(i)("missing")
    total = total % M
  end
  print(total)
end

main()

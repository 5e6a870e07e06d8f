-- mix: a general interpreter mix (see mix.py).
local M = 1000000007

local function arith(n)
  local acc = 0
  for i = 1, n - 1 do
    acc = (acc * 31 + i * i + (i // 3) - (i % 7)) % 1000003
  end
  return acc
end

local function dict_counts(reps)
  local words = {}
  for i = 0, 1999 do
    words[#words + 1] = "w" .. tostring(i % 337)
  end
  local counts = {}
  for _ = 1, reps do
    for _, w in ipairs(words) do
      counts[w] = (counts[w] or 0) + 1
    end
  end
  local total, n = 0, 0
  for w, c in pairs(counts) do
    total = (total + #w * c) % M
    n = n + 1
  end
  return total + n
end

local function list_sort(n)
  local values = {}
  for i = 0, n - 1 do
    values[#values + 1] = (i * 7919) % 10007
  end
  table.sort(values)
  local evens = {}
  for _, v in ipairs(values) do
    if v % 2 == 0 then evens[#evens + 1] = v end
  end
  local total = 0
  for k = 0, #evens - 1, 7 do
    total = (total + evens[k + 1] * k) % M
  end
  return total + #evens
end

local function strings(n)
  local parts = {}
  for i = 0, n - 1 do
    parts[#parts + 1] = tostring(i * 3)
  end
  local s = table.concat(parts, ",")
  local pieces = {}
  for piece in string.gmatch(s, "[^,]+") do
    pieces[#pieces + 1] = piece
  end
  return #s + #pieces + #pieces[n // 2 + 1]
end

local function main()
  local total = arith(1500000)
  total = (total + dict_counts(150)) % M
  total = (total + list_sort(300000)) % M
  total = (total + strings(300000)) % M
  print(total)
end

main()

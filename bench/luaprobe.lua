-- luaprobe.lua: runs one benchmark program on Lua 5.4 and reports, as one
-- JSON object in REPORT, the live heap once its globals are all that is left
-- (collectgarbage("count") after full collections) and the CPU time of each
-- of five full collections (os.clock) on that heap.
-- usage: lua5.4 luaprobe.lua FILE.lua REPORT.json
local path, report = arg[1], arg[2]
dofile(path)
collectgarbage("collect")
collectgarbage("collect")
local heap = math.floor(collectgarbage("count") * 1024)
local pauses = {}
for i = 1, 5 do
  local t = os.clock()
  collectgarbage("collect")
  pauses[i] = string.format("%d", math.floor((os.clock() - t) * 1e9))
end
local f = assert(io.open(report, "w"))
f:write(string.format('{"heap_bytes": %d, "full_pauses_ns": [%s]}\n', heap, table.concat(pauses, ", ")))
f:close()

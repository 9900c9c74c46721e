-- Garbage collection: weak tables (keys, values, both, ephemerons) after a
-- full collection, __gc finalizers (order, resurrection, finalizers at
-- exit), incremental and generational modes, collection under allocation
-- load. collectgarbage("count") is only compared coarsely. Garbage is made
-- inside functions that return, so no dead stack slot keeps it alive.

local function count(t)
  local n = 0
  for _ in pairs(t) do n = n + 1 end
  return n
end

-- Weak values.
local strong = {}
local weakv = setmetatable({}, {__mode = "v"})
local function fill_values()
  for i = 1, 100 do
    local obj = {i}
    weakv[i] = obj
    if i % 10 == 0 then strong[#strong + 1] = obj end
  end
  weakv.str = "strings are values, never collected"
  weakv.num = 12345
end
fill_values()
collectgarbage()
collectgarbage()
local kept = {}
for k, v in pairs(weakv) do if type(k) == "number" then kept[#kept + 1] = v[1] end end
table.sort(kept)
print("weak-v", count(weakv), table.concat(kept, ","), weakv.str ~= nil, weakv.num)

-- Weak keys and ephemerons: a value referring to its own key does not keep it.
local weakk = setmetatable({}, {__mode = "k"})
local anchors = {}
local function fill_keys()
  for i = 1, 50 do
    local key = {id = i}
    weakk[key] = {back = key, i = i}
    if i % 5 == 0 then anchors[#anchors + 1] = key end
  end
  weakk[1] = "number key stays"
  weakk.name = "string key stays"
end
fill_keys()
collectgarbage()
local ids = {}
for k, v in pairs(weakk) do if type(k) == "table" then ids[#ids + 1] = k.id * 1000 + v.i end end
table.sort(ids)
print("weak-k", count(weakk), table.concat(ids, ","))

-- Weak keys and values together.
local weakkv = setmetatable({}, {__mode = "kv"})
local function fill_kv()
  local a, b = {}, {}
  weakkv[a] = b
  weakkv[1] = {}
  weakkv[2] = anchors[1]
  weakkv[anchors[2]] = true
  weakkv[anchors[3]] = {}
  return a
end
local a_key = fill_kv()
collectgarbage()
print("weak-kv", count(weakkv), weakkv[2] == anchors[1], weakkv[anchors[2]], weakkv[anchors[3]], weakkv[a_key])

-- Finalizers run in reverse order of marking; they may resurrect objects.
local order = {}
local resurrected
local function make_finalized(tag)
  return setmetatable({tag = tag}, {__gc = function(o)
    order[#order + 1] = o.tag
    if o.tag == "r" then resurrected = o end
  end})
end
local function make_garbage()
  for _, tag in ipairs({"a", "b", "c", "r", "d"}) do make_finalized(tag) end
end
make_garbage()
collectgarbage()
collectgarbage()
print("finalizers", table.concat(order, " "), resurrected and resurrected.tag)
resurrected = nil
collectgarbage()
collectgarbage()
print("resurrect", #order, "finalizer runs only once")

-- A __gc field added after setmetatable is not a finalizer.
local late = {}
local function make_late()
  local mt = {}
  setmetatable({}, mt)
  mt.__gc = function() late[#late + 1] = "late" end
  local mt2 = {__gc = true}
  setmetatable({}, mt2)
  mt2.__gc = function() late[#late + 1] = "marked" end
end
make_late()
collectgarbage()
print("late-gc", #late, late[1])

-- Errors in finalizers become warnings (off by default) and do not propagate.
local function bad_finalizer()
  setmetatable({}, {__gc = function() error("gc error") end})
end
bad_finalizer()
print("bad-gc", pcall(collectgarbage))

-- Finalizer of an object holding a weak reference to itself.
local wself = setmetatable({}, {__mode = "k"})
local self_log = {}
local function make_self()
  local o = setmetatable({}, {__gc = function(obj) self_log[#self_log + 1] = tostring(wself[obj]) end})
  wself[o] = "present during __gc"
end
make_self()
collectgarbage()
print("self-weak", table.concat(self_log, ","), count(wself))

-- Collector modes and parameters.
print("modes", collectgarbage("generational"), collectgarbage("incremental"), collectgarbage("incremental"),
  collectgarbage("isrunning"))
collectgarbage("stop")
print("stopped", collectgarbage("isrunning"))
collectgarbage("restart")
print("restarted", collectgarbage("isrunning"), collectgarbage("step", 0) ~= nil)
print("bad-opt", pcall(collectgarbage, "nonsense"))

-- Allocation load: long chains, many strings, tables of tables, in both modes.
local function churn(rounds)
  local checksum = 0
  for r = 1, rounds do
    local list
    for i = 1, 2000 do list = {value = i * r, next = list} end
    local node = list
    while node do checksum = (checksum + node.value) % 1000003; node = node.next end
    local strs = {}
    for i = 1, 500 do strs[i] = ("s" .. i .. "-" .. r):rep(3) end
    checksum = (checksum + #table.concat(strs)) % 1000003
  end
  return checksum
end
print("churn-inc", churn(20))
collectgarbage("generational")
print("churn-gen", churn(20))
local survivors = {}
for i = 1, 10000 do
  survivors[i % 97 + 1] = {i, tostring(i)}
end
collectgarbage()
local ssum = 0
for i = 1, 97 do ssum = ssum + survivors[i][1] + #survivors[i][2] end
print("survivors", ssum)
collectgarbage("incremental")

-- Memory is given back after a big structure dies (coarse comparison only).
collectgarbage()
local before = collectgarbage("count")
local function allocate_big()
  local big = {}
  for i = 1, 200000 do big[i] = {i} end
  return collectgarbage("count")
end
local during = allocate_big()
collectgarbage()
collectgarbage()
local after = collectgarbage("count")
print("count", type(before), during > before + 1000, after < during - 1000, math.type(collectgarbage("count")))

-- Weak-valued cache (memoization that the collector can flush).
local cache = setmetatable({}, {__mode = "v"})
local computed = 0
local function get(n)
  local v = cache[n]
  if not v then computed = computed + 1; v = {n * n}; cache[n] = v end
  return v
end
local hold = {}
for i = 1, 20 do hold[i] = get(i) end
for i = 1, 20 do get(i) end
hold = nil
collectgarbage()
for i = 1, 20 do get(i) end
print("cache", computed)

-- Finalizers still pending at exit run when the state closes, in reverse order.
for _, name in ipairs({"first", "second", "third"}) do
  _G[name] = setmetatable({}, {__gc = function() print("closing state: finalize " .. name) end})
end
local closing <close> = setmetatable({}, {__close = function() print("main chunk <close> runs before exit") end})
print("end of script")

-- Coroutines: create/resume/yield with values both ways, status, running,
-- isyieldable, wrap, errors inside coroutines, yields across pcall and
-- metamethods, coroutine.close with pending to-be-closed variables,
-- generators, producer/consumer pipelines, permutations.

local co = coroutine.create(function(a, b)
  print("start", a, b, coroutine.isyieldable(), coroutine.status(coroutine.running()))
  local c = coroutine.yield(a + b)
  print("got", c)
  local d, e = coroutine.yield(c * 2)
  print("got2", d, e)
  return d + e, "done"
end)
print("status0", coroutine.status(co), coroutine.isyieldable())
print("resume1", coroutine.resume(co, 1, 2))
print("status1", coroutine.status(co))
print("resume2", coroutine.resume(co, 10))
print("resume3", coroutine.resume(co, 3, 4))
print("status3", coroutine.status(co))
print("resume4", coroutine.resume(co))
local main, ismain = coroutine.running()
print("running", type(main), ismain)

-- Generators with wrap.
local function range(n, step)
  return coroutine.wrap(function()
    for i = 1, n, step or 1 do coroutine.yield(i) end
  end)
end
local got = {}
for v in range(20, 3) do got[#got + 1] = v end
print("range", table.concat(got, " "))

-- Tree traversal with recursive yields.
local function tree_insert(node, v)
  if not node then return {value = v} end
  if v < node.value then node.left = tree_insert(node.left, v) else node.right = tree_insert(node.right, v) end
  return node
end
local root
local seed = 7
for _ = 1, 30 do
  seed = (seed * 75 + 74) % 65537
  root = tree_insert(root, seed % 100)
end
local function walk(node)
  if node then
    walk(node.left)
    coroutine.yield(node.value)
    walk(node.right)
  end
end
local inorder = {}
for v in coroutine.wrap(function() walk(root) end) do inorder[#inorder + 1] = v end
print("inorder", #inorder, table.concat(inorder, ","))

-- Producer / filter / consumer pipeline.
local function producer(items)
  return coroutine.create(function() for _, it in ipairs(items) do coroutine.yield(it) end end)
end
local function filter(src, pred)
  return coroutine.create(function()
    while true do
      local ok, v = coroutine.resume(src)
      if not ok or v == nil then return end
      if pred(v) then coroutine.yield(v) end
    end
  end)
end
local function consume(src)
  local out = {}
  while true do
    local _, v = coroutine.resume(src)
    if v == nil then break end
    out[#out + 1] = v
  end
  return out
end
local words = {"apple", "kiwi", "banana", "fig", "cherry", "date", "elderberry"}
print("pipeline", table.concat(consume(filter(producer(words), function(w) return #w > 4 end)), " "))

-- Prime sieve with a chain of filtering coroutines.
local function gen(n)
  return coroutine.wrap(function() for i = 2, n do coroutine.yield(i) end end)
end
local function sieve_filter(p, g)
  return coroutine.wrap(function()
    for n in g do if n % p ~= 0 then coroutine.yield(n) end end
  end)
end
local primes = {}
local src = gen(200)
while true do
  local p = src()
  if p == nil then break end
  primes[#primes + 1] = p
  src = sieve_filter(p, src)
end
print("primes", #primes, table.concat(primes, " ", 1, 15), primes[#primes])

-- Permutations (PiL).
local function permgen(a, n)
  n = n or #a
  if n <= 1 then coroutine.yield(a) else
    for i = 1, n do
      a[n], a[i] = a[i], a[n]
      permgen(a, n - 1)
      a[n], a[i] = a[i], a[n]
    end
  end
end
local perms = {}
for p in coroutine.wrap(function() permgen({"a", "b", "c", "d"}) end) do perms[#perms + 1] = table.concat(p) end
print("perms", #perms, table.concat(perms, " ", 1, 8), perms[24])

-- Errors inside coroutines.
local bad = coroutine.create(function(x)
  coroutine.yield(x)
  error({msg = "table error"})
end)
print("bad1", coroutine.resume(bad, "first"))
local ok, e = coroutine.resume(bad)
print("bad2", ok, type(e), e.msg, coroutine.status(bad))
print("bad3", coroutine.resume(bad))
local bad2 = coroutine.create(function() local t = nil; return t.x end)
print("bad4", coroutine.resume(bad2))
print("wrap-err", pcall(coroutine.wrap(function() error("inside wrap") end)))
local dead_wrap = coroutine.wrap(function() return 1 end)
dead_wrap()
print("wrap-dead", pcall(dead_wrap))
print("resume-self", coroutine.resume(coroutine.running()))
print("yield-main", pcall(coroutine.yield, 1))

-- Yield across pcall, inside metamethods and iterators.
local across = coroutine.wrap(function()
  local ok2, v = pcall(function()
    local got_back = coroutine.yield("in pcall")
    error("after yield " .. got_back)
  end)
  coroutine.yield(tostring(ok2) .. " " .. v)
  local mt = setmetatable({}, {__index = function(_, k) return coroutine.yield("index " .. k) end,
                               __add = function(_, b) return coroutine.yield("add " .. b) end})
  local r = mt.foo
  local s = mt + 5
  coroutine.yield("meta results " .. r .. " " .. s)
  for k, v in function(_, k) if k < 3 then return coroutine.yield("iter " .. k) end end, nil, 0 do
    coroutine.yield("loop " .. k .. " " .. tostring(v))
  end
  return "end"
end)
print("across", across())
print("across", across("X"))
print("across", across())
print("across", across("FOO"))
print("across", across("SUM"))
print("across", across())
print("across", across(1))
print("across", across())
print("across", across(2))
print("across", across())
print("across", across(3))
print("across", across())

-- Yield across a C boundary fails cleanly.
local cboundary = coroutine.create(function()
  table.sort({3, 2, 1}, function(a, b) coroutine.yield(); return a < b end)
end)
print("c-boundary", coroutine.resume(cboundary))
local gs = coroutine.wrap(function() return string.gsub("abc", "%w", function(c) coroutine.yield(c) end) end)
print("gsub-yield", pcall(gs))

-- isyieldable and status from inside, nested coroutines.
local outer
local inner = coroutine.create(function()
  coroutine.yield(coroutine.status(outer), coroutine.isyieldable())
end)
outer = coroutine.create(function()
  local _, s1, y1 = coroutine.resume(inner)
  coroutine.yield(s1, y1, coroutine.status(inner))
end)
print("nested", coroutine.resume(outer))
print("nested2", coroutine.resume(outer), coroutine.status(outer), coroutine.status(inner))

-- coroutine.close with pending to-be-closed variables and with errors.
local log = {}
local closable = coroutine.create(function()
  local r <close> = setmetatable({}, {__close = function(_, err) log[#log + 1] = "closed r " .. tostring(err) end})
  local s <close> = setmetatable({}, {__close = function() log[#log + 1] = "closed s" end})
  coroutine.yield("suspended with tbc")
  log[#log + 1] = "never"
end)
print("close1", coroutine.resume(closable))
print("close2", coroutine.close(closable), coroutine.status(closable), table.concat(log, "; "))
local errco = coroutine.create(function() error("died") end)
coroutine.resume(errco)
print("close3", coroutine.close(errco))
print("close4", coroutine.close(coroutine.create(print)))
local closerr = coroutine.create(function()
  local r <close> = setmetatable({}, {__close = function() error("close failed", 0) end})
  coroutine.yield()
end)
coroutine.resume(closerr)
print("close5", coroutine.close(closerr))
print("close6", pcall(coroutine.close, coroutine.running()))

-- Many coroutines alive at once; round-robin scheduler.
local tasks, trace = {}, {}
for id = 1, 5 do
  tasks[id] = coroutine.create(function()
    for step = 1, id do trace[#trace + 1] = id .. "." .. step; coroutine.yield() end
  end)
end
local alive = #tasks
while alive > 0 do
  alive = 0
  for id = 1, #tasks do
    if coroutine.status(tasks[id]) ~= "dead" then
      coroutine.resume(tasks[id])
      if coroutine.status(tasks[id]) ~= "dead" then alive = alive + 1 end
    end
  end
end
print("scheduler", #trace, table.concat(trace, " "))
local many, total = {}, 0
for i = 1, 2000 do
  many[i] = coroutine.wrap(function(a) local b = coroutine.yield(a * 2); return a + b end)
end
for i = 1, 2000 do total = total + many[i](i) end
for i = 1, 2000 do total = total + many[i](1) end
print("many", total)

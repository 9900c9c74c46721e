-- Closures and functions: upvalues shared and closed, fresh locals per loop
-- iteration, varargs, multiple results, tail calls, recursion, load() with
-- environments, string.dump round trips, goto, <const> and <close> locals.

-- Shared upvalues between closures made in the same scope.
local function make_account(balance)
  local function deposit(v) balance = balance + v; return balance end
  local function withdraw(v)
    if v > balance then return nil, "insufficient funds" end
    balance = balance - v
    return balance
  end
  local function get() return balance end
  return deposit, withdraw, get
end
local dep, wd, get = make_account(100)
dep(50)
print("account", wd(30), wd(500), get(), dep(0.5))

-- Each loop iteration has a fresh local; closures capture it separately.
local fns = {}
for i = 1, 5 do fns[i] = function() return i * 10 end end
local outs = {}
for i = 1, 5 do outs[i] = fns[i]() end
print("loop-fresh", table.concat(outs, " "))
local shared = {}
local j = 0
while j < 5 do
  j = j + 1
  local captured = j
  shared[j] = function(add) captured = captured + (add or 0); return captured end
end
print("while-fresh", shared[1](), shared[3](100), shared[3](), shared[5]())

-- Upvalues that outlive their block, counters, generators.
local function counter(step)
  local n = 0
  return function() n = n + step; return n end
end
local c1, c2 = counter(1), counter(7)
c1(); c1(); c2()
print("counters", c1(), c2(), c1())

local function fib_gen()
  local a, b = 0, 1
  return function() a, b = b, a + b; return a end
end
local g = fib_gen()
local fibs = {}
for i = 1, 20 do fibs[i] = g() end
print("fib-gen", table.concat(fibs, ","))

-- Recursion: local function, mutual recursion, memoization, deep tail calls.
local function fact(n) if n <= 1 then return 1 end return n * fact(n - 1) end
local is_even, is_odd
function is_even(n) if n == 0 then return true end return is_odd(n - 1) end
function is_odd(n) if n == 0 then return false end return is_even(n - 1) end
print("recursion", fact(20), fact(21), is_even(10001), is_odd(777))

local function memoize(f)
  local cache, hits = {}, 0
  return function(n)
    if cache[n] then hits = hits + 1; return cache[n] end
    local v = f(n)
    cache[n] = v
    return v
  end, function() return hits end
end
local mfib, fib_hits
mfib, fib_hits = memoize(function(n) if n < 2 then return n end return mfib(n - 1) + mfib(n - 2) end)
print("memo", mfib(90), fib_hits())

local function tail_loop(n, acc) if n == 0 then return acc end return tail_loop(n - 1, acc + n) end
print("tail", tail_loop(1000000, 0))

local function ackermann(m, n)
  if m == 0 then return n + 1 end
  if n == 0 then return ackermann(m - 1, 1) end
  return ackermann(m - 1, ackermann(m, n - 1))
end
print("ackermann", ackermann(2, 3), ackermann(3, 3))

-- Varargs.
local function va(...)
  local n = select("#", ...)
  local packed = {...}
  local a, b = ...
  return n, #packed, a, b, (select(n > 0 and n or 1, ...))
end
print("varargs", va())
print("varargs", va(1))
print("varargs", va(1, nil, 3))
print("varargs", va(nil, nil))
local function forward(...) return ... end
local function count(...) return select("#", ...) end
print("forward", count(forward(1, 2, 3)), count(forward(1, 2, 3), 4), count((forward(1, 2, 3))),
  count(forward()), count(nil, forward()))
local function sum(...)
  local s = 0
  for i = 1, select("#", ...) do s = s + (select(i, ...)) end
  return s
end
print("sum", sum(), sum(1, 2, 3), sum(table.unpack({1, 2, 3, 4, 5, 6, 7, 8, 9, 10})))
local function varargs_in_table(...)
  local t = {n = select("#", ...), ...}
  return t.n, t[1], t[t.n]
end
print("vt", varargs_in_table("a", "b", "c"))

-- Multiple results: adjusted in expressions, parenthesised, in the middle of lists.
local function mr() return 1, 2, 3 end
local x, y, z, w = mr()
local tt = {mr(), mr()}
print("multi", x, y, z, w, #tt, (mr()), mr() + 10, #{mr()}, nil)
print("multi2", #{mr(), nil}, #{(mr())}, select("#", mr(), mr()))

-- Higher-order helpers.
local function map(f, t) local r = {} for i, v in ipairs(t) do r[i] = f(v) end return r end
local function filter(p, t) local r = {} for _, v in ipairs(t) do if p(v) then r[#r + 1] = v end end return r end
local function reduce(f, acc, t) for _, v in ipairs(t) do acc = f(acc, v) end return acc end
local function compose(...)
  local fs = table.pack(...)
  return function(v) for i = fs.n, 1, -1 do v = fs[i](v) end return v end
end
local function curry(f, a) return function(...) return f(a, ...) end end
local range = {}
for i = 1, 20 do range[i] = i end
local sq = map(function(v) return v * v end, range)
local evens = filter(function(v) return v % 2 == 0 end, sq)
print("hof", table.concat(evens, ","), reduce(function(a, b) return a + b end, 0, sq),
  compose(tostring, function(v) return v * 2 end, math.abs)(-21), curry(math.max, 5)(1, 9, 3))

-- Y combinator.
local Y = function(f) return (function(h) return h(h) end)(function(h) return f(function(...) return h(h)(...) end) end) end
local yfact = Y(function(self) return function(n) if n == 0 then return 1 end return n * self(n - 1) end end)
print("Y", yfact(10))

-- load with text, with an environment, with a reader function; string.dump.
local chunk = load("local a, b = ... return a * b + (c or 0)")
print("load", chunk(6, 7), load("return c", "=env", "t", {c = 99})())
local env = {print = nil, x = 5}
local setter = load("x = x * 2; y = 'made'; return x", "chunk", "t", env)
print("env", setter(), env.x, env.y, rawget(_G, "y"))
local pieces = {"return ", "1 + ", "2", " * 3"}
local idx = 0
local reader = load(function() idx = idx + 1; return pieces[idx] end)
print("reader", reader())
print("syntax", load("return +"))
local dumped = string.dump(function(a, b) local t = {} for i = a, b do t[#t + 1] = i * i end return table.concat(t, ":") end)
print("dump", load(dumped, "dumped", "b")(3, 7), pcall(load, dumped, "d", "t"))
local stripped = load(string.dump(function(...) return select("#", ...) end, true))
print("strip", stripped(1, 2, 3))

-- _ENV as a local.
local saved_env
do
  local _ENV = {tostring = tostring, concat = table.concat}
  value = 10
  local r = {tostring(value), tostring(rawlen)}
  joined = concat(r, "/")
  saved_env = _ENV
end
print("_ENV", rawget(_G, "value"), saved_env.value, saved_env.joined)

-- goto: continue, breaking out of nested loops, backward jumps.
local odds = {}
for i = 1, 10 do
  if i % 2 == 0 then goto continue end
  odds[#odds + 1] = i
  ::continue::
end
local found
for i = 1, 10 do
  for k = 1, 10 do
    if i * k == 42 then found = i .. "x" .. k; goto done end
  end
end
::done::
local n, steps = 27, 0
::again::
if n ~= 1 then
  n = (n % 2 == 0) and n // 2 or 3 * n + 1
  steps = steps + 1
  goto again
end
local gfns = {}
do
  local i = 1
  ::top::
  local v = i
  gfns[#gfns + 1] = function() return v end
  i = i + 1
  if i <= 3 then goto top end
end
print("goto", table.concat(odds, ","), found, steps, gfns[1](), gfns[2](), gfns[3]())

-- <const> and <close>.
local LIMIT <const> = 10
local closed = {}
local function closer(name)
  return setmetatable({}, {__close = function(_, err) closed[#closed + 1] = name .. ":" .. tostring(err) end})
end
do
  local a <close> = closer("a")
  local b <close> = closer("b")
  local none <close> = nil
  closed[#closed + 1] = "body"
end
for i = 1, 3 do
  local r <close> = closer("loop" .. i)
  if i == 2 then break end
end
local function early()
  local r <close> = closer("ret")
  return "returned", LIMIT
end
local ret = {early()}
local ok, err = pcall(function()
  local r <close> = closer("err")
  error("boom", 0)
end)
print("close", table.concat(closed, " "), ret[1], ret[2], ok, err)
print("close-bad", pcall(load, "local x <close> = 1"), pcall(function() local x <close> = {} end))
print("const-bad", load("local c <const> = 1; c = 2"))

-- debug: upvalue names and values, current lines, function info.
local up1, up2 = 1, "two"
local function uses() return up1, up2 end
local names = {}
for i = 1, 2 do
  local name, value = debug.getupvalue(uses, i)
  names[#names + 1] = name .. "=" .. tostring(value)
end
debug.setupvalue(uses, 1, 100)
local info = debug.getinfo(uses, "Su")
print("debug", table.concat(names, ","), up1, info.what, info.nups, info.nparams, info.isvararg,
  info.linedefined, debug.getinfo(1, "l").currentline, debug.getinfo(print).what)
local function where() return debug.traceback("tb", 1) end
print("traceback", (where():gsub("\n%s*", " | ")))

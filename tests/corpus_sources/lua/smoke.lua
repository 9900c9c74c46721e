-- Corpus smoke test for the lua5.4 module: exercises the VM, GC, string
-- library, coroutines and metatables with deterministic output. Tables with
-- string keys are never iterated unsorted: Lua's string hash seed is random.

local function fib(n) if n < 2 then return n end return fib(n - 1) + fib(n - 2) end
print("fib", fib(20))

-- Closures and upvalues.
local function counter()
  local n = 0
  return function(k) n = n + (k or 1); return n end
end
local c = counter()
c(); c(5)
print("counter", c(10))

-- Sorting with a comparator, integer and float arithmetic.
local t = {}
local seed = 12345
for i = 1, 200 do
  seed = (seed * 1103515245 + 12345) % 2147483648
  t[i] = seed % 1000
end
table.sort(t, function(a, b) return a > b end)
local sum = 0
for _, v in ipairs(t) do sum = sum + v end
print("sorted", t[1], t[100], t[200], "sum", sum, "mean", string.format("%.3f", sum / #t))
print("intdiv", 7 // 2, -7 // 2, 7 % -3, 2 ^ 10, 1 << 40, 0xff ~ 0x0f, math.maxinteger // 3)

-- String library: patterns, gsub, format, rep, byte/char.
local text = "The quick brown fox jumps over the lazy dog"
local words = {}
for w in text:gmatch("%a+") do words[#words + 1] = w:lower() end
table.sort(words)
print("words", #words, table.concat(words, ","))
print("gsub", (text:gsub("(%w+)", "<%1>", 3)))
print("format", string.format("%5d|%-6s|%08.3f|%x|%q", 42, "ab", math.pi, 48879, "a\nb"))
print("rep", ("ab"):rep(3, "-"), text:upper():sub(5, 9), text:find("fox"), #text)

-- Word frequencies, printed in sorted key order.
local freq = {}
for w in ("a b a c b a d e d a"):gmatch("%a") do freq[w] = (freq[w] or 0) + 1 end
local keys = {}
for k in pairs(freq) do keys[#keys + 1] = k end
table.sort(keys)
local parts = {}
for _, k in ipairs(keys) do parts[#parts + 1] = k .. "=" .. freq[k] end
print("freq", table.concat(parts, " "))

-- Metatables: a small vector type.
local V = {}
V.__index = V
local function vec(x, y) return setmetatable({x = x, y = y}, V) end
V.__add = function(a, b) return vec(a.x + b.x, a.y + b.y) end
V.__mul = function(a, s) return vec(a.x * s, a.y * s) end
V.__tostring = function(a) return string.format("(%g, %g)", a.x, a.y) end
V.__eq = function(a, b) return a.x == b.x and a.y == b.y end
function V:len() return math.sqrt(self.x * self.x + self.y * self.y) end
local v = (vec(1, 2) + vec(2, 2)) * 2
print("vector", tostring(v), v:len(), v == vec(6, 8))

-- Coroutines as generators.
local function range(n)
  return coroutine.wrap(function() for i = 1, n do coroutine.yield(i * i) end end)
end
local sq = {}
for x in range(8) do sq[#sq + 1] = x end
print("squares", table.concat(sq, " "))

-- Errors and pcall.
local ok, err = pcall(function() error({code = 7}) end)
print("pcall", ok, type(err), err.code)
print("pcall2", pcall(function() local z = nil; return z.field end) == false)

-- Garbage collector under load.
local keep = {}
for i = 1, 20000 do keep[i % 100 + 1] = {i, tostring(i)} end
collectgarbage()
print("gc", #keep, keep[1][2], collectgarbage("count") > 0)

-- utf8 and string.pack.
print("utf8", utf8.len("añb€"), utf8.char(72, 228, 8364), #string.pack("<i4d", 1, 2.5))

-- goto and integer for loops with steps.
local acc = 0
for i = 10, 1, -3 do
  if i == 4 then goto continue end
  acc = acc * 10 + i
  ::continue::
end
print("goto", acc)

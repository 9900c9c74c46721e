-- Tables: constructors, the length operator, the table library, integer and
-- float keys, raw access, metatables (__index, __newindex, __len, __call,
-- __concat, __eq, __lt, __le, arithmetic and bitwise events, __pairs).
-- Deterministic output: tables with string keys are only printed in sorted
-- key order (Lua's string hash seed is random), and never by address.

local function sorted_keys(t)
  local keys = {}
  for k in pairs(t) do keys[#keys + 1] = k end
  table.sort(keys, function(a, b)
    if type(a) == type(b) then return a < b end
    return type(a) < type(b)
  end)
  return keys
end

local function dump(t)
  local parts = {}
  for _, k in ipairs(sorted_keys(t)) do
    local v = t[k]
    if type(v) == "table" then v = dump(v) end
    parts[#parts + 1] = tostring(k) .. "=" .. tostring(v)
  end
  return "{" .. table.concat(parts, ",") .. "}"
end

-- Constructors: positional, named, computed keys, trailing multiple results.
local function three() return 7, 8, 9 end
local t = {1, 2, 3, x = "a", ["y z"] = "b", [10] = 10, three()}
print("ctor", #t, t[4], t[6], t.x, t["y z"], t[10], dump(t))
local t2 = {three(), three()}
print("ctor2", #t2, table.concat(t2, " "))
local t3 = {(three())}
print("ctor3", #t3, t3[1])

-- table.insert / remove / concat / unpack / pack / move.
local a = {}
for i = 1, 10 do table.insert(a, i * i) end
table.insert(a, 1, 0)
table.insert(a, 5, -5)
print("insert", #a, table.concat(a, ","))
print("remove", table.remove(a), table.remove(a, 1), table.remove(a, 4), #a)
print("concat", table.concat(a, "-", 2, 5), table.concat({}, "x"), table.concat({1, 2.5, "s"}))
print("unpack", table.unpack({1, 2, 3, 4, 5}, 2, 4))
local p = table.pack(1, nil, 3, nil)
print("pack", p.n, p[1], p[2], p[3], p[4])
local m = table.move({1, 2, 3, 4, 5}, 2, 4, 1)
print("move", table.concat(m, ","))
local m2 = table.move({1, 2, 3}, 1, 3, 3, {9, 9})
print("move2", table.concat(m2, ","))
local m3 = table.move({1, 2, 3, 4, 5}, 1, 4, 2)
print("move3", table.concat(m3, ","))
print("remove-empty", table.remove({}), #a)

-- Integer and float keys are normalized: 1 and 1.0 are the same key.
local k = {}
k[1] = "int"
k[1.0] = "float-one"
k[2 ^ 53] = "big"
k[-0.0] = "zero"
k[0.5] = "half"
print("keys", k[1], k[2 ^ 53 | 0], k[0], k[1 / 2], math.type(next({[3.0] = true})))
print("nan-key", pcall(function() local z = {}; z[0 / 0] = 1 end))
print("nil-key", pcall(rawset, {}, nil, 1))

-- The array part grows, shrinks and is rebuilt by rehash.
local big = {}
for i = 1, 100000 do big[i] = i % 7 end
local s = 0
for i = 1, #big do s = s + big[i] end
for i = #big, 50001, -1 do big[i] = nil end
print("big", s, #big)
local sparse = {}
for i = 1, 1000 do sparse[i * 3] = i end
local count, total = 0, 0
for key, v in pairs(sparse) do count = count + 1; total = total + key + v end
print("sparse", count, total)

-- ipairs stops at the first nil; select and varargs.
local holes = {1, 2, nil, 4}
local n = 0
for _ in ipairs(holes) do n = n + 1 end
print("ipairs", n, select("#", table.unpack(holes, 1, 4)), select(-1, 1, 2, 3), select(2, "a", "b", "c"))

-- Raw access bypasses metamethods.
local log = {}
local proxy = setmetatable({}, {
  __index = function(_, key) log[#log + 1] = "get " .. tostring(key); return key .. "!" end,
  __newindex = function(tbl, key, v) log[#log + 1] = "set " .. tostring(key); rawset(tbl, key, v * 2) end,
})
proxy.a = 5
local r1, r2, r3 = proxy.a, proxy.b, rawget(proxy, "b")
print("proxy", r1, r2, r3, rawlen({1, 2, 3}), rawequal(proxy, proxy), table.concat(log, ";"))

-- __index chains (inheritance).
local Base = {}
Base.__index = Base
function Base.new(name) return setmetatable({name = name}, Base) end
function Base:hello() return "hello from " .. self.name end
function Base:kind() return "base" end
local Derived = setmetatable({}, {__index = Base})
Derived.__index = Derived
function Derived.new(name, extra)
  local o = Base.new(name)
  o.extra = extra
  return setmetatable(o, Derived)
end
function Derived:kind() return "derived+" .. Base.kind(self) end
local d = Derived.new("d", 42)
print("inherit", d:hello(), d:kind(), d.extra, getmetatable(d) == Derived, rawget(d, "hello"))

-- Read-only tables through __newindex.
local function readonly(tbl)
  return setmetatable({}, {__index = tbl, __newindex = function() error("read-only table", 2) end,
                           __len = function() return #tbl end})
end
local ro = readonly({10, 20, 30})
print("readonly", ro[2], #ro, pcall(function() ro[1] = 5 end))

-- Operators through metatables on a small fraction type.
local Frac = {}
Frac.__index = Frac
local function gcd(x, y) while y ~= 0 do x, y = y, x % y end return x end
local function frac(nu, de)
  if de < 0 then nu, de = -nu, -de end
  local g = gcd(math.abs(nu), de)
  return setmetatable({n = nu // g, d = de // g}, Frac)
end
Frac.__add = function(x, y) return frac(x.n * y.d + y.n * x.d, x.d * y.d) end
Frac.__sub = function(x, y) return frac(x.n * y.d - y.n * x.d, x.d * y.d) end
Frac.__mul = function(x, y) return frac(x.n * y.n, x.d * y.d) end
Frac.__div = function(x, y) return frac(x.n * y.d, x.d * y.n) end
Frac.__unm = function(x) return frac(-x.n, x.d) end
Frac.__eq = function(x, y) return x.n == y.n and x.d == y.d end
Frac.__lt = function(x, y) return x.n * y.d < y.n * x.d end
Frac.__le = function(x, y) return x.n * y.d <= y.n * x.d end
Frac.__tostring = function(x) return x.n .. "/" .. x.d end
Frac.__concat = function(x, y) return tostring(x) .. "|" .. tostring(y) end
Frac.__call = function(x, scale) return x.n * scale / x.d end
Frac.__idiv = function(x, y) return (x.n * y.d) // (y.n * x.d) end
Frac.__mod = function(x, y) return x - frac((x.n * y.d) // (y.n * x.d), 1) * y end
Frac.__pow = function(x, e) return frac(x.n ^ e // 1 | 0, x.d ^ e // 1 | 0) end
local h, third = frac(1, 2), frac(1, 3)
local acc = frac(0, 1)
for i = 1, 10 do acc = acc + frac(1, i * (i + 1)) end
print("frac", tostring(h + third), tostring(h - third), tostring(h * third), tostring(h / third),
  tostring(-h), h == frac(2, 4), h < third, third <= h, h > third, tostring(acc))
print("frac2", h .. third, h .. "s", third(6), frac(7, 2) // frac(1, 3), tostring(frac(7, 2) % frac(1, 3)),
  tostring(frac(2, 3) ^ 3))

-- Bitwise metamethods.
local Bits = setmetatable({}, {
  __band = function(_, y) return "band " .. tostring(y) end,
  __bor = function(x) return "bor " .. type(x) end,
  __bxor = function() return "bxor" end,
  __shl = function(_, y) return "shl " .. y end,
  __shr = function(x, y) return "shr " .. tostring(x == y) end,
  __bnot = function() return "bnot" end,
})
print("bits", Bits & 3, 3 | Bits, Bits ~ Bits, Bits << 2, Bits >> Bits, ~Bits)

-- __pairs and __len.
local ordered = setmetatable({}, {
  __pairs = function(tbl)
    local i = 0
    return function()
      i = i + 1
      if i <= 3 then return i, tbl.prefix .. i end
    end, tbl, nil
  end,
  __len = function() return 99 end,
})
ordered.prefix = "item"
local items = {}
for i, v in pairs(ordered) do items[#items + 1] = i .. ":" .. v end
print("pairs", table.concat(items, " "), #ordered)

-- __index on a missing method, __call with varargs, nested tables.
local calls = setmetatable({}, {__call = function(self, ...)
  self.count = (self.count or 0) + select("#", ...)
  return self.count, ...
end})
print("call", calls(1, 2, 3))
print("call2", calls(nil, nil))
local matrix = {}
for i = 1, 5 do
  matrix[i] = {}
  for j = 1, 5 do matrix[i][j] = (i - 1) * 5 + j end
end
local function transpose(mx)
  local out = {}
  for i = 1, #mx[1] do
    out[i] = {}
    for j = 1, #mx do out[i][j] = mx[j][i] end
  end
  return out
end
local tr = transpose(matrix)
local rows = {}
for i = 1, 5 do rows[i] = table.concat(tr[i], " ") end
print("matrix", table.concat(rows, " / "))

-- Word counting with string keys, printed sorted.
local text = [[the cat sat on the mat the dog sat on the log and the cat ran]]
local freq = {}
for w in text:gmatch("%a+") do freq[w] = (freq[w] or 0) + 1 end
print("freq", dump(freq))

-- Table identity, next() protocol and clearing during traversal.
local ids = {}
for i = 1, 50 do ids[i] = {} end
local distinct = 0
for i = 1, 50 do for j = i + 1, 50 do if ids[i] == ids[j] then distinct = distinct + 1 end end end
local clear = {}
for i = 1, 100 do clear[i] = i; clear["k" .. i] = i end
for key in pairs(clear) do clear[key] = nil end
print("identity", distinct, next(clear), next({}, nil))

-- Errors: error() with strings, levels and tables; pcall and xpcall with
-- handlers (no tracebacks, which would print addresses of C functions);
-- the messages of runtime errors; assert; errors in metamethods and in
-- __close; stack overflow; output on stderr; and finally an uncaught error,
-- so the interpreter's own message, traceback and exit status are compared.

local function show(...)
  local parts = {}
  for i = 1, select("#", ...) do
    local v = select(i, ...)
    parts[#parts + 1] = type(v) == "table" and ("table:" .. tostring(v.code or v[1])) or tostring(v)
  end
  return table.concat(parts, " | ")
end

-- error() with levels.
local function lvl(level) error("level " .. tostring(level), level) end
local function caller(level) lvl(level) end
print("lvl1", show(pcall(caller, 1)))
print("lvl2", show(pcall(caller, 2)))
print("lvl0", show(pcall(caller, 0)))
print("lvl3", show(pcall(function() caller(3) end)))
print("nonstring", show(pcall(error, {code = 42})), show(pcall(error, 12)), show(pcall(error)))
print("nonstring2", show(pcall(error, nil)), show(pcall(error, true, 2)), show(pcall(error, 3.5, 1)))

-- Runtime error messages name the culprit.
local function try(f, ...) return show(pcall(f, ...)) end
local t = {}
local up = nil
print("arith", try(function() local x; return x + 1 end))
print("arith2", try(function() return t.field * 2 end))
print("arith3", try(function() return up - 1 end))
print("arith4", try(function() return {} .. "x" end))
print("arith5", try(function() return "abc" + 1 end))
print("arith6", try(function() return -{} end))
print("call", try(function() undefined_global() end))
print("call2", try(function() t.method() end))
print("call3", try(function() t:method() end))
print("call4", try(function() local s = "str"; s() end))
print("index", try(function() return t.a.b end))
print("index2", try(function() return up.x end))
print("index3", try(function() local n = 5; return n.x end))
print("newindex", try(function() up.x = 1 end))
print("compare", try(function() return 1 < "2" end))
print("compare2", try(function() return {} < {} end))
print("compare3", try(function() return nil >= 3 end))
print("len", try(function() return #up end))
print("len2", try(function() return #5 end))
print("intdiv0", try(function() local z = 0; return 1 // z end))
print("mod0", try(function() local z = 0; return 1 % z end))
print("float-div0", try(function() local z = 0; return 1 / z, -1 // 0.0, 1 % 0.0 ~= 1 % 0.0 end))
print("noint", try(function() return 1.5 | 1 end))
print("noint2", try(function() return "1.5" | 1 end))
print("noint3", try(function() return 2 ^ 63 | 0 end))
print("noint4", try(function() return math.tointeger(2 ^ 53) | ("7" + 0) end))
print("bitstr", try(function() return "3" & 1 end))
print("bitstr2", try(function() return "a" ~ 1 end))
print("for", try(function() for i = 1, "x" do end end))
print("for2", try(function() for i = 1, 10, 0 do end end))
print("for3", try(function() for i = {}, 10 do end end))
print("concat", try(function() return "a" .. nil end))
print("concat2", try(function() return 1 .. {} end))
print("upval-nil", try(function() local a = {}; return a.b.c.d end))
print("global-nil", try(function() return missing_table.field end))

-- Library argument errors.
print("arg1", try(string.rep))
print("arg2", try(string.sub, "x", "y"))
print("arg3", try(setmetatable, 1, {}))
print("arg4", try(table.insert, {}, 1, 2, 3))
print("arg5", try(table.concat, {1, {}, 3}))
print("arg6", try(math.floor, "x"))
print("arg7", try(select, 0, 1))
print("arg8", try(ipairs))
print("arg9", try(string.char, 256))
print("arg10", try(tostring))
print("arg11", try(math.random, 2, 1))
print("arg12", try(table.unpack, {}, 1, 1e8))
print("arg13", try(string.format, "%d", "x"))
print("arg14", try(utf8.char, -1))
print("arg15", try(rawlen, 5))
print("arg16", try(math.fmod, 1, 0))
print("arg17", try(setmetatable({}, {__metatable = "locked"}) and setmetatable,
  setmetatable({}, {__metatable = "locked"}), {}))
print("arg18", try(load, 5))
print("arg19", try(tonumber, "10", 99))
print("arg20", try(string.byte, "abc", {}))

-- assert.
print("assert", try(assert, false), try(assert, nil, "custom message"), try(assert, 1 == 1, "unused"))
print("assert2", try(assert, false, {code = "tbl"}), try(assert))
print("assert3", select("#", assert(1, 2, 3)), assert("v", "m"))

-- xpcall with message handlers.
local function handler(msg)
  if type(msg) == "table" then return "handled table " .. tostring(msg.code) end
  return "handled: " .. tostring(msg):gsub("^[^:]+:%d+: ", "")
end
print("xpcall", xpcall(function() error("plain") end, handler))
print("xpcall2", xpcall(function() error({code = 9}) end, handler))
print("xpcall3", xpcall(function(a, b) return a + b end, handler, 20, 22))
print("xpcall4", xpcall(function() local x = nil; return x.y end, handler))
print("xpcall5", xpcall(function() error("in handler test") end, function() error("handler fails") end))
print("xpcall6", xpcall(function() error() end, function(m) return "nil msg: " .. tostring(m) end))
local level_info = {}
xpcall(function() error("where") end, function(m)
  local info = debug.getinfo(2, "Sl")
  level_info[1] = info.short_src .. ":" .. info.currentline
  return m
end)
print("xpcall7", level_info[1])

-- Nested pcall, rethrow, error objects with metatables.
local E = {}
E.__index = E
E.__tostring = function(e) return "E(" .. e.code .. ")" end
local function throw(code) error(setmetatable({code = code}, E)) end
local ok, err = pcall(function()
  local ok2, err2 = pcall(throw, 1)
  assert(not ok2)
  err2.code = err2.code + 10
  error(err2)
end)
print("rethrow", ok, tostring(err), getmetatable(err) == E)
local depth = 0
local function nest(n)
  if n == 0 then error("bottom") end
  depth = depth + 1
  local ok3, e3 = pcall(nest, n - 1)
  error(e3 .. "<" .. n, 0)
end
print("nested", pcall(nest, 5))
print("nested-depth", depth)

-- Errors from metamethods, __tostring, __index functions, __close.
local mt = setmetatable({}, {
  __index = function(_, k) error("no field " .. k) end,
  __add = function() error({code = "add"}) end,
  __tostring = function() return 42 end,
})
print("meta1", try(function() return mt.foo end))
print("meta2", try(function() return mt + 1 end))
print("meta3", try(tostring, mt))
print("meta4", try(function() return setmetatable({}, {__len = function() error("len!") end}) and #setmetatable({}, {__len = function() error("len!", 0) end}) end))
local closes = {}
print("close1", try(function()
  local a <close> = setmetatable({}, {__close = function(_, e) closes[#closes + 1] = "a saw " .. tostring(e); error("a failed", 0) end})
  local b <close> = setmetatable({}, {__close = function(_, e) closes[#closes + 1] = "b saw " .. tostring(e) end})
  error("body failed", 0)
end))
print("close2", table.concat(closes, "; "))

-- Stack overflows are errors, not crashes.
local function recurse(n) return 1 + recurse(n + 1) end
local ok4, e4 = pcall(recurse, 1)
print("overflow", ok4, (e4:gsub("^.-:%d+: ", "")))
local function c_recurse() return pcall(c_recurse) end
print("c-overflow", select("#", c_recurse()) > 0)
local deep = setmetatable({}, {__index = function(self, k) return self[k .. "x"] end})
local ok5, e5 = pcall(function() return deep.a end)
print("meta-overflow", ok5, (e5:match("stack overflow") or e5:match("C stack overflow") or e5):sub(1, 20))
local ok6, e6 = pcall(string.rep, "x", -1)
print("rep-neg", ok6, "[" .. e6 .. "]")

-- Error values through coroutines and tostring of error positions in loaded chunks.
local co = coroutine.wrap(function() error({code = "co"}) end)
print("co", show(pcall(co)))
print("chunk", try(load("local a = 1\nlocal b = nil\nreturn a + b", "=mychunk")))
print("chunk2", try(load("error('x', 1)", "@virtual.lua")))
print("chunk3", load("x = = 1", "=bad"))
print("chunk4", load("for", "=bad"))
print("chunk5", load(("a = 1 "):rep(3) .. "}", "=bad"))
print("chunk6", load("return '\\q'", "=bad"))
print("chunk7", load("goto nowhere", "=bad"))
print("chunk8", load("::a:: ::a::", "=bad"))
print("chunk9", load("break", "=bad"))

-- Output to stderr is compared too.
io.stderr:write("to stderr: ", 42, " ", 1.5, "\n")
io.write("io.write ", 1, " ", 2.0, "\n")
print("warn", pcall(warn, "@on"), pcall(warn, "a warning ", "in parts"))
warn("@off")
warn("not shown")

-- The uncaught error ends the script with status 1 and a traceback on stderr.
local function final_failure(x)
  local function inner() error("final uncaught error: " .. x) end
  inner()
end
final_failure("bye")
print("never printed")

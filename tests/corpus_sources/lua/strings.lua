-- Strings: string.format, patterns (find, match, gmatch, gsub with every kind
-- of replacement, %b, %f, anchors, back-references), string.pack/unpack,
-- byte/char/rep/reverse/sub, escapes, number <-> string coercions, utf8.

-- string.format
print(string.format("[%d] [%5d] [%-5d] [%05d] [%+d] [% d]", 42, 42, 42, 42, 42, 42))
print(string.format("[%x] [%X] [%#x] [%o] [%#o] [%c%c%c]", 255, 255, 255, 8, 8, 76, 117, 97))
print(string.format("[%f] [%.2f] [%10.3f] [%-10.1f] [%e] [%.3E]", math.pi, math.pi, -math.pi, 2.5,
  12345.678, 0.000123))
print(string.format("[%g] [%g] [%g] [%.3g] [%g] [%g]", 1e20, 1e-5, 100000, 2 / 3, 0.1, 2 ^ 63))
print(string.format("[%a] [%A]", 1.0, 0.5))
print(string.format("[%s] [%10s] [%-10s] [%.3s] [%s] [%s]", "abc", "right", "left", "truncate", 12,
  1.5))
print(string.format("%q", 'quote "me"\n\t\0 and \\ \200 done'))
print(string.format("%q %q %q %q", 1 / 3, math.mininteger, 255, 2 ^ 63))
print(string.format("%d %s %s", 3.0, 1e15, 2 ^ 53), string.format("%5.1s|", "xyz"))
print(string.format("%%"), string.format("%-3c|", 65), string.format("%.0f %.0f", 0.5, 1.5))
print(pcall(string.format, "%d", 3.5))
print(pcall(string.format, "%y", 1))

-- tostring of numbers.
print(1e100, -1e-100, 2 ^ 63, -2 ^ 63, 1 / 0, -1 / 0, -0.0, 0.1 + 0.2, 100 // 1.0, 7 / 2, 2 ^ 2)
print(123456789012, 1e15, 1e16, 12345678901234567890, 0x10, 0xA.8p1, 1E2, .5)

-- find / match / gmatch
local s = "hello world from Lua 5.4, version 5.4.4"
print(s:find("world"), s:find("o", 6), s:find("%d+%.%d+"), s:find(".", 1, true), s:find("xyz"))
print(s:find("(o)(r)"), s:find("", 100), s:find("", #s + 1), s:find("^hello"), s:find("^world"))
print(s:match("%d+%.%d+%.%d+"), s:match("(%a+) (%a+)"), s:match("()from()"), s:match("%u%l*"))
print(s:match("v(%a*)n"), s:match(".-o"), s:match(".*o"), s:match("l+"), s:match("x?h"))
print(("  trim me  "):match("^%s*(.-)%s*$") .. "|", ("key = value"):match("^(%w+)%s*=%s*(%w+)$"))
local nums = {}
for n in ("10, 20.5, -3, 4e2, 0x1F"):gmatch("[^,%s]+") do nums[#nums + 1] = tonumber(n) end
print("gmatch", table.concat(nums, " "))
local pairs_found = {}
for k, v in ("a=1, b=22, ccc=333"):gmatch("(%w+)=(%w+)") do pairs_found[#pairs_found + 1] = v .. k end
print("gmatch2", table.concat(pairs_found, ";"))
local positions = {}
for p in ("abcabcabc"):gmatch("()b") do positions[#positions + 1] = p end
print("gmatch3", table.concat(positions, ","))
local anchored = {}
for w in ("one two three"):gmatch("%a+", 5) do anchored[#anchored + 1] = w end
print("gmatch4", table.concat(anchored, ","))

-- gsub with string, table and function replacements; %b and %f.
print(("hello world"):gsub("o", "0"))
print(("hello world"):gsub("(%w+) (%w+)", "%2 %1"))
print(("hello world"):gsub("%w+", "<%0>", 1))
print(("$name is $age"):gsub("%$(%w+)", {name = "Ann", age = 33}))
print(("1 2 3 4"):gsub("%d", function(d) return d * d end))
print(("keep drop keep"):gsub("%a+", function(w) if w == "drop" then return false end end))
print(("f(a(b)c) g(d) h"):gsub("%b()", "[]"))
print(("THE (quick) fox"):gsub("%f[%a]%a+", function(w) return w:lower():gsub("^%l", string.upper) end))
print(("abc"):gsub("", "-"))
print(("a,b,,c"):gsub(",", ";", 2))
print(("x = 1 + 2"):gsub("%s", ""))
print(("%d"):gsub("%%", "%%%%"))
print(("hello"):gsub("l+", function() end))
print(("aaa"):gsub("a*", "X"), ("abc"):gsub(".", {a = 1, b = false}))
print(pcall(string.gsub, "x", "(", ""))
print(pcall(string.gsub, "x", "%1", ""))
print(pcall(string.rep, "x", 1 << 40))

-- Character classes.
local classes = {"%a", "%d", "%l", "%s", "%u", "%w", "%x", "%p", "%c", "%g"}
local sample = "Ab1 \t?Z9_f\1~"
local counts = {}
for i, c in ipairs(classes) do
  local _, n = sample:gsub(c, "")
  counts[i] = c .. "=" .. n
end
print("classes", table.concat(counts, " "))
print(("[a-c]"):rep(2), ("abcxyz"):gsub("[a-c]", "."), ("abcxyz"):gsub("[^a-c]", "."),
  ("a.b-c"):gsub("[%.%-]", "_"))

-- byte / char / rep / reverse / sub / upper / lower / len
print(("ABC"):byte(), ("ABC"):byte(-1), ("ABC"):byte(1, -1), string.char(104, 105, 0, 33):len())
print(("ab"):rep(3), ("ab"):rep(3, ", "), ("ab"):rep(0), ("ab"):rep(-1), ("x"):rep(1, "sep"))
print(("stressed"):reverse(), ("Hello"):upper(), ("Hello"):lower(), #"\0\0\0", ("a\0b"):len())
local word = "substring"
print(word:sub(4), word:sub(-3), word:sub(2, 4), word:sub(-100, 3), word:sub(5, 2), word:sub(0),
  word:sub(7, 100))

-- Escapes and long strings.
print("tab:\tend", "nl-escaped:\\n", "\65\066\x43\u{44}\u{20AC}", "a\z
       b", #[[
line1
line2]], [==[with ]] inside]==])

-- Coercions between strings and numbers.
print("10" + 1, "3" * "4", "2" ^ 2, 10 .. "", 1.5 .. "|", "0x10" + 0, "1e2" * 1, -"2", "10" // "3")
print(tonumber("  12  "), tonumber("12a"), tonumber("z", 36), tonumber("777", 8), tonumber("ff", 16),
  tonumber("1e1"), tonumber(""), tonumber("0x"), tonumber("-0x10"), tonumber("10", 2))
print(math.type(tonumber("10")), math.type(tonumber("10.0")), math.type("10" + 0), tostring(nil),
  tostring(true))
print("a" < "b", "abc" < "abd", "Z" < "a", "" < "a", "a\0b" < "a\0c", "10" < "9", ("x"):rep(3) == "xxx")

-- string.pack / unpack / packsize
local packed = string.pack("<i2 >I4 b B h H", -2, 0x01020304, -1, 255, -300, 60000)
print("pack1", #packed, (packed:gsub(".", function(ch) return string.format("%02x", ch:byte()) end)))
print("unpack1", string.unpack("<i2 >I4 b B h H", packed))
local p2 = string.pack("z s1 s2 c5", "zero", "one", "two", "fixed")
print("pack2", #p2, string.unpack("z s1 s2 c5", p2))
local p3 = string.pack("<d f j n i16", 1.5, -0.25, math.mininteger, 1e300, -7)
print("pack3", #p3, string.unpack("<d f j n i16", p3))
print("packsize", string.packsize("i4 i8"), string.packsize("!8 i1 i8"), string.packsize("<!4 b d"),
  string.packsize("c10 x x"), string.packsize("i3 I7"))
local p4 = string.pack(">!4 i1 i4 Xi4 i2", 1, 2, 3)
print("pack4", #p4, string.unpack(">!4 i1 i4 Xi4 i2", p4))
print("pack5", pcall(string.pack, "i1", 200), pcall(string.pack, "I2", -1))
print("pack6", string.unpack("<I3", "\1\2\3"), string.unpack("<i3", "\255\255\255"), string.unpack("B", "ab", 2))

-- Building strings: concat in loops, table.concat, buffers, string.format %s with __tostring.
local parts = {}
for i = 1, 1000 do parts[i] = string.format("%03d", i % 1000) end
local joined = table.concat(parts)
local hash = 0
for i = 1, #joined do hash = (hash * 31 + joined:byte(i)) % 1000000007 end
print("joined", #joined, joined:sub(1, 12), joined:sub(-6), hash)
local acc = ""
for i = 1, 200 do acc = acc .. string.char(65 + i % 26) end
print("acc", #acc, acc:sub(1, 30), select(2, acc:gsub("A", "A")))
local obj = setmetatable({}, {__tostring = function() return "OBJ" end, __name = "MyType"})
print(string.format("%s and %s", obj, "x"), tostring(obj))

-- utf8
local u = "añb€😀"
print("utf8", utf8.len(u), #u, utf8.char(72, 228, 8364, 128512), utf8.codepoint(u, 1, -1))
local cps = {}
for p, c in utf8.codes(u) do cps[#cps + 1] = p .. ":" .. c end
print("codes", table.concat(cps, " "))
print("offset", utf8.offset(u, 3), utf8.offset(u, -1), utf8.offset(u, 0, 3), utf8.offset(u, 6),
  utf8.offset(u, 7))
print("invalid", utf8.len("ab\255cd"), utf8.len(u, 3), pcall(utf8.codepoint, "\255"))
print("charpattern", #utf8.charpattern, select(2, u:gsub(utf8.charpattern, "")))
print("lax", utf8.len("\xF4\x90\x80\x80"), utf8.len("\xF4\x90\x80\x80", 1, -1, true),
  utf8.char(0x7FFFFFFF):byte(1, -1))

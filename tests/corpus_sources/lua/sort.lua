-- table.sort: default order on integers, floats and strings, comparators
-- (descending, by field, multi-key), records, already sorted and reversed
-- inputs, many equal keys, invalid order functions, and a few classic
-- algorithms written in Lua for comparison. For arrays over 100 elements
-- Lua picks pivots at random, so only totally ordered comparators are used
-- there (ties would come out in varying order).

local function lcg(seed)
  return function(m)
    seed = (seed * 1103515245 + 12345) % 2147483648
    return seed % m
  end
end

local function is_sorted(t, lt)
  lt = lt or function(a, b) return a < b end
  for i = 2, #t do if lt(t[i], t[i - 1]) then return false end end
  return true
end

local function checksum(t)
  local h = 0
  for i = 1, #t do h = (h * 131 + (type(t[i]) == "number" and math.floor(t[i] * 1000) or #t[i])) % 1000000007 end
  return h
end

-- Integers, with duplicates, in several shapes.
local rnd = lcg(2024)
local ints = {}
for i = 1, 5000 do ints[i] = rnd(1000) - 500 end
table.sort(ints)
print("ints", is_sorted(ints), ints[1], ints[2500], ints[5000], checksum(ints))
local asc, desc, same = {}, {}, {}
for i = 1, 3000 do asc[i] = i; desc[i] = 3001 - i; same[i] = 7 end
table.sort(asc); table.sort(desc); table.sort(same)
print("shapes", is_sorted(asc), is_sorted(desc), desc[1], desc[3000], is_sorted(same), same[1500])
table.sort(asc, function(a, b) return a > b end)
print("reverse", asc[1], asc[3000], is_sorted(asc, function(a, b) return a > b end))

-- Mixed integers and floats compare exactly.
local mixed = {3, 2.5, -1, 2 ^ 53, 2 ^ 53 + 1.0, math.mininteger, math.maxinteger, 0.0, -0.5, 1e300, -1e300, 7}
table.sort(mixed)
local shown = {}
for i, v in ipairs(mixed) do shown[i] = tostring(v) end
print("mixed", table.concat(shown, " "))

-- Strings: byte order (strcoll in the C locale), case-insensitive comparator.
local words = {}
for w in ("delta Alpha charlie bravo echo Foxtrot golf hotel india Juliet kilo lima mike november"):gmatch("%a+") do
  words[#words + 1] = w
end
table.sort(words)
print("strings", table.concat(words, " "))
table.sort(words, function(a, b)
  local la, lb = a:lower(), b:lower()
  if la ~= lb then return la < lb end
  return a < b
end)
print("nocase", table.concat(words, " "))
table.sort(words, function(a, b) if #a ~= #b then return #a < #b end return a < b end)
print("bylen", table.concat(words, " "))
local gen = {}
local r2 = lcg(99)
for i = 1, 2000 do
  local len = 1 + r2(8)
  local chars = {}
  for k = 1, len do chars[k] = string.char(97 + r2(26)) end
  gen[i] = table.concat(chars) .. i  -- the index makes every string unique
end
table.sort(gen)
print("genstr", is_sorted(gen), gen[1], gen[1000], gen[2000], checksum(gen))

-- Records sorted by several keys (the id makes the order total).
local people = {}
local r3 = lcg(7)
for id = 1, 400 do
  people[id] = {id = id, age = 18 + r3(50), score = r3(1000) / 10, name = "p" .. r3(100)}
end
table.sort(people, function(a, b)
  if a.age ~= b.age then return a.age < b.age end
  if a.score ~= b.score then return a.score > b.score end
  return a.id < b.id
end)
local head = {}
for i = 1, 6 do head[i] = people[i].age .. "/" .. people[i].score .. "/" .. people[i].id end
print("records", table.concat(head, " "), people[400].age, people[400].id)

-- Small arrays: ties and stability are irrelevant when the keys are printed.
local small = {5, 3, 8, 1, 9, 2, 7, 3, 5, 1}
table.sort(small, function(a, b) return a % 3 < b % 3 end)
local mods = {}
for i, v in ipairs(small) do mods[i] = v % 3 end
print("small", table.concat(mods, ""))
local t1 = {"x"}
table.sort(t1)
local t0 = {}
table.sort(t0)
print("tiny", t1[1], #t0)

-- Errors: incomparable values, invalid order functions, comparator errors.
print("err1", pcall(table.sort, {3, "a", 1}))
print("err2", pcall(table.sort, {1, 2, 3, 4, 5}, function() return true end))
print("err3", pcall(table.sort, {{}, {}}))
print("err4", pcall(table.sort, {3, 1, 2}, function(a, b) error("cmp fails " .. a .. b, 0) end))

-- Sorting through __lt metamethods and a __index-backed proxy.
local V = {}
V.__lt = function(a, b) return a.k < b.k end
local objs = {}
for i = 1, 300 do objs[i] = setmetatable({k = (i * 7919) % 300}, V) end
table.sort(objs)
print("meta-lt", objs[1].k, objs[150].k, objs[300].k)

-- Hand-written sorts agree with table.sort.
local function insertion(t)
  for i = 2, #t do
    local v, j = t[i], i - 1
    while j >= 1 and t[j] > v do t[j + 1] = t[j]; j = j - 1 end
    t[j + 1] = v
  end
  return t
end
local function merge_sort(t)
  if #t <= 1 then return t end
  local mid = #t // 2
  local left = merge_sort(table.move(t, 1, mid, 1, {}))
  local right = merge_sort(table.move(t, mid + 1, #t, 1, {}))
  local out, i, j = {}, 1, 1
  while i <= #left and j <= #right do
    if right[j] < left[i] then out[#out + 1] = right[j]; j = j + 1 else out[#out + 1] = left[i]; i = i + 1 end
  end
  for k = i, #left do out[#out + 1] = left[k] end
  for k = j, #right do out[#out + 1] = right[k] end
  return out
end
local function heap_sort(t)
  local n = #t
  local function sift(start, stop)
    local root = start
    while 2 * root <= stop do
      local child = 2 * root
      if child + 1 <= stop and t[child] < t[child + 1] then child = child + 1 end
      if t[root] < t[child] then t[root], t[child] = t[child], t[root]; root = child else return end
    end
  end
  for start = n // 2, 1, -1 do sift(start, n) end
  for stop = n, 2, -1 do t[1], t[stop] = t[stop], t[1]; sift(1, stop - 1) end
  return t
end
local r4 = lcg(31337)
local base = {}
for i = 1, 1500 do base[i] = r4(100000) / 7 end
local a = table.move(base, 1, #base, 1, {})
table.sort(a)
local b = insertion(table.move(base, 1, #base, 1, {}))
local c = merge_sort(base)
local d = heap_sort(table.move(base, 1, #base, 1, {}))
local agree = true
for i = 1, #a do if a[i] ~= b[i] or a[i] ~= c[i] or a[i] ~= d[i] then agree = false end end
print("algorithms", agree, string.format("%.4f %.4f %.4f", a[1], a[750], a[1500]), checksum(a))

-- Sorting keys of a string-keyed table gives a deterministic traversal.
local inventory = {}
local r5 = lcg(5)
for i = 1, 200 do
  local key = "item" .. r5(60)
  inventory[key] = (inventory[key] or 0) + i
end
local keys = {}
for k in pairs(inventory) do keys[#keys + 1] = k end
table.sort(keys, function(x, y) return inventory[x] > inventory[y] or (inventory[x] == inventory[y] and x < y) end)
local top = {}
for i = 1, 8 do top[i] = keys[i] .. "=" .. inventory[keys[i]] end
print("inventory", #keys, table.concat(top, " "))

-- Numbers: integer wrap-around, floor division and modulo with negative
-- operands (integers and floats), shifts, comparisons between integers and
-- floats near 2^63, conversions (math.tointeger, string <-> number, float ->
-- integer keys), math library, numeric for loops at the integer limits, a
-- seeded math.random, and integer hash/checksum loops.

local maxi, mini = math.maxinteger, math.mininteger
print("limits", maxi, mini, maxi + 1 == mini, mini - 1 == maxi, -mini == mini, maxi * 2, mini * -1)
print("wrap", maxi + maxi, mini + mini, maxi * maxi, 0x7fffffff * 0x7fffffff, 123456789 * 987654321,
  (1 << 62) * 4, 0xffffffffffffffff, 0x8000000000000000, -0x8000000000000000)

-- Floor division and modulo: the result takes the sign of the divisor.
local pairs_ = {{7, 3}, {-7, 3}, {7, -3}, {-7, -3}, {6, 3}, {-6, 3}, {0, -5}, {1, mini}, {mini, -1}, {mini, 1},
  {maxi, -1}, {mini, 3}, {maxi, mini}}
local out = {}
for _, p in ipairs(pairs_) do
  local a, b = p[1], p[2]
  out[#out + 1] = string.format("%d//%d=%d %d%%%d=%d", a, b, a // b, a, b, a % b)
end
print("intdiv", table.concat(out, "; "))
out = {}
local fpairs = {{7.5, 2}, {-7.5, 2}, {7.5, -2}, {-7.5, -2}, {5.3, -2}, {-0.0, 1}, {1, 0.0}, {-1, 0.0}, {3, math.huge},
  {-3, math.huge}, {3, -math.huge}, {1e308, 1e-308}}
-- NaN is printed as "nan" whatever its sign bit: LLVM does not promise to keep it.
local function g(v) return v ~= v and "nan" or string.format("%g", v) end
for _, p in ipairs(fpairs) do
  local a, b = p[1], p[2]
  out[#out + 1] = string.format("%g//%g=%s %g%%%g=%s", a, b, g(a // b), a, b, g(a % b))
end
print("fltdiv", table.concat(out, "; "))
print("fmod", math.fmod(7, 3), math.fmod(-7, 3), math.fmod(7, -3), math.fmod(-7, -3), math.fmod(mini, -1),
  math.fmod(7.5, 2), math.fmod(-7.5, 2), math.fmod(5, math.huge), math.fmod(mini, maxi))
print("div", 7 / 2, -7 / 2, 1 / 3, 2 ^ -1, (-8) ^ (1 / 3) ~= (-8) ^ (1 / 3), 10 / 5, math.type(10 / 5))

-- Bitwise operations and shifts.
print("bits", 0xF0 & 0x3C, 0xF0 | 0x0F, 0xFF ~ 0x0F, ~0, ~mini, 5 & -1, -1 >> 1, -1 << 63, 1 << 63)
print("shifts", 1 << 64, 1 << -1, 256 >> -2, 1 >> 64, -1 >> 64, 3 << 62, 0x1234 >> 4, 1 << 0, 2 >> 1.0)
print("bits-float", 3.0 | 0, 2 ^ 53 | 0, "0x10" + 0 | 1, math.ult(1, -1), math.ult(-1, 1), math.ult(mini, maxi))
local pop = 0
for i = 0, 63 do if (0x5555AAAA5555AAAA >> i) & 1 == 1 then pop = pop + 1 end end
print("popcount", pop)

-- Comparisons between integers and floats, exactly.
print("cmp", maxi < 2 ^ 63, maxi + 0.0 == 2 ^ 63, maxi == 2 ^ 63, mini == -2 ^ 63, mini < -2 ^ 63,
  2 ^ 53 == 2 ^ 53 + 1, (2 ^ 53 | 0) + 1 == 2 ^ 53 + 1, 1 == 1.0, -0.0 == 0, 0 / 0 ~= 0 / 0)
print("cmp2", 1 < 1.5, 2 > 1.5, maxi <= 2 ^ 63, maxi >= 2 ^ 63, mini <= -2 ^ 63, 3 <= 3.0, -1 < -0.5,
  math.huge > maxi, -math.huge < mini, 9007199254740993 < 9007199254740992.0)
print("minmax", math.max(1, 2.5, -3), math.min(1, 2.5, -3), math.max(maxi, 2 ^ 63), math.min(3, 3.0),
  math.max(-0.0, 0), math.type(math.max(1, 2)))

-- Conversions.
print("toint", math.tointeger(3.0), math.tointeger(3.5), math.tointeger(2 ^ 63), math.tointeger(-2 ^ 63),
  math.tointeger("8"), math.tointeger({}), math.tointeger(2 ^ 31))
print("floor", math.floor(3.7), math.floor(-3.7), math.ceil(3.2), math.ceil(-3.2), math.floor(-0.0),
  math.floor(2 ^ 62), math.floor(1e100), math.ceil(maxi + 0.0), math.type(math.floor(1e100)))
print("abs", math.abs(-5), math.abs(mini), math.abs(-2.5), math.abs(-0.0), math.abs(maxi))
print("modf", math.modf(3.7), math.modf(-3.7), math.modf(5), math.modf(math.huge), math.modf(-math.huge))
print("float-int", 3 | 0, 1e15 // 1, math.type(1e15 // 1), string.format("%d", 1e15), 2 ^ 63 // 1,
  string.format("%.0f", 2 ^ 63))
print("tostr", 1e15, 1e16, 123.0, -0.0, 1 / 0, 2 ^ 24, 100 * 1.0, 3 % -math.huge, 255 // 1 | 0)
print("tonumber", tonumber("0x7fffffffffffffff"), tonumber("0xffffffffffffffff"), tonumber("9223372036854775807"),
  tonumber("9223372036854775808"), tonumber("-9223372036854775808"), tonumber("1e500"), tonumber("0x1p4"),
  tonumber(".5e1"), tonumber("5."), tonumber("0x.8"))
print("tonumber2", tonumber("inf"), tonumber("nan"), tonumber(" 0x10 "), tonumber("1 2"), tonumber("1e"),
  tonumber("7fffffffffffffff", 16), tonumber("-zz", 36), tonumber("11111111", 2), tonumber("8", 8))

-- The math library on fixed inputs.
local function f6(x) return string.format("%.6f", x) end
print("math", f6(math.sqrt(2)), f6(math.exp(1)), f6(math.log(10)), math.log(8, 2), math.log(100, 10),
  f6(math.log(27, 3)), f6(math.sin(1)), f6(math.cos(1)), f6(math.tan(1)), f6(math.atan(1, 2)),
  f6(math.asin(0.5)), f6(math.acos(0.5)), f6(math.atan(-1)), math.pi == 4 * math.atan(1))
print("math2", math.sqrt(-1) ~= math.sqrt(-1), math.huge, -math.huge, math.log(0), f6(2 ^ 0.5), 10 ^ 2,
  math.exp(0), math.log(1))

-- Numeric for loops: integer loops near the limits terminate, float steps accumulate.
local n = 0
for i = maxi - 2, maxi do n = n + 1 end
for i = mini, mini + 2 do n = n + 1 end
for i = mini + 2, mini, -1 do n = n + 1 end
for i = maxi, maxi - 10, -5 do n = n + 1 end
for i = 1, 0 do n = n + 1000 end
for i = 0, maxi, maxi // 2 do n = n + 1 end
for i = 1, 3.9 do n = n + 10 end
for i = 3, 1.5, -1 do n = n + 100 end
print("for-int", n)
local fsum, fcount = 0, 0
for x = 0, 1, 0.1 do fsum = fsum + x; fcount = fcount + 1 end
local fsteps = {}
for x = 1.0, 0, -0.25 do fsteps[#fsteps + 1] = x end
print("for-float", fcount, string.format("%.10f", fsum), table.concat(fsteps, " "), math.type(fsteps[1]))
local huge_count = 0
for i = 1, math.huge do huge_count = huge_count + 1; if i >= 5 then break end end
print("for-huge", huge_count)

-- Seeded random numbers are reproducible.
math.randomseed(42)
local r = {}
for i = 1, 10 do r[i] = math.random(1, 100) end
local rf = {}
for i = 1, 3 do rf[i] = string.format("%.8f", math.random()) end
print("random", table.concat(r, " "), table.concat(rf, " "), math.random(0) ~= nil, math.random(5, 5))
math.randomseed(42)
print("random-again", math.random(1, 100) == r[1], math.random(mini, maxi) ~= nil, math.random(3) <= 3)
math.randomseed(7, 11)
local big = {}
for i = 1, 4 do big[i] = math.random(0) end
print("random-64", table.concat(big, " "))

-- Integer checksums with wrap-around: FNV-1a and a 64-bit LCG.
local function fnv1a(s)
  local h = -3750763034362895579  -- 0xcbf29ce484222325
  for i = 1, #s do
    h = h ~ s:byte(i)
    h = h * 1099511628211
  end
  return h
end
print("fnv", fnv1a(""), fnv1a("a"), fnv1a("hello world"), string.format("%x", fnv1a("lua")))
local x = 1
for _ = 1, 1000 do x = x * 6364136223846793005 + 1442695040888963407 end
print("lcg", x, x >> 33, x // 3, x % 1000, string.format("%016x", x))
local function xorshift(s)
  s = s ~ (s << 13)
  s = s ~ (s >> 7)
  s = s ~ (s << 17)
  return s
end
local xs = 88172645463325252
for _ = 1, 100 do xs = xorshift(xs) end
print("xorshift", xs)

-- Integer algorithms: gcd, primes, powers mod m, Collatz, digit sums.
local function gcd(a, b) while b ~= 0 do a, b = b, a % b end return a end
local function powmod(b, e, m)
  local result = 1
  b = b % m
  while e > 0 do
    if e & 1 == 1 then result = result * b % m end
    b = b * b % m
    e = e >> 1
  end
  return result
end
local sieve, primes = {}, 0
for i = 2, 10000 do
  if not sieve[i] then
    primes = primes + 1
    for j = i * i, 10000, i do sieve[j] = true end
  end
end
local longest, best = 0, 0
for start = 1, 3000 do
  local steps, v = 0, start
  while v ~= 1 do v = (v % 2 == 0) and v // 2 or 3 * v + 1; steps = steps + 1 end
  if steps > longest then longest, best = steps, start end
end
print("algos", gcd(1071, 462), gcd(-12, 18), powmod(2, 1000, 1000000007), powmod(3, 200, 1 << 31), primes, best,
  longest)

-- Float accumulation and formatting.
local harmonic = 0
for i = 1, 10000 do harmonic = harmonic + 1 / i end
local kahan, comp = 0.0, 0.0
for _ = 1, 10000 do
  local y = 0.1 - comp
  local t = kahan + y
  comp = (t - kahan) - y
  kahan = t
end
print("floats", string.format("%.12f", harmonic), string.format("%.12f", kahan), 0.1 + 0.2 == 0.3,
  string.format("%.17g", 0.1 + 0.2), 1e308 * 10, -1e308 * 10, 5e-324 / 2, string.format("%.3e", 5e-324))

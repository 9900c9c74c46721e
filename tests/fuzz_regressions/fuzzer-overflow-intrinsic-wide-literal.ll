; fuzz regression: found by scripts/fuzz/fuzz_reader.py (atheris), reduced by hand
; kind: crash
; fixed: instcombine read overflow intrinsics literals of 2^63 and more (and i128 ones) into int64 (OverflowError); they are now 64-bit patterns, and intrinsics wider than 64 bits are left alone
declare { i64, i1 } @llvm.umul.with.overflow.i64(i64, i64)
declare { i128, i1 } @llvm.uadd.with.overflow.i128(i128, i128)
define i1 @f() {
  %r = call { i64, i1 } @llvm.umul.with.overflow.i64(i64 18446744073709551615, i64 2)
  %o = extractvalue { i64, i1 } %r, 1
  ret i1 %o
}
define i128 @g() {
  %r = call { i128, i1 } @llvm.uadd.with.overflow.i128(i128 9223372036854775808, i128 1)
  %v = extractvalue { i128, i1 } %r, 0
  ret i128 %v
}
define i64 @h() {
  %r = call { i64, i1 } @llvm.umul.with.overflow.i64(i64 18446744073709551615, i64 1)
  %v = extractvalue { i64, i1 } %r, 0
  ret i64 %v
}

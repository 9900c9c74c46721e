; fuzz regression: csmith seed 20 index 31 (scripts/fuzz/differential.py)
; kind: mismatch-csmith
; match: 
; found: mismatch: checksum = 92C4550B, expected checksum = B5F2B9E (the H100 check of seed 20 at e883f44; the bug from b430e67 to 50e7767: a narrowed compare's constant kept its i64 type, and `icmp sle (sext i16 0 to i32), -9` was decided true)
; reduced with llvm-reduce-22 (csmith_device.py reduce, e883f44 with 3ae17f3 on PYTHONPATH), stopped at 1.9 KB
; by hand: crc32_gentab's loop counter is stored 0 before the loop, as csmith's for loop does; the reduction had dropped that store, so the first test branched on uninitialised memory (undefined behaviour the interestingness test cannot see)
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@g_458 = global i32 1
@crc32_context = global i32 -1
@crc32_tab = global [256 x i32] zeroinitializer
@.str.35 = constant [15 x i8] c"checksum = %X\0A\00"

define i32 @main() {
  call void @crc32_gentab(ptr null)
  %1 = call i8 @func_1()
  %2 = load i32, ptr @g_458, align 4
  %3 = sext i32 %2 to i64
  call void @transparent_crc(i64 %3)
  %4 = load i32, ptr @crc32_context, align 4
  %5 = call i32 @platform_main_end(i32 %4)
  ret i32 0
}

define void @crc32_gentab(ptr %0) {
  %2 = alloca i32, align 4
  store i32 0, ptr %2, align 4
  br label %3

3:                                                ; preds = %6, %1
  %4 = load i32, ptr %2, align 4
  %5 = icmp slt i32 %4, 1
  br i1 %5, label %6, label %8

6:                                                ; preds = %3
  store i32 1, ptr @crc32_tab, align 4
  %7 = add i32 1, 0
  store i32 %7, ptr %2, align 4
  br label %3

8:                                                ; preds = %3
  ret void
}

define i8 @func_1() {
  store i32 0, ptr @g_458, align 4
  br label %1

1:                                                ; preds = %6, %0
  %2 = load i32, ptr @g_458, align 4
  %3 = icmp eq i32 %2, 1
  %4 = sext i16 0 to i32
  %5 = icmp sle i32 %4, -9
  %or.cond = or i1 %3, %5
  br i1 %or.cond, label %common.ret, label %6

common.ret:                                       ; preds = %1
  ret i8 0

6:                                                ; preds = %1
  store i32 1, ptr @g_458, align 4
  br label %1
}

define void @transparent_crc(i64 %0) {
  %2 = and i64 %0, 1
  %3 = getelementptr i32, ptr @crc32_tab, i64 %2
  %4 = load i32, ptr %3, align 4
  store i32 %4, ptr @crc32_context, align 4
  ret void
}

declare i32 @printf(ptr, ...)

define i32 @platform_main_end(i32 %0) {
  %2 = call i32 (ptr, ...) @printf(ptr @.str.35, i32 %0)
  ret i32 0
}

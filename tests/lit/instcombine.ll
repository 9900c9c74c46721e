; instcombine: the rule table of transforms/instcombine.py, one case a rule.
; RUN: gpuopt -S -passes='instcombine<no-verify-fixpoint>' %s | FileCheck %s
; RUN: gpuopt -S -passes='instcombine<max-iterations=4>' %s | opt -passes=verify -disable-output
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"

%struct.S = type { i32, i64 }
declare void @use(...)

; CHECK-LABEL: define void @identities(
; CHECK-NEXT: call void @use(i32 %x, i32 %x, i32 %x, i32 %x, i32 %x, i32 %x, i32 0, i32 0, i32 -1, i32 0, i32 0, i32 %x, i32 %x)
define void @identities(i32 %x) {
  %a = add i32 %x, 0
  %b = mul i32 %x, 1
  %c = and i32 %x, -1
  %d = or i32 %x, %x
  %e = lshr i32 %x, 0
  %f = sdiv i32 %x, 1
  %g = mul i32 %x, 0
  %h = xor i32 %x, %x
  %i = or i32 %x, -1
  %j = urem i32 %x, 1
  %k = shl i32 0, %x
  %n1 = sub i32 0, %x
  %n2 = sub i32 0, %n1
  %not1 = xor i32 %x, -1
  %not2 = xor i32 %not1, -1
  call void @use(i32 %a, i32 %b, i32 %c, i32 %d, i32 %e, i32 %f, i32 %g, i32 %h, i32 %i, i32 %j, i32 %k, i32 %n2, i32 %not2)
  ret void
}

; Constants go right (the predicate swaps); multiplications and unsigned
; divisions by powers of two become shifts and masks.
; CHECK-LABEL: define void @canonical(
; CHECK-NEXT: %a = add i32 %x, 7
; CHECK-NEXT: %c = icmp slt i32 %x, 7
; CHECK-NEXT: %m = shl nuw i32 %x, 4
; CHECK-NEXT: %s = shl i32 %x, 31
; CHECK-NEXT: %d = lshr exact i32 %x, 3
; CHECK-NEXT: %r = and i32 %x, 7
define void @canonical(i32 %x) {
  %a = add i32 7, %x
  %c = icmp sgt i32 7, %x
  %m = mul nuw i32 %x, 16
  %s = mul nsw i32 %x, -2147483648
  %d = udiv exact i32 %x, 8
  %r = urem i32 %x, 8
  call void @use(i32 %a, i1 %c, i32 %m, i32 %s, i32 %d, i32 %r)
  ret void
}

; CHECK-LABEL: define void @casts_and_compares(
; CHECK-NEXT: %z = zext i8 %b to i64
; CHECK-NEXT: %s = zext i8 %b to i64
; CHECK-NEXT: %cmp = icmp ult i8 %b, %c
; CHECK-NEXT: call void @use(i64 %z, i64 %s, i8 %b, i1 %cmp, i1 false, i1 true, i1 false, i1 true)
define void @casts_and_compares(i8 %b, i8 %c, i32 %x) {
  %z1 = zext i8 %b to i32
  %z = zext i32 %z1 to i64
  %s1 = zext i8 %b to i32
  %s = sext i32 %s1 to i64
  %w = zext i8 %b to i32
  %t = trunc i32 %w to i8
  %zb = zext i8 %b to i32
  %zc = zext i8 %c to i32
  %cmp = icmp ult i32 %zb, %zc
  %never = icmp ult i32 %x, 0
  %always = icmp sle i32 %x, 2147483647
  %self = icmp sgt i32 %x, %x
  %selfeq = icmp eq i32 %x, %x
  call void @use(i64 %z, i64 %s, i8 %t, i1 %cmp, i1 %never, i1 %always, i1 %self, i1 %selfeq)
  ret void
}

; A field at offset zero is the object; a load right after a store to the
; same pointer reads the stored value; a phi of one value is that value.
; CHECK-LABEL: define i32 @memory(
; CHECK-NEXT: entry:
; CHECK-NEXT: store i32 %x, ptr %p
; CHECK-NEXT: %sel = select i1 %c, i32 %x, i32 0
; CHECK-NEXT: br label %next
; CHECK: next:
; CHECK-NEXT: %r = add i32 %x, %sel
; CHECK-NEXT: ret i32 %r
define i32 @memory(ptr %p, i32 %x, i1 %c) {
entry:
  %field = getelementptr inbounds %struct.S, ptr %p, i32 0, i32 0
  store i32 %x, ptr %field
  %v = load i32, ptr %field
  %flag = select i1 %c, i1 true, i1 false
  %sel = select i1 %flag, i32 %v, i32 0
  br label %next
next:
  %same = phi i32 [ %v, %entry ]
  %r = add i32 %same, %sel
  ret i32 %r
}

; Compares of extended values against constants that fit the narrow type
; narrow; an i1 compared with its identity is itself.
; CHECK-LABEL: define void @narrow(
; CHECK-NEXT: %t2 = icmp eq i8 %c, -56
; CHECK-NEXT: %t4 = icmp ne i8 %d, -1
; CHECK-NEXT: call void @use(i1 %b, i1 %t2, i1 %t4)
define void @narrow(i1 %b, i8 %c, i8 %d) {
  %z = zext i1 %b to i32
  %t = icmp ne i32 %z, 0
  %z2 = zext i8 %c to i32
  %t2 = icmp eq i32 %z2, 200
  %s = sext i8 %d to i32
  %t4 = icmp ne i32 %s, -1
  call void @use(i1 %t, i1 %t2, i1 %t4)
  ret void
}

; Values known to be nonzero: an or with a nonzero constant, a select of such
; values, a loop phi whose every incoming value is one.
; CHECK-LABEL: define void @nonzero(
; CHECK: exit:
; CHECK-NEXT: call void @use(i1 true, i1 false, i1 true, i1 %unknown)
define void @nonzero(i32 %x, i1 %c) {
entry:
  %o = or i32 %x, 119
  %t = icmp ne i32 %o, 0
  %s = select i1 %c, i32 %o, i32 5
  %t2 = icmp eq i32 %s, 0
  br label %loop
loop:
  %p = phi i32 [ 1, %entry ], [ %q, %loop ]
  %q = or i32 %p, 8
  %t3 = icmp ugt i32 %p, 0
  %unknown = icmp ne i32 %x, 0
  br i1 %c, label %loop, label %exit
exit:
  call void @use(i1 %t, i1 %t2, i1 %t3, i1 %unknown)
  ret void
}

; Write-only allocas go with their stores, memsets and GEPs (any index);
; that makes the alloca whose address was stored there write-only too.
; An address compared with null is nonnull: allocas, inbounds GEPs of them
; and globals.
; CHECK-LABEL: define i1 @write_only(
; CHECK-NEXT: entry:
; CHECK-NEXT: ret i1 true
define i1 @write_only(i64 %i) {
entry:
  %inner = alloca i32, align 4
  %table = alloca [4 x ptr], align 8
  call void @llvm.memset.p0.i64(ptr align 8 %table, i8 0, i64 32, i1 false)
  %slot = getelementptr inbounds [4 x ptr], ptr %table, i64 0, i64 %i
  store ptr %inner, ptr %slot, align 8
  store i32 3, ptr %inner, align 4
  %c = icmp ne ptr %slot, null
  %d = icmp eq ptr @g, null
  %r = xor i1 %c, %d
  ret i1 %r
}

; A volatile store is a read as far as removal goes: the alloca stays.
; CHECK-LABEL: define void @volatile_kept(
; CHECK: alloca
; CHECK: store volatile
define void @volatile_kept() {
entry:
  %a = alloca i32, align 4
  store volatile i32 1, ptr %a, align 4
  ret void
}

@g = global i32 0
declare void @llvm.memset.p0.i64(ptr, i8, i64, i1)

; A pointer tested through ptrtoint is tested as a pointer (not when the
; integer is narrower than the pointer).
; CHECK-LABEL: define i1 @pointer_test(
; CHECK-NEXT: entry:
; CHECK-NEXT: %c = icmp eq ptr %p, null
; CHECK-NEXT: %j = ptrtoint ptr %q to i32
; CHECK-NEXT: %d = icmp ne i32 %j, 0
define i1 @pointer_test(ptr %p, ptr %q) {
entry:
  %i = ptrtoint ptr %p to i64
  %c = icmp eq i64 %i, 0
  %j = ptrtoint ptr %q to i32
  %d = icmp ne i32 %j, 0
  %r = and i1 %c, %d
  ret i1 %r
}

; A condition rebuilt from a select of constants is the select's condition,
; or its negation: a branch on a negation swaps its targets.
; CHECK-LABEL: define i32 @select_condition(
; CHECK-NEXT: entry:
; CHECK-NEXT: %c = icmp eq i64 %x, 0
; CHECK-NEXT: br i1 %c, label %no, label %yes
define i32 @select_condition(i64 %x, i32 %a, i32 %b) {
entry:
  %c = icmp eq i64 %x, 0
  %s = select i1 %c, i64 0, i64 1
  %t = trunc nuw i64 %s to i1
  br i1 %t, label %yes, label %no
yes:
  ret i32 %a
no:
  ret i32 %b
}

; A select on a negation swaps its arms.
; CHECK-LABEL: define i8 @negated_select(
; CHECK-NEXT: entry:
; CHECK-NEXT: %c = icmp ule i8 %k, 9
; CHECK-NEXT: %r = select i1 %c, i8 2, i8 1
define i8 @negated_select(i8 %k) {
entry:
  %c = icmp ule i8 %k, 9
  %s = select i1 %c, i8 4, i8 7
  %e = icmp eq i8 %s, 7
  %r = select i1 %e, i8 1, i8 2
  ret i8 %r
}

; The negation of a compare used once is the inverse compare.
; CHECK-LABEL: define i1 @inverse_compare(
; CHECK-NEXT: entry:
; CHECK-NEXT: %c = icmp sgt i32 %k, 9
; CHECK-NEXT: ret i1 %c
define i1 @inverse_compare(i32 %k) {
entry:
  %c = icmp sle i32 %k, 9
  %n = xor i1 %c, true
  ret i1 %n
}

; A narrower integer load of a just-stored integer constant reads its low
; bytes (x86-64 is little-endian); the alloca is then write-only.
; CHECK-LABEL: define i8 @low_bytes(
; CHECK-NEXT: entry:
; CHECK-NEXT: ret i8 2
define i8 @low_bytes() {
entry:
  %a = alloca i32, align 4
  store i32 258, ptr %a, align 4
  %b = load i8, ptr %a, align 4
  ret i8 %b
}

; Stores to one pointer that end both predecessors of a block become a phi
; and one store there, which a load in that block then reads.
; CHECK-LABEL: define i32 @merged_stores(
; CHECK: loop:
; CHECK-NEXT: %[[V:[0-9]+]] = phi i32 [ 2, %entry ], [ %next, %latch ]
; CHECK-NEXT: store i32 %[[V]], ptr @g, align 4
; CHECK-NEXT: %done = icmp eq i32 %[[V]], 10
define i32 @merged_stores() {
entry:
  store i32 2, ptr @g, align 4
  br label %loop
loop:
  %v = load i32, ptr @g, align 4
  %done = icmp eq i32 %v, 10
  br i1 %done, label %exit, label %latch
latch:
  %next = add i32 %v, 4
  store i32 %next, ptr @g, align 4
  br label %loop
exit:
  ret i32 %v
}

; extractvalue of insertvalue: the inserted value at the same index, the
; aggregate below at another one.
; CHECK-LABEL: define ptr @extract_inserted(
; CHECK-NEXT: entry:
; CHECK-NEXT: %0 = insertvalue { ptr, ptr } %agg, ptr null, 1
; CHECK-NEXT: %z = extractvalue { ptr, ptr } %agg, 0
; CHECK-NEXT: %w = extractvalue { ptr, ptr } %0, 1
; CHECK-NEXT: call void @use4(ptr %a, ptr %b, ptr %z, ptr %w)
define ptr @extract_inserted(ptr %a, ptr %b, { ptr, ptr } %agg) {
entry:
  %0 = insertvalue { ptr, ptr } poison, ptr %a, 0
  %1 = insertvalue { ptr, ptr } %0, ptr %b, 1
  %x = extractvalue { ptr, ptr } %1, 0
  %y = extractvalue { ptr, ptr } %1, 1
  %2 = insertvalue { ptr, ptr } %agg, ptr null, 1
  %z = extractvalue { ptr, ptr } %2, 0
  %w = extractvalue { ptr, ptr } %2, 1
  call void @use4(ptr %x, ptr %y, ptr %z, ptr %w)
  ret ptr %x
}
declare void @use4(ptr, ptr, ptr, ptr)

; Value ranges decide compares: a zext of an i1 is 0 or 1; an and with 7 is
; below the sign bit, so greater than any negative constant; a urem by 10 and
; a lshr by 28 stay below 10 and 16; ranges of a select join.
; CHECK-LABEL: define void @ranges(
; CHECK-NEXT: call void @use(i1 true, i1 false, i1 true, i1 false, i1 true, i1 true)
define void @ranges(i1 %b, i32 %x, i32 %y) {
  %z = zext i1 %b to i64
  %a = icmp ne i64 %z, 1053768382
  %m = and i32 %x, 7
  %s = icmp slt i32 %m, -3
  %g = icmp sgt i32 %m, -1
  %r = urem i32 %y, 10
  %c = icmp ugt i32 %r, 9
  %h = lshr i32 %x, 28
  %d = icmp ult i32 %h, 16
  %sel = select i1 %b, i32 %r, i32 %h
  %e = icmp ne i32 %sel, 20
  call void @use(i1 %a, i1 %s, i1 %g, i1 %c, i1 %d, i1 %e)
  ret void
}

; A mask that keeps every bit its operand may have goes; an extension of a
; trunc whose source fits the narrow type is the source.
; CHECK-LABEL: define void @masks_and_extensions(
; CHECK-NEXT: %z = zext i8 %x to i32
; CHECK-NEXT: %a = and i32 %y, 255
; CHECK-NEXT: %h = lshr i32 %y, 17
; CHECK-NEXT: call void @use(i32 %z, i32 %a, i32 %h)
define void @masks_and_extensions(i8 %x, i32 %y) {
  %z = zext i8 %x to i32
  %m = and i32 %z, 255
  %a = and i32 %y, 255
  %t = trunc i32 %a to i16
  %e = zext i16 %t to i32
  %h = lshr i32 %y, 17
  %t2 = trunc i32 %h to i16
  %s = sext i16 %t2 to i32
  call void @use(i32 %m, i32 %e, i32 %s)
  ret void
}

; trunc of an extension or a trunc is one cast of the first source.
; CHECK-LABEL: define void @trunc_chains(
; CHECK-NEXT: %t1 = zext i1 %b to i16
; CHECK-NEXT: %t2 = sext i8 %c to i16
; CHECK-NEXT: %t3 = trunc i64 %w to i16
; CHECK-NEXT: %t4 = trunc i64 %w to i8
; CHECK-NEXT: call void @use(i16 %t1, i16 %t2, i16 %t3, i8 %t4)
define void @trunc_chains(i1 %b, i8 %c, i64 %w) {
  %z = zext i1 %b to i32
  %t1 = trunc i32 %z to i16
  %s = sext i8 %c to i32
  %t2 = trunc i32 %s to i16
  %x = sext i64 %w to i128
  %t3 = trunc i128 %x to i16
  %n = trunc i64 %w to i32
  %t4 = trunc i32 %n to i8
  call void @use(i16 %t1, i16 %t2, i16 %t3, i8 %t4)
  ret void
}

; A pointer into an alloca is never a global's address, and two constant
; offsets into one alloca compare as the offsets do.  The global goes to the
; right first (canonical order), so offset 0 folds too; one past the end
; stays (LLVM's distance test; opt-22 folds it by another route).
; CHECK-LABEL: define void @distinct_objects(
; CHECK: call void @use(i1 false, i1 true, i1 false, i1 true, i1 false, i1 %c6)
define void @distinct_objects() {
  %a = alloca [4 x i32]
  %p = getelementptr inbounds [4 x i32], ptr %a, i64 0, i64 2
  %q = getelementptr inbounds [4 x i32], ptr %a, i64 0, i64 1
  %end = getelementptr inbounds [4 x i32], ptr %a, i64 1
  %c1 = icmp eq ptr %p, @gv
  %c2 = icmp ne ptr @gv, %q
  %c3 = icmp eq ptr %p, %q
  %c4 = icmp eq ptr %q, %q
  %c5 = icmp eq ptr @gv, %a
  %c6 = icmp eq ptr %end, @gv
  call void @use(i1 %c1, i1 %c2, i1 %c3, i1 %c4, i1 %c5, i1 %c6)
  ret void
}

; An alloca that only holds a copy of a constant global reads the global.
@gv = global i32 0
@table = private unnamed_addr constant [4 x i32] [i32 1, i32 2, i32 3, i32 4], align 16
@small = private unnamed_addr constant [2 x i32] [i32 1, i32 2], align 16
declare void @llvm.memcpy.p0.p0.i64(ptr, ptr, i64, i1)
; CHECK-LABEL: define i32 @constant_copy(
; CHECK-NOT: alloca [4 x i32]
; CHECK: getelementptr inbounds [4 x i32], ptr @table, i64 0, i64 %i
; CHECK: alloca [3 x i32]
; CHECK: call void @llvm.memcpy
define i32 @constant_copy(i64 %i) {
  %a = alloca [4 x i32], align 16
  call void @llvm.memcpy.p0.p0.i64(ptr align 16 %a, ptr align 16 @table, i64 16, i1 false)
  %p = getelementptr inbounds [4 x i32], ptr %a, i64 0, i64 %i
  %v = load i32, ptr %p, align 4
  %b = alloca [3 x i32], align 16
  call void @llvm.memcpy.p0.p0.i64(ptr align 16 %b, ptr align 16 @small, i64 8, i1 false)
  %r = getelementptr inbounds [3 x i32], ptr %b, i64 0, i64 %i
  %w = load i32, ptr %r, align 4
  %s = add i32 %v, %w
  ret i32 %s
}

; A trunc of an operation on extended values is the operation in the narrow type.
; CHECK-LABEL: define void @narrowed_truncations(
; CHECK-NEXT: %x32 = xor i16 %a, 31306
; CHECK-NEXT: %s32 = lshr i16 %a, 3
; CHECK-NEXT: %m32 = add i16 %a, %b
; CHECK-NEXT: %w = zext i16 %b to i32
; CHECK-NEXT: %o = or i32 %w, 65536
; CHECK-NEXT: call void @use(i16 %x32, i16 %s32, i16 %m32, i16 %b, i32 %o)
define void @narrowed_truncations(i16 %a, i16 %b) {
  %za = zext i16 %a to i32
  %x32 = xor i32 %za, -1258849718
  %x = trunc i32 %x32 to i16
  %s32 = lshr i32 %za, 3
  %s = trunc i32 %s32 to i16
  %sb = sext i16 %b to i32
  %m32 = add nsw i32 %za, %sb
  %m = trunc i32 %m32 to i16
  %w = zext i16 %b to i32
  %o = or i32 %w, 65536
  %to = trunc i32 %o to i16
  call void @use(i16 %x, i16 %s, i16 %m, i16 %to, i32 %o)
  ret void
}

; sext (trunc x) is x when x's sign bits reach into the narrow type (a
; bitfield read: shl then ashr by at least the difference of widths).
; CHECK-LABEL: define void @sign_bits(
; CHECK-NEXT: %s = shl i64 %x, 35
; CHECK-NEXT: %a = ashr i64 %s, 35
; CHECK-NEXT: %b = ashr i64 %s, 31
; CHECK-NEXT: %t2 = trunc i64 %b to i32
; CHECK-NEXT: %e2 = sext i32 %t2 to i64
; CHECK-NEXT: call void @use(i64 %a, i64 %e2)
define void @sign_bits(i64 %x) {
  %s = shl i64 %x, 35
  %a = ashr i64 %s, 35
  %t = trunc i64 %a to i32
  %e = sext i32 %t to i64
  %b = ashr i64 %s, 31
  %t2 = trunc i64 %b to i32
  %e2 = sext i32 %t2 to i64
  call void @use(i64 %e, i64 %e2)
  ret void
}

; A trunc ignores a mask that keeps its bits; srem of values below the sign
; bit is urem, which narrows to the type of the extended values.
; CHECK-LABEL: define void @masked_truncs_and_unsigned_division(
; CHECK-NEXT: %t = trunc i64 %x to i8
; CHECK-NEXT: %o = trunc i64 %x to i8
; CHECK-NEXT: %r32 = urem i8 %a, %b
; CHECK-NEXT: %y = lshr i32 %z, 1
; CHECK-NEXT: %d = udiv i32 %y, 3
; CHECK-NEXT: call void @use(i8 %t, i8 %o, i8 %r32, i32 %d)
define void @masked_truncs_and_unsigned_division(i64 %x, i8 %a, i8 %b, i32 %z) {
  %m = and i64 %x, 255
  %t = trunc i64 %m to i8
  %p = or i64 %x, 256
  %o = trunc i64 %p to i8
  %za = zext i8 %a to i32
  %zb = zext i8 %b to i32
  %r32 = srem i32 %za, %zb
  %r = trunc i32 %r32 to i8
  %y = lshr i32 %z, 1
  %d = sdiv i32 %y, 3
  call void @use(i8 %t, i8 %o, i8 %r, i32 %d)
  ret void
}

; A masked test of a zero-extended byte is done on the byte; an exact sdiv
; by a power of two is an exact ashr.
; CHECK-LABEL: define void @masked_compares_and_exact_division(
; CHECK-NEXT: %m = and i8 %b, 64
; CHECK-NEXT: %c = icmp ne i8 %m, 0
; CHECK-NEXT: %d = ashr exact i64 %x, 4
; CHECK-NEXT: call void @use(i1 %c, i64 %d)
define void @masked_compares_and_exact_division(i8 %b, i64 %x) {
  %z = zext i8 %b to i32
  %m = and i32 %z, 64
  %c = icmp ne i32 %m, 0
  %d = sdiv exact i64 %x, 16
  call void @use(i1 %c, i64 %d)
  ret void
}

; Unsigned compares of a zext, and any compare of a sext, with a constant
; that fits are made on the narrow value; a store of what was just loaded
; from the same pointer goes.
; CHECK-LABEL: define void @narrow_orders_and_reloaded_stores(
; CHECK-NEXT: %u = icmp ult i8 %b, 7
; CHECK-NEXT: %s = icmp slt i8 %b, -3
; CHECK-NEXT: %v = load ptr, ptr %p, align 8
; CHECK-NEXT: call void @use(i1 %u, i1 %s, ptr %v)
define void @narrow_orders_and_reloaded_stores(i8 %b, ptr %p) {
  %z = zext i8 %b to i64
  %u = icmp ult i64 %z, 7
  %x = sext i8 %b to i32
  %s = icmp slt i32 %x, -3
  %v = load ptr, ptr %p, align 8
  store ptr %v, ptr %p, align 8
  call void @use(i1 %u, i1 %s, ptr %v)
  ret void
}

; A trunc below the type the operands were extended from computes there
; (an ashr of a zero-extended value shifts logically).
; CHECK-LABEL: define void @narrowed_to_the_source_type(
; CHECK-NEXT: %a = lshr i16 %h, 8
; CHECK-NEXT: %t = trunc i16 %a to i8
; CHECK-NEXT: %o = or i16 %h, %k
; CHECK-NEXT: %u = trunc i16 %o to i8
; CHECK-NEXT: call void @use(i8 %t, i8 %u)
define void @narrowed_to_the_source_type(i16 %h, i16 %k) {
  %z = zext i16 %h to i32
  %a = ashr i32 %z, 8
  %t = trunc i32 %a to i8
  %y = zext i16 %k to i32
  %o = or i32 %z, %y
  %u = trunc i32 %o to i8
  call void @use(i8 %t, i8 %u)
  ret void
}

; A phi of one operation on different values is the operation on a phi:
; casts from one type, binary operators with one constant (sharing flags).
; CHECK-LABEL: define i32 @phi_of_operations(
; CHECK: j:
; CHECK-NEXT: %p = phi i8 [ %a, %l ], [ %b, %r ]
; CHECK-NEXT: %q = phi i32 [ %x, %l ], [ %y, %r ]
; CHECK-NEXT: [[Z:%.*]] = zext i8 %p to i32
; CHECK-NEXT: [[A:%.*]] = add nsw i32 %q, 7
; CHECK-NEXT: %s = add i32 [[Z]], [[A]]
define i32 @phi_of_operations(i1 %c, i8 %a, i8 %b, i32 %x, i32 %y) {
entry:
  br i1 %c, label %l, label %r
l:
  %za = zext i8 %a to i32
  %ax = add nsw nuw i32 %x, 7
  br label %j
r:
  %zb = zext i8 %b to i32
  %ay = add nsw i32 %y, 7
  br label %j
j:
  %p = phi i32 [ %za, %l ], [ %zb, %r ]
  %q = phi i32 [ %ax, %l ], [ %ay, %r ]
  %s = add i32 %p, %q
  ret i32 %s
}

; Compares of two zexts are unsigned compares of their sources; of two sexts,
; the same compare of their sources.
; CHECK-LABEL: define void @compares_of_extensions(
; CHECK-NEXT: %g = icmp ugt i8 %a, %b
; CHECK-NEXT: %s = icmp slt i8 %a, %b
; CHECK-NEXT: call void @use(i1 %g, i1 %s)
define void @compares_of_extensions(i8 %a, i8 %b) {
  %za = zext i8 %a to i32
  %zb = zext i8 %b to i32
  %g = icmp sgt i32 %za, %zb
  %sa = sext i8 %a to i32
  %sb = sext i8 %b to i32
  %s = icmp slt i32 %sa, %sb
  call void @use(i1 %g, i1 %s)
  ret void
}

; An extension of a trunc that loses nothing is one cast of the source: a
; trunc of a wide bitfield read, a zext of a narrower value.
; CHECK-LABEL: define void @lossless_truncs(
; CHECK-NEXT: %s = shl i80 %x, 62
; CHECK-NEXT: %a = ashr i80 %s, 62
; CHECK-NEXT: %e = trunc i80 %a to i64
; CHECK-NEXT: %m = and i32 %y, 255
; CHECK-NEXT: %z = zext i32 %m to i64
; CHECK-NEXT: call void @use(i64 %e, i64 %z)
define void @lossless_truncs(i80 %x, i32 %y) {
  %s = shl i80 %x, 62
  %a = ashr i80 %s, 62
  %t = trunc i80 %a to i32
  %e = sext i32 %t to i64
  %m = and i32 %y, 255
  %t2 = trunc i32 %m to i16
  %z = zext i16 %t2 to i64
  call void @use(i64 %e, i64 %z)
  ret void
}

; Constants that fit the source type may stand among at least two zexts.
; CHECK-LABEL: define i32 @phi_of_zexts_and_constants(
; CHECK: %p = phi i16 [ %a, %l ], [ %b, %r ], [ 7, %m ]
; CHECK-NEXT: [[Z:%.*]] = zext i16 %p to i32
; CHECK-NEXT: ret i32 [[Z]]
define i32 @phi_of_zexts_and_constants(i1 %c, i1 %d, i16 %a, i16 %b) {
entry:
  br i1 %c, label %l, label %m
m:
  br i1 %d, label %r, label %j
l:
  %za = zext i16 %a to i32
  br label %j
r:
  %zb = zext i16 %b to i32
  br label %j
j:
  %p = phi i32 [ %za, %l ], [ %zb, %r ], [ 7, %m ]
  ret i32 %p
}

; Signed compares of values on either side of the sign bit, and ranges of
; xor with all ones and of or/xor with a constant of bits x never has.
; CHECK-LABEL: define void @signed_sides(
; CHECK-NEXT: call void @use(i1 true, i1 false, i1 true)
define void @signed_sides(i1 %b, i8 %c) {
  %z = zext i1 %b to i64
  %n = xor i64 %z, -1
  %w = zext i8 %c to i64
  %g = icmp sgt i64 %w, %n
  %l = icmp slt i64 %w, %n
  %o = or i64 %w, 256
  %u = icmp uge i64 %o, 256
  call void @use(i1 %g, i1 %l, i1 %u)
  ret void
}

; A phi of extractvalues of one index becomes an extractvalue of a phi of the
; aggregates; identical phis merge; an aggregate rebuilt from its own two
; fields is the aggregate (a Rust landing pad's resume).
declare void @may_throw()
declare i32 @personality(...)
; CHECK-LABEL: define { ptr, i32 } @phis_of_extracts(
; CHECK: join:
; CHECK-NEXT: %x = phi { ptr, i32 } [ %l1, %lp1 ], [ %l2, %lp2 ]
; CHECK-NEXT: resume { ptr, i32 } %x
define { ptr, i32 } @phis_of_extracts(i1 %c) personality ptr @personality {
entry:
  br i1 %c, label %a, label %b
a:
  invoke void @may_throw() to label %done unwind label %lp1
b:
  invoke void @may_throw() to label %done unwind label %lp2
lp1:
  %l1 = landingpad { ptr, i32 } cleanup
  %x1 = extractvalue { ptr, i32 } %l1, 0
  %y1 = extractvalue { ptr, i32 } %l1, 1
  br label %join
lp2:
  %l2 = landingpad { ptr, i32 } cleanup
  %x2 = extractvalue { ptr, i32 } %l2, 0
  %y2 = extractvalue { ptr, i32 } %l2, 1
  br label %join
join:
  %x = phi ptr [ %x1, %lp1 ], [ %x2, %lp2 ]
  %y = phi i32 [ %y1, %lp1 ], [ %y2, %lp2 ]
  %r1 = insertvalue { ptr, i32 } poison, ptr %x, 0
  %r2 = insertvalue { ptr, i32 } %r1, i32 %y, 1
  resume { ptr, i32 } %r2
done:
  ret { ptr, i32 } zeroinitializer
}

; A trunc of a phi of constants is a phi in the narrow type.
; CHECK-LABEL: define i1 @phi_truncation(
; CHECK: %p = phi i1 [ true, %a ], [ false, %entry ]
; CHECK-NEXT: ret i1 %p
define i1 @phi_truncation(i1 %c) {
entry:
  br i1 %c, label %a, label %join
a:
  br label %join
join:
  %p = phi i8 [ 1, %a ], [ 0, %entry ]
  %t = trunc nuw i8 %p to i1
  ret i1 %t
}

; A select of an extension and a constant that fits is the extension of a
; narrow select; a switch on an extension whose cases fit switches on the
; narrow value.
; CHECK-LABEL: define void @narrow_selects_and_switches(
; CHECK: [[S:%.*]] = select i1 %c, i32 %d, i32 5
; CHECK-NEXT: [[Z:%.*]] = zext i32 [[S]] to i64
; CHECK: switch i8 %b, label %other [
; CHECK-NEXT: i8 3, label %three
; CHECK-NEXT: i8 -56, label %big
define void @narrow_selects_and_switches(i1 %c, i32 %d, i8 %b) {
entry:
  %z = zext i32 %d to i64
  %s = select i1 %c, i64 %z, i64 5
  call void @use(i64 %s)
  %w = zext i8 %b to i32
  switch i32 %w, label %other [
    i32 3, label %three
    i32 200, label %big
  ]
three:
  ret void
big:
  ret void
other:
  ret void
}

; null is no global's address; signed compares of values below the sign bit
; become samesign unsigned ones (and then compare the narrow value); xor of a
; zext of a compare with 1 is the zext of the inverse compare.
@arr = global [5 x i32] zeroinitializer
; CHECK-LABEL: define void @nulls_samesign_and_nots(
; CHECK-NEXT: %u = icmp ne i8 %b, 0
; CHECK-NEXT: %c = icmp eq ptr %p, null
; CHECK-NEXT: %z0 = zext i1 %c to i64
; CHECK-NEXT: call void @use(i1 false, i1 %u, i64 %z0)
define void @nulls_samesign_and_nots(i8 %b, ptr %p) {
  %n = icmp eq ptr null, getelementptr inbounds ([5 x i32], ptr @arr, i64 0, i64 2)
  %w = zext i8 %b to i32
  %u = icmp sgt i32 %w, 0
  %c = icmp ne ptr %p, null
  %z0 = zext i1 %c to i64
  %z = xor i64 %z0, 1
  call void @use(i1 %n, i1 %u, i64 %z)
  ret void
}

; An ashr of a value below the sign bit is an lshr (exact stays); one of a
; value that may be negative stays.
; CHECK-LABEL: define void @ashr_of_nonnegative(
; CHECK-NEXT: %z = zext i8 %b to i32
; CHECK-NEXT: %s = lshr i32 %z, %n
; CHECK-NEXT: %e = lshr exact i32 %z, 2
; CHECK-NEXT: %k = ashr i32 %x, %n
; CHECK-NEXT: call void @use(i32 %s, i32 %e, i32 %k)
define void @ashr_of_nonnegative(i8 %b, i32 %x, i32 %n) {
  %z = zext i8 %b to i32
  %s = ashr i32 %z, %n
  %e = ashr exact i32 %z, 2
  %k = ashr i32 %x, %n
  call void @use(i32 %s, i32 %e, i32 %k)
  ret void
}

; Pointers into two allocas are unequal where their distance lies inside the
; lower one; one past the end of the first may be the second's start.
; CHECK-LABEL: define void @two_allocas(
; CHECK-NEXT: %a = alloca [5 x ptr]
; CHECK-NEXT: %b = alloca ptr
; CHECK-NEXT: %end = getelementptr inbounds [5 x ptr], ptr %a, i64 1
; CHECK-NEXT: %c3 = icmp eq ptr %end, %b
; CHECK-NEXT: call void @use(i1 false, i1 true, i1 %c3)
define void @two_allocas() {
  %a = alloca [5 x ptr]
  %b = alloca ptr
  %p = getelementptr inbounds [5 x ptr], ptr %a, i64 0, i64 3
  %c1 = icmp eq ptr %p, %b
  %c2 = icmp ne ptr %b, %a
  %end = getelementptr inbounds [5 x ptr], ptr %a, i64 1
  %c3 = icmp eq ptr %end, %b
  call void @use(i1 %c1, i1 %c2, i1 %c3)
  ret void
}

; A bitfield read from a wide integer: zext (trunc (and x, M)) where the mask
; fits the narrow type is one cast of the and
; CHECK-LABEL: define i64 @wide_bitfield(
; CHECK-NEXT: %s = lshr i80 %x, 35
; CHECK-NEXT: %m = and i80 %s, 8388607
; CHECK-NEXT: %z = trunc i80 %m to i64
; CHECK-NEXT: ret i64 %z
define i64 @wide_bitfield(i80 %x) {
  %s = lshr i80 %x, 35
  %m = and i80 %s, 8388607
  %t = trunc i80 %m to i32
  %z = zext i32 %t to i64
  ret i64 %z
}

; The CRC step: a low mask of an xor with a zero-extended byte is computed on
; the byte (the mask of all its bits then goes, and the two zexts merge)
; CHECK-LABEL: define i64 @masked_byte_xor(
; CHECK-NEXT: [[T:%.*]] = trunc i32 %c to i8
; CHECK-NEXT: [[X:%.*]] = xor i8 [[T]], %b
; CHECK-NEXT: [[Z:%.*]] = zext i8 [[X]] to i64
; CHECK-NEXT: ret i64 [[Z]]
define i64 @masked_byte_xor(i32 %c, i8 %b) {
  %w = zext i8 %b to i32
  %x = xor i32 %c, %w
  %m = and i32 %x, 255
  %z = zext i32 %m to i64
  ret i64 %z
}

; A narrower mask stays, in the narrow type
; CHECK-LABEL: define i32 @masked_add(
; CHECK-NEXT: [[T:%.*]] = trunc i32 %c to i16
; CHECK-NEXT: [[A:%.*]] = add i16 %b, [[T]]
; CHECK-NEXT: [[M:%.*]] = and i16 [[A]], 4095
; CHECK-NEXT: [[Z:%.*]] = zext i16 [[M]] to i32
; CHECK-NEXT: ret i32 [[Z]]
define i32 @masked_add(i32 %c, i16 %b) {
  %w = zext i16 %b to i32
  %a = add nsw i32 %w, %c
  %m = and i32 %a, 4095
  ret i32 %m
}

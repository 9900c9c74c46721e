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

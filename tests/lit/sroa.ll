; sroa: allocas of structs and arrays reached only through constant-index
; GEPs split into one alloca per accessed slice, which then promote; memset
; and memcpy from a constant global become stores of constants; what cannot
; be split (a variable index, an escaping address, overlapping accesses of
; different types) stays in memory.
; RUN: gpuopt -S -passes=sroa %s | FileCheck %s
; RUN: gpuopt -S -passes=sroa %s | opt -passes=verify -disable-output
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

%struct.P = type { i32, i64, [3 x i16] }

@__const.table = private unnamed_addr constant [4 x i16] [i16 5, i16 -3, i16 7, i16 9], align 2
@__const.pair = private unnamed_addr constant { i32, ptr } { i32 11, ptr @g }, align 8
@g = global i32 0

; Struct fields (nested array element included) become SSA values; the
; store on one path becomes a phi at the join.
; CHECK-LABEL: define i64 @fields(
; CHECK-NOT: alloca
; CHECK-NOT: getelementptr
; CHECK: join:
; CHECK-NEXT: %[[P:[0-9]+]] = phi i64 [ %b, %entry ], [ 9, %then ]
; CHECK-NEXT: %x64 = sext i32 %a to i64
; CHECK-NEXT: %r = add i64 %x64, %[[P]]
; CHECK-NEXT: %w64 = zext i16 5 to i64
define i64 @fields(i32 %a, i64 %b, i1 %c) {
entry:
  %p = alloca %struct.P, align 8
  call void @llvm.lifetime.start.p0(ptr %p)
  %f1 = getelementptr inbounds %struct.P, ptr %p, i32 0, i32 1
  store i32 %a, ptr %p, align 4
  store i64 %b, ptr %f1, align 8
  %s = getelementptr inbounds %struct.P, ptr %p, i32 0, i32 2, i64 1
  store i16 5, ptr %s, align 2
  br i1 %c, label %then, label %join

then:
  store i64 9, ptr %f1, align 8
  br label %join

join:
  %x = load i32, ptr %p, align 4
  %y = load i64, ptr %f1, align 8
  %w = load i16, ptr %s, align 2
  %x64 = sext i32 %x to i64
  %r = add i64 %x64, %y
  %w64 = zext i16 %w to i64
  %r2 = add i64 %r, %w64
  call void @llvm.lifetime.end.p0(ptr %p)
  ret i64 %r2
}

; A chain of GEPs (byte offsets and array indices) adds up.
; CHECK-LABEL: define i32 @chain(
; CHECK-NOT: alloca
; CHECK: ret i32 %v
define i32 @chain(i32 %v) {
entry:
  %a = alloca [4 x [2 x i32]], align 4
  %row = getelementptr inbounds [4 x [2 x i32]], ptr %a, i64 0, i64 2
  %cell = getelementptr inbounds i8, ptr %row, i64 4
  store i32 %v, ptr %cell, align 4
  %same = getelementptr inbounds [4 x [2 x i32]], ptr %a, i64 0, i64 2, i64 1
  %r = load i32, ptr %same, align 4
  ret i32 %r
}

; memcpy from a constant global and memset become the constants each slice
; receives.
; CHECK-LABEL: define i32 @fills(
; CHECK-NOT: alloca
; CHECK-NOT: call
; CHECK: %x32 = sext i16 -3 to i32
; CHECK-NEXT: %s = add i32 %x32, 16843009
; CHECK-NEXT: %t = add i32 %s, 11
; CHECK-NEXT: %z = load i32, ptr null, align 4
; CHECK-NEXT: %q = load i32, ptr @g, align 4
define i32 @fills() {
entry:
  %a = alloca [4 x i16], align 2
  %b = alloca [3 x i32], align 4
  %c = alloca [2 x ptr], align 8
  %d = alloca { i32, ptr }, align 8
  call void @llvm.memcpy.p0.p0.i64(ptr align 2 %a, ptr align 2 @__const.table, i64 8, i1 false)
  call void @llvm.memset.p0.i64(ptr align 4 %b, i8 1, i64 12, i1 false)
  call void @llvm.memset.p0.i64(ptr align 8 %c, i8 0, i64 16, i1 false)
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %d, ptr align 8 @__const.pair, i64 16, i1 false)
  %a1 = getelementptr inbounds [4 x i16], ptr %a, i64 0, i64 1
  %x = load i16, ptr %a1, align 2
  %b2 = getelementptr inbounds [3 x i32], ptr %b, i64 0, i64 2
  %y = load i32, ptr %b2, align 4
  %c1 = getelementptr inbounds [2 x ptr], ptr %c, i64 0, i64 1
  %p = load ptr, ptr %c1, align 8
  %k = load i32, ptr %d, align 4
  %d1 = getelementptr inbounds i8, ptr %d, i64 8
  %gp = load ptr, ptr %d1, align 8
  %x32 = sext i16 %x to i32
  %s = add i32 %x32, %y
  %t = add i32 %s, %k
  %z = load i32, ptr %p, align 4
  %q = load i32, ptr %gp, align 4
  %u = add i32 %t, %z
  %v = add i32 %u, %q
  ret i32 %v
}

; Never loaded: the alloca and its stores go.
; CHECK-LABEL: define void @unread(
; CHECK-NEXT: entry:
; CHECK-NEXT: ret void
define void @unread(i8 %v) {
entry:
  %buf = alloca [8 x i8], align 1
  %at = getelementptr inbounds i8, ptr %buf, i64 3
  store i8 %v, ptr %at, align 1
  ret void
}

; Left in memory: a variable index, an address passed to a call, and
; overlapping accesses of different sizes.
; CHECK-LABEL: define i32 @kept(
; CHECK: %arr = alloca [4 x i32]
; CHECK: %out = alloca { i32, i32 }
; CHECK: %mix = alloca i64
define i32 @kept(i64 %i, i64 %w) {
entry:
  %arr = alloca [4 x i32], align 4
  %out = alloca { i32, i32 }, align 4
  %mix = alloca i64, align 8
  %e = getelementptr inbounds [4 x i32], ptr %arr, i64 0, i64 %i
  store i32 1, ptr %e, align 4
  %first = load i32, ptr %arr, align 4
  call void @use(ptr %out)
  %o = load i32, ptr %out, align 4
  store i64 %w, ptr %mix, align 8
  %low = load i32, ptr %mix, align 4
  %s = add i32 %first, %o
  %t = add i32 %s, %low
  ret i32 %t
}

; memcpy between locals: into a split alloca, its slices load from the
; source; out of a split alloca whose slices cover the copied range, they are
; stored to the destination.
; CHECK-LABEL: define i32 @copies(
; CHECK-NOT: alloca
; CHECK-NOT: call
; CHECK: %[[LOW:[0-9]+]] = load i16, ptr %[[AT0:[0-9]+]], align 1
; CHECK: %[[HIGH:[0-9]+]] = load i32, ptr %[[AT4:[0-9]+]], align 1
; CHECK: store i32 %v, ptr %{{[0-9]+}}, align 1
define i32 @copies(ptr %src, ptr %dst, i32 %v) {
entry:
  %a = alloca [8 x i8], align 4
  %b = alloca [4 x i8], align 4
  call void @llvm.memcpy.p0.p0.i64(ptr align 4 %a, ptr align 4 %src, i64 8, i1 false)
  %a4 = getelementptr inbounds i8, ptr %a, i64 4
  %x = load i32, ptr %a4, align 4
  %y = load i16, ptr %a, align 4
  store i32 %v, ptr %b, align 4
  call void @llvm.memcpy.p0.p0.i64(ptr align 4 %dst, ptr align 4 %b, i64 4, i1 false)
  %y32 = zext i16 %y to i32
  %r = add i32 %x, %y32
  ret i32 %r
}

; A copy out of an alloca whose slices leave a gap keeps the alloca.
; CHECK-LABEL: define void @gap(
; CHECK: %a = alloca [8 x i8]
; CHECK: call void @llvm.memcpy
define void @gap(ptr %dst, i32 %v) {
entry:
  %a = alloca [8 x i8], align 4
  store i32 %v, ptr %a, align 4
  call void @llvm.memcpy.p0.p0.i64(ptr align 4 %dst, ptr align 4 %a, i64 8, i1 false)
  ret void
}

declare void @use(ptr)
declare void @llvm.memcpy.p0.p0.i64(ptr, ptr, i64, i1)
declare void @llvm.memset.p0.i64(ptr, i8, i64, i1)
declare void @llvm.lifetime.start.p0(ptr)
declare void @llvm.lifetime.end.p0(ptr)

; sroa: allocas of structs and arrays reached only through constant-index
; GEPs split into one alloca per accessed slice, which then promote; memset
; and memcpy from a constant global become stores of constants; wide integer
; accesses over narrower ones are cut into shifts and truncations; bytes only
; copied through stay in a smaller alloca; loads through a select of two
; allocas are speculated; what cannot be split (a variable index, an
; escaping address, overlapping accesses of different types) stays in memory.
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
; overlapping accesses of different types at one offset.
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
  %low = load float, ptr %mix, align 4
  %lowi = fptosi float %low to i32
  %s = add i32 %first, %o
  %t = add i32 %s, %lowi
  ret i32 %t
}

; memcpy between locals: into a split alloca, its slices load from the
; source; out of a split alloca whose slices cover the copied range, they are
; stored to the destination.
; CHECK-LABEL: define i32 @copies(
; CHECK-NOT: alloca
; CHECK-NOT: call
; CHECK: %[[LOW:[0-9]+]] = load i16, ptr %src, align 4
; CHECK: %[[AT4:[0-9]+]] = getelementptr inbounds i8, ptr %src, i64 4
; CHECK: %[[HIGH:[0-9]+]] = load i32, ptr %[[AT4]], align 4
; CHECK: store i32 %v, ptr %dst, align 4
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

; A copy out of bytes nothing writes copies nothing (they are undefined).
; CHECK-LABEL: define void @gap(
; CHECK-NEXT: entry:
; CHECK-NEXT: store i32 %v, ptr %dst, align 4
; CHECK-NEXT: ret void
define void @gap(ptr %dst, i32 %v) {
entry:
  %a = alloca [8 x i8], align 4
  store i32 %v, ptr %a, align 4
  call void @llvm.memcpy.p0.p0.i64(ptr align 4 %dst, ptr align 4 %a, i64 8, i1 false)
  ret void
}

; A wide integer store under narrower loads is cut into its parts (little
; endian: byte k of the value is bits 8k and up).
; CHECK-LABEL: define i32 @split_store(
; CHECK-NOT: alloca
; CHECK: %[[B0:[0-9]+]] = trunc i32 %v to i8
; CHECK-NEXT: %[[S1:[0-9]+]] = lshr i32 %v, 8
; CHECK-NEXT: %[[B1:[0-9]+]] = trunc i32 %[[S1]] to i8
; CHECK-NEXT: %[[S2:[0-9]+]] = lshr i32 %v, 16
; CHECK-NEXT: %[[H:[0-9]+]] = trunc i32 %[[S2]] to i16
; CHECK-NEXT: %x0 = zext i8 %[[B0]] to i32
; CHECK-NEXT: %x1 = zext i8 %[[B1]] to i32
; CHECK: %xh = zext i16 %[[H]] to i32
define i32 @split_store(i32 %v) {
entry:
  %a = alloca [4 x i8], align 4
  store i32 %v, ptr %a, align 4
  %b0 = load i8, ptr %a, align 4
  %p1 = getelementptr inbounds i8, ptr %a, i64 1
  %b1 = load i8, ptr %p1, align 1
  %p2 = getelementptr inbounds i8, ptr %a, i64 2
  %h = load i16, ptr %p2, align 2
  %x0 = zext i8 %b0 to i32
  %x1 = zext i8 %b1 to i32
  %x1s = shl i32 %x1, 8
  %xh = zext i16 %h to i32
  %xhs = shl i32 %xh, 16
  %s = or i32 %x0, %x1s
  %t = or i32 %s, %xhs
  ret i32 %t
}

; Narrow stores on two paths and one wide load at the join (Rust's
; Result<u16, E> returned as an i32): each part promotes to its own phi and
; the load becomes their zero-extended, shifted values or-ed together.
; CHECK-LABEL: define i32 @split_load(
; CHECK-NOT: alloca
; CHECK: join:
; CHECK-NEXT: %[[LO:[0-9]+]] = phi i8 [ 1, %then ], [ 0, %else ]
; CHECK-NEXT: %[[MID:[0-9]+]] = phi i8 [ 0, %then ], [ 7, %else ]
; CHECK-NEXT: %[[HI:[0-9]+]] = phi i16 [ 3, %then ], [ %h, %else ]
; CHECK-NEXT: %[[X0:[0-9]+]] = zext i8 %[[LO]] to i32
; CHECK-NEXT: %[[X1:[0-9]+]] = zext i8 %[[MID]] to i32
; CHECK-NEXT: %[[S1:[0-9]+]] = shl i32 %[[X1]], 8
; CHECK-NEXT: %[[O1:[0-9]+]] = or i32 %[[X0]], %[[S1]]
; CHECK-NEXT: %[[X2:[0-9]+]] = zext i16 %[[HI]] to i32
; CHECK-NEXT: %[[S2:[0-9]+]] = shl i32 %[[X2]], 16
; CHECK-NEXT: %[[O2:[0-9]+]] = or i32 %[[O1]], %[[S2]]
; CHECK-NEXT: ret i32 %[[O2]]
define i32 @split_load(i1 %c, i16 %h) {
entry:
  %a = alloca [4 x i8], align 2
  %p1 = getelementptr inbounds i8, ptr %a, i64 1
  %p2 = getelementptr inbounds i8, ptr %a, i64 2
  br i1 %c, label %then, label %else

then:
  store i8 1, ptr %a, align 2
  store i8 0, ptr %p1, align 1
  store i16 3, ptr %p2, align 2
  br label %join

else:
  store i16 %h, ptr %p2, align 2
  store i8 0, ptr %a, align 2
  store i8 7, ptr %p1, align 1
  br label %join

join:
  %r = load i32, ptr %a, align 2
  ret i32 %r
}

; A constant wide store is cut at compile time: 0x1122334455667788 has 0x55
; at byte 3 and 0x11223344 at bytes 4..7.
; CHECK-LABEL: define i8 @constant_parts(
; CHECK-NOT: alloca
; CHECK: %wt = trunc i32 287454020 to i8
; CHECK-NEXT: %r = add i8 85, %wt
define i8 @constant_parts() {
entry:
  %a = alloca i64, align 8
  store i64 1234605616436508552, ptr %a, align 8
  %p = getelementptr inbounds i8, ptr %a, i64 3
  %b = load i8, ptr %p, align 1
  %q = getelementptr inbounds i8, ptr %a, i64 4
  %w = load i32, ptr %q, align 4
  %wt = trunc i32 %w to i8
  %r = add i8 %b, %wt
  ret i8 %r
}

; Bytes that are only copied through stay in a smaller alloca (aligned as
; the old one was at that offset); the rest promotes.
; CHECK-LABEL: define i64 @through(
; CHECK-NEXT: entry:
; CHECK-NEXT: %[[MID:[0-9]+]] = alloca [24 x i8], align 8
; CHECK-NEXT: call void @llvm.memcpy.p0.p0.i64(ptr align 8 %[[MID]], ptr align 8 %src, i64 24, i1 false)
; CHECK-NEXT: %d8 = getelementptr inbounds i8, ptr %dst, i64 8
; CHECK-NEXT: call void @llvm.memcpy.p0.p0.i64(ptr align 8 %d8, ptr align 8 %[[MID]], i64 24, i1 false)
; CHECK-NEXT: ret i64 %v
define i64 @through(ptr %src, ptr %dst, i64 %v) {
entry:
  %a = alloca [32 x i8], align 8
  store i64 %v, ptr %a, align 8
  %a8 = getelementptr inbounds i8, ptr %a, i64 8
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %a8, ptr align 8 %src, i64 24, i1 false)
  %x = load i64, ptr %a, align 8
  %d8 = getelementptr inbounds i8, ptr %dst, i64 8
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %d8, ptr align 8 %a8, i64 24, i1 false)
  ret i64 %x
}

; A chain of copies between locals resolves over rounds (the destination
; of each copy splits first); legal-size pieces become integers, and the
; field overwritten in the middle is stored as a constant.
; CHECK-LABEL: define void @copy_chain(
; CHECK-NOT: alloca
; CHECK-NOT: call
; CHECK: store i64 %{{[0-9]+}}, ptr %dst, align 8
; CHECK: store i64 5, ptr %{{[0-9]+}}, align 8
; CHECK: store i64 %{{[0-9]+}}, ptr %{{[0-9]+}}, align 8
; CHECK-NEXT: ret void
define void @copy_chain(ptr %src, ptr %dst) {
entry:
  %a = alloca [24 x i8], align 8
  %b = alloca [24 x i8], align 8
  %c = alloca [24 x i8], align 8
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %a, ptr align 8 %src, i64 24, i1 false)
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %b, ptr align 8 %a, i64 24, i1 false)
  %b8 = getelementptr inbounds i8, ptr %b, i64 8
  store i64 5, ptr %b8, align 8
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %c, ptr align 8 %b, i64 24, i1 false)
  %x = load i64, ptr %c, align 8
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %dst, ptr align 8 %c, i64 24, i1 false)
  ret void
}

; Loads through a select of two allocas become a select of two loads (both
; safe: inside their allocas and aligned), which then promote; an unused
; select of alloca pointers does not keep them in memory.
; CHECK-LABEL: define i64 @select_loads(
; CHECK-NOT: alloca
; CHECK: %[[V:[0-9]+]] = select i1 %c, i64 %x, i64 %y
; CHECK-NEXT: ret i64 %[[V]]
define i64 @select_loads(i1 %c, i64 %x, i64 %y) {
entry:
  %a = alloca i64, align 8
  %b = alloca i64, align 8
  store i64 %x, ptr %a, align 8
  store i64 %y, ptr %b, align 8
  %p = select i1 %c, ptr %a, ptr %b
  %unused = select i1 %c, ptr %b, ptr %a
  %v = load i64, ptr %p, align 8, !noundef !0
  ret i64 %v
}

; A load through the select that asks for more alignment than an alloca
; has is not speculated.
; CHECK-LABEL: define i64 @select_misaligned(
; CHECK: %a = alloca i64, align 4
; CHECK: %p = select i1 %c, ptr %a, ptr %b
define i64 @select_misaligned(i1 %c, i64 %x, i64 %y) {
entry:
  %a = alloca i64, align 4
  %b = alloca i64, align 8
  store i64 %x, ptr %a, align 4
  store i64 %y, ptr %b, align 8
  %p = select i1 %c, ptr %a, ptr %b
  %v = load i64, ptr %p, align 8
  ret i64 %v
}

; One field stored as an integer on one path and as a pointer on the other
; (a Rust enum's payload) becomes an i64: the pointer goes through ptrtoint,
; the pointer and double loads through inttoptr and bitcast.
; CHECK-LABEL: define ptr @payload(
; CHECK-NOT: alloca
; CHECK: r:
; CHECK-NEXT: %[[P:[0-9]+]] = ptrtoint ptr %p to i64
; CHECK: j:
; CHECK-NEXT: %[[V:[0-9]+]] = phi i64 [ %i, %l ], [ %[[P]], %r ]
; CHECK-NEXT: %[[Q:[0-9]+]] = inttoptr i64 %[[V]] to ptr
; CHECK-NEXT: %[[D:[0-9]+]] = bitcast i64 %[[V]] to double
; CHECK-NEXT: call void @take(double %[[D]])
; CHECK-NEXT: ret ptr %[[Q]]
define ptr @payload(i1 %c, i64 %i, ptr %p) {
entry:
  %a = alloca [16 x i8], align 8
  %a8 = getelementptr inbounds i8, ptr %a, i64 8
  br i1 %c, label %l, label %r

l:
  store i64 %i, ptr %a8, align 8
  br label %j

r:
  store ptr %p, ptr %a8, align 8
  br label %j

j:
  %v = load ptr, ptr %a8, align 8
  %d = load double, ptr %a8, align 8
  call void @take(double %d)
  ret ptr %v
}

; Overlapping accesses of several sizes inside a whole i16 become one i16
; whose bytes the narrow ones shift and mask (LLVM's integer widening).
; CHECK-LABEL: define i8 @widened(
; CHECK-NOT: alloca
; CHECK: %[[OLD:[0-9]+]] = and i16 %h, 255
; CHECK-NEXT: %[[NEW:[0-9]+]] = or i16 %[[OLD]], 1792
; CHECK-NEXT: %[[HI:[0-9]+]] = lshr i16 %[[NEW]], 8
; CHECK-NEXT: %[[B:[0-9]+]] = trunc i16 %[[HI]] to i8
; CHECK-NEXT: %[[LO:[0-9]+]] = trunc i16 %[[NEW]] to i8
; CHECK-NEXT: %r = add i8 %[[B]], %[[LO]]
define i8 @widened(i16 %h) {
entry:
  %a = alloca [4 x i8], align 4
  %a1 = getelementptr inbounds i8, ptr %a, i64 1
  %a2 = getelementptr inbounds i8, ptr %a, i64 2
  store i32 0, ptr %a, align 4
  store i16 %h, ptr %a, align 4
  store i8 7, ptr %a1, align 1
  %b = load i8, ptr %a1, align 1
  %lo = load i8, ptr %a, align 4
  %z = load i16, ptr %a2, align 2
  %r = add i8 %b, %lo
  ret i8 %r
}

; Lifetime markers go with the alloca they mark.
; CHECK-LABEL: define i64 @marked(
; CHECK-NEXT: entry:
; CHECK-NEXT: ret i64 %x
define i64 @marked(i64 %x) {
entry:
  %a = alloca i64, align 8
  call void @llvm.lifetime.start.p0(ptr %a)
  store i64 %x, ptr %a, align 8
  %v = load i64, ptr %a, align 8
  call void @llvm.lifetime.end.p0(ptr %a)
  ret i64 %v
}

; A memset of bytes that are only copied out stays a memset, on the smaller
; alloca that holds them.
; CHECK-LABEL: define i32 @set_through(
; CHECK-NEXT: entry:
; CHECK-NEXT: %[[MID:[0-9]+]] = alloca [12 x i8], align 4
; CHECK-NEXT: call void @llvm.memset.p0.i64(ptr align 4 %[[MID]], i8 -1, i64 12, i1 false)
; CHECK-NEXT: %d4 = getelementptr inbounds i8, ptr %dst, i64 4
; CHECK-NEXT: call void @llvm.memcpy.p0.p0.i64(ptr align 4 %d4, ptr align 4 %[[MID]], i64 12, i1 false)
; CHECK-NEXT: ret i32 -1
define i32 @set_through(ptr %dst) {
entry:
  %a = alloca [16 x i8], align 4
  call void @llvm.memset.p0.i64(ptr align 4 %a, i8 -1, i64 16, i1 false)
  %x = load i32, ptr %a, align 4
  %a4 = getelementptr inbounds i8, ptr %a, i64 4
  %d4 = getelementptr inbounds i8, ptr %dst, i64 4
  call void @llvm.memcpy.p0.p0.i64(ptr align 4 %d4, ptr align 4 %a4, i64 12, i1 false)
  ret i32 %x
}

; Bytes that one memcpy copies out in one go stay one byte array even where
; two memcpys filled them (LLVM's partition of overlapping splittable
; slices); the second fills it at an offset.
; CHECK-LABEL: define void @merged(
; CHECK-NEXT: entry:
; CHECK-NEXT: %[[BYTES:[0-9]+]] = alloca [64 x i8], align 8
; CHECK-NEXT: call void @llvm.memcpy.p0.p0.i64(ptr align 8 %[[BYTES]], ptr align 8 %src, i64 32, i1 false)
; CHECK-NEXT: %[[AT:[0-9]+]] = getelementptr inbounds i8, ptr %[[BYTES]], i64 32
; CHECK-NEXT: call void @llvm.memcpy.p0.p0.i64(ptr align 8 %[[AT]], ptr align 8 %other, i64 32, i1 false)
; CHECK-NEXT: %[[END:[0-9]+]] = getelementptr inbounds i8, ptr %dst, i64 64
; CHECK-NEXT: store i64 %v, ptr %[[END]], align 8
; CHECK-NEXT: call void @llvm.memcpy.p0.p0.i64(ptr align 8 %dst, ptr align 8 %[[BYTES]], i64 64, i1 false)
; CHECK-NEXT: ret void
define void @merged(ptr %src, ptr %other, ptr %dst, i64 %v) {
entry:
  %a = alloca [72 x i8], align 8
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %a, ptr align 8 %src, i64 32, i1 false)
  %a32 = getelementptr inbounds i8, ptr %a, i64 32
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %a32, ptr align 8 %other, i64 32, i1 false)
  %a64 = getelementptr inbounds i8, ptr %a, i64 64
  store i64 %v, ptr %a64, align 8
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %dst, ptr align 8 %a, i64 72, i1 false)
  ret void
}

; Debug info of split allocas (LLVM's SROA migration): each declare moves to
; the new allocas, each describing the part of the variable it holds as a
; DW_OP_LLVM_fragment (a declare with a fragment gives parts of that one; a
; leading DW_OP_plus_uconst moves where the variable starts, and stays on the
; piece the variable starts inside), and then becomes #dbg_values at the
; stores and phis.  One new alloca holding the whole variable takes the
; expression as it is.  An alloca that leaves no new one keeps its declare,
; naming poison.
; CHECK-LABEL: define i64 @debug_fragments(
; CHECK-NOT: alloca
; CHECK: #dbg_declare(ptr poison, !107, !DIExpression(), !102)
; CHECK: #dbg_value(ptr %p, !103, !DIExpression(DW_OP_LLVM_fragment, 0, 64), ![[L:[0-9]+]])
; CHECK-NEXT: #dbg_value(i64 %x, !103, !DIExpression(DW_OP_LLVM_fragment, 64, 64), ![[L]])
; CHECK-NEXT: #dbg_value(ptr %p, !104, !DIExpression(DW_OP_LLVM_fragment, 64, 64), ![[L]])
; CHECK-NEXT: #dbg_value(i64 %x, !104, !DIExpression(DW_OP_LLVM_fragment, 128, 64), ![[L]])
; CHECK-NEXT: #dbg_value(i64 %x, !105, !DIExpression(), ![[L]])
; CHECK-NEXT: #dbg_value(i64 %x, !106, !DIExpression(DW_OP_plus_uconst, 4, DW_OP_LLVM_fragment, 0, 32), ![[L]])
; CHECK-NEXT: #dbg_value(i64 %x, !106, !DIExpression(DW_OP_LLVM_fragment, 32, 64), ![[L]])
; CHECK: t:
; CHECK-NEXT: #dbg_value(i64 7, !103, !DIExpression(DW_OP_LLVM_fragment, 64, 64), ![[L]])
; CHECK: j:
; CHECK-NEXT: %[[P:[0-9]+]] = phi i64 [ %x, %entry ], [ 7, %t ]
; CHECK-NEXT: #dbg_value(i64 %[[P]], !103, !DIExpression(DW_OP_LLVM_fragment, 64, 64), ![[L]])
; CHECK: ![[L]] = !DILocation(line: 0, scope: !101)
define i64 @debug_fragments(ptr %p, i64 %x, i1 %c) !dbg !101 {
entry:
  %a = alloca [16 x i8], align 8
  %b = alloca [16 x i8], align 8
  %d = alloca [8 x i8], align 8
  %e = alloca [16 x i8], align 8
  %f = alloca [8 x i8], align 8
    #dbg_declare(ptr %a, !103, !DIExpression(), !102)
    #dbg_declare(ptr %b, !104, !DIExpression(DW_OP_LLVM_fragment, 64, 128), !102)
    #dbg_declare(ptr %d, !105, !DIExpression(), !102)
    #dbg_declare(ptr %e, !106, !DIExpression(DW_OP_plus_uconst, 4), !102)
    #dbg_declare(ptr %f, !107, !DIExpression(), !102)
  call void @llvm.lifetime.start.p0(ptr %f)
  call void @llvm.lifetime.end.p0(ptr %f)
  store ptr %p, ptr %a, align 8
  %a1 = getelementptr inbounds i8, ptr %a, i64 8
  store i64 %x, ptr %a1, align 8
  store ptr %p, ptr %b, align 8
  %b1 = getelementptr inbounds i8, ptr %b, i64 8
  store i64 %x, ptr %b1, align 8
  store i64 %x, ptr %d, align 8
  store i64 %x, ptr %e, align 8
  %e1 = getelementptr inbounds i8, ptr %e, i64 8
  store i64 %x, ptr %e1, align 8
  br i1 %c, label %t, label %j
t:
  store i64 7, ptr %a1, align 8
  br label %j
j:
  %v = load i64, ptr %a1, align 8
  %w = load i64, ptr %b1, align 8
  %y = load i64, ptr %d, align 8
  %z = load i64, ptr %e, align 8
  %z1 = load i64, ptr %e1, align 8
  %r = add i64 %v, %w
  %r2 = add i64 %r, %y
  %r3 = add i64 %r2, %z
  %r4 = add i64 %r3, %z1
  ret i64 %r4
}

!llvm.dbg.cu = !{!108}
!llvm.module.flags = !{!109}

!0 = !{}
!100 = !DIFile(filename: "t.rs", directory: "/tmp")
!101 = distinct !DISubprogram(name: "debug_fragments", scope: !100, file: !100, line: 1, type: !110, spFlags: DISPFlagDefinition, unit: !108)
!102 = !DILocation(line: 2, column: 7, scope: !101)
!103 = !DILocalVariable(name: "a", scope: !101, file: !100, line: 2, type: !111)
!104 = !DILocalVariable(name: "b", scope: !101, file: !100, line: 3, type: !112)
!105 = !DILocalVariable(name: "d", scope: !101, file: !100, line: 4, type: !113)
!106 = !DILocalVariable(name: "e", scope: !101, file: !100, line: 5, type: !111)
!107 = !DILocalVariable(name: "f", scope: !101, file: !100, line: 6, type: !113)
!108 = distinct !DICompileUnit(language: DW_LANG_Rust, file: !100, producer: "rustc", isOptimized: false, runtimeVersion: 0, emissionKind: FullDebug)
!109 = !{i32 2, !"Debug Info Version", i32 3}
!110 = !DISubroutineType(types: !0)
!111 = !DICompositeType(tag: DW_TAG_structure_type, name: "S", file: !100, line: 3, size: 128, elements: !0)
!112 = !DICompositeType(tag: DW_TAG_structure_type, name: "B", file: !100, line: 3, size: 256, elements: !0)
!113 = !DIBasicType(name: "u64", size: 64, encoding: DW_ATE_unsigned)

declare void @use(ptr)
declare void @take(double)
declare void @llvm.memcpy.p0.p0.i64(ptr, ptr, i64, i1)
declare void @llvm.memset.p0.i64(ptr, i8, i64, i1)
declare void @llvm.lifetime.start.p0(ptr)
declare void @llvm.lifetime.end.p0(ptr)

; early-cse: a pure instruction that repeats a dominating one goes; so does a
; load of a pointer already loaded or stored in the same memory generation (no
; write and no block with several predecessors between, along the dominator
; tree).  Entering a block from its single predecessor's conditional branch
; makes the condition (and the operands of a logical and on the true edge, of
; a logical or on the false edge) a constant in every block it dominates.
; RUN: gpuopt -S -passes=early-cse %s | FileCheck %s
; RUN: gpuopt -S -passes=early-cse %s | opt -passes=verify -disable-output

%struct.S = type { i32, i64 }
declare void @use(...)
declare void @clobber()

; CHECK-LABEL: define void @same_block(
; CHECK-NEXT: %a = add nsw i32 %x, %y
; CHECK-NEXT: %f = getelementptr inbounds %struct.S, ptr %p, i32 0, i32 1
; CHECK-NEXT: %c = icmp slt i32 %a, 0
; CHECK-NEXT: %other = add i32 %x, %y
; CHECK-NEXT: call void @use(i32 %a, i32 %a, ptr %f, ptr %f, i1 %c, i1 %c, i32 %other)
define void @same_block(i32 %x, i32 %y, ptr %p) {
  %a = add nsw i32 %x, %y
  %b = add nsw i32 %x, %y, !dbg !99
  %f = getelementptr inbounds %struct.S, ptr %p, i32 0, i32 1
  %g = getelementptr inbounds %struct.S, ptr %p, i32 0, i32 1
  %c = icmp slt i32 %a, 0
  %d = icmp slt i32 %b, 0
  %other = add i32 %x, %y
  call void @use(i32 %a, i32 %b, ptr %f, ptr %g, i1 %c, i1 %d, i32 %other)
  ret void
}

; A dominating block's instance serves its dominated blocks, not its siblings.
; CHECK-LABEL: define i32 @dominance(
; CHECK: then:
; CHECK-NEXT: %t2 = mul i32 %x, 3
; CHECK: join:
; CHECK-NEXT: %t = phi i32 [ %e, %then ], [ 0, %entry ]
; CHECK-NEXT: %j = mul i32 %x, 3
; CHECK-NEXT: %r = add i32 %t, %j
define i32 @dominance(i32 %x, i1 %c) {
entry:
  %e = shl i32 %x, 1
  br i1 %c, label %then, label %join
then:
  %e2 = shl i32 %x, 1
  %t2 = mul i32 %x, 3
  br label %join
join:
  %t = phi i32 [ %e2, %then ], [ 0, %entry ]
  %j = mul i32 %x, 3
  %r = add i32 %t, %j
  ret i32 %r
}

; Loads: repeated in a block with nothing written between; not across a store
; or a call, never volatile ones.
; CHECK-LABEL: define void @loads(
; CHECK-NEXT: %a = load i32, ptr %p
; CHECK-NEXT: store i32 1, ptr %q
; CHECK-NEXT: %c = load i32, ptr %p
; CHECK-NEXT: %v1 = load volatile i32, ptr %p
; CHECK-NEXT: %v2 = load volatile i32, ptr %p
; CHECK-NEXT: call void @use(i32 %a, i32 %a, i32 %c, i32 %v1, i32 %v2)
define void @loads(ptr %p, ptr %q) {
  %a = load i32, ptr %p
  %b = load i32, ptr %p
  store i32 1, ptr %q
  %c = load i32, ptr %p
  %v1 = load volatile i32, ptr %p
  %v2 = load volatile i32, ptr %p
  call void @use(i32 %a, i32 %b, i32 %c, i32 %v1, i32 %v2)
  ret void
}

; A load serves the loads of its dominated single-predecessor blocks, whatever
; their alignment, but not a load of another type.
; CHECK-LABEL: define i32 @load_dominated(
; CHECK: entry:
; CHECK-NEXT: %a = load i32, ptr %p, align 4
; CHECK: then:
; CHECK-NEXT: %s = add i32 %a, %a
; CHECK: else:
; CHECK-NEXT: br label %deeper
; CHECK: deeper:
; CHECK-NEXT: %f = load i64, ptr %p, align 4
; CHECK-NEXT: call void @use(i32 %a, i32 %a, i64 %f)
define i32 @load_dominated(ptr %p, i1 %c) {
entry:
  %a = load i32, ptr %p, align 4
  br i1 %c, label %then, label %else
then:
  %b = load i32, ptr %p, align 4
  %s = add i32 %a, %b
  ret i32 %s
else:
  %d = load i32, ptr %p, align 8
  br label %deeper
deeper:
  %e = load i32, ptr %p, align 4
  %f = load i64, ptr %p, align 4
  call void @use(i32 %d, i32 %e, i64 %f)
  ret i32 %a
}

; Entering a block with two predecessors starts a new generation.
; CHECK-LABEL: define i32 @load_join(
; CHECK: join:
; CHECK-NEXT: %b = load i32, ptr %p
; CHECK-NEXT: %s = add i32 %a, %b
define i32 @load_join(ptr %p, i1 %c) {
entry:
  %a = load i32, ptr %p
  br i1 %c, label %then, label %join
then:
  br label %join
join:
  %b = load i32, ptr %p
  %s = add i32 %a, %b
  ret i32 %s
}

; A call in a block between, or a store (to any pointer) after the load, ends
; the generation; the store's own value still forwards.
; CHECK-LABEL: define void @load_writes(
; CHECK: last:
; CHECK-NEXT: %b = load i32, ptr %p
; CHECK-NEXT: call void @use(i32 %a, i32 %b)
; CHECK: other:
; CHECK-NEXT: store i32 0, ptr %q
; CHECK: after:
; CHECK-NEXT: %y = load i32, ptr %p
; CHECK-NEXT: call void @use(i32 %a, i32 %a, i32 %y, i32 0)
define void @load_writes(ptr %p, ptr %q, i1 %c) {
entry:
  %a = load i32, ptr %p
  br i1 %c, label %mid, label %other
mid:
  call void @clobber()
  br label %last
last:
  %b = load i32, ptr %p
  call void @use(i32 %a, i32 %b)
  ret void
other:
  %x = load i32, ptr %p
  store i32 0, ptr %q
  br label %after
after:
  %y = load i32, ptr %p
  %z = load i32, ptr %q
  call void @use(i32 %a, i32 %x, i32 %y, i32 %z)
  ret void
}

; Store-to-load forwarding, in the block and across single-predecessor edges;
; a load of another type keeps its load.
; CHECK-LABEL: define void @forward(
; CHECK: entry:
; CHECK-NEXT: store i32 %v, ptr %p
; CHECK-NEXT: br i1 %c
; CHECK: then:
; CHECK-NEXT: %w = load i16, ptr %p
; CHECK-NEXT: store i32 7, ptr %p
; CHECK: more:
; CHECK-NEXT: call void @use(i32 %v, i32 %v, i16 %w, i32 7)
; CHECK: else:
; CHECK-NEXT: call void @use(i32 %v)
define void @forward(ptr %p, i32 %v, i1 %c) {
entry:
  store i32 %v, ptr %p
  %a = load i32, ptr %p
  br i1 %c, label %then, label %else
then:
  %b = load i32, ptr %p
  %w = load i16, ptr %p
  store i32 7, ptr %p
  br label %more
more:
  %d = load i32, ptr %p
  call void @use(i32 %a, i32 %b, i16 %w, i32 %d)
  ret void
else:
  %e = load i32, ptr %p
  call void @use(i32 %e)
  ret void
}

; A loop header has two predecessors: its load stays; the body (one
; predecessor, the header) reuses the header's load.  (LLVM also drops the
; store of the value just loaded; we do not.)
; CHECK-LABEL: define i32 @loop(
; CHECK: header:
; CHECK-NEXT: %i = phi i32
; CHECK-NEXT: %b = load i32, ptr %p
; CHECK: body:
; CHECK-NEXT: store i32 %b, ptr %p
; CHECK: exit:
; CHECK-NEXT: %s = add i32 %a, %b
define i32 @loop(ptr %p, i32 %n) {
entry:
  %a = load i32, ptr %p
  br label %header
header:
  %i = phi i32 [ 0, %entry ], [ %i.next, %body ]
  %b = load i32, ptr %p
  %done = icmp eq i32 %i, %n
  br i1 %done, label %exit, label %body
body:
  %c = load i32, ptr %p
  store i32 %c, ptr %p
  %i.next = add i32 %i, 1
  br label %header
exit:
  %s = add i32 %a, %b
  ret i32 %s
}

; Volatile loads stay, serve nothing and end the generation (LLVM lets them
; serve later simple loads).
; CHECK-LABEL: define void @volatile(
; CHECK: entry:
; CHECK-NEXT: %a = load volatile i32, ptr %p
; CHECK-NEXT: %b = load i32, ptr %p
; CHECK: then:
; CHECK-NEXT: %v = load volatile i32, ptr %p
; CHECK-NEXT: %d = load i32, ptr %p
; CHECK-NEXT: call void @use(i32 %a, i32 %b, i32 %v, i32 %d)
define void @volatile(ptr %p, i1 %c) {
entry:
  %a = load volatile i32, ptr %p
  %b = load i32, ptr %p
  br i1 %c, label %then, label %done
then:
  %v = load volatile i32, ptr %p
  %d = load i32, ptr %p
  call void @use(i32 %a, i32 %b, i32 %v, i32 %d)
  br label %done
done:
  ret void
}

; A load whose !range makes a violating value poison serves only loads with
; the same !range (LLVM would drop the metadata instead).
; CHECK-LABEL: define void @metadata(
; CHECK-NEXT: %a = load i8, ptr %p, align 1, !range !0
; CHECK-NEXT: %b = load i8, ptr %p, align 1
; CHECK-NEXT: call void @use(i8 %a, i8 %b, i8 %a)
define void @metadata(ptr %p) {
  %a = load i8, ptr %p, align 1, !range !0
  %b = load i8, ptr %p, align 1
  %n = load i8, ptr %p, align 1, !range !0
  call void @use(i8 %a, i8 %b, i8 %n)
  ret void
}

; Calls of intrinsics that write no memory keep the generation, in the block
; and across single-predecessor edges: readnone ones (llvm.umax,
; llvm.uadd.with.overflow, llvm.abs) and llvm.assume, which EarlyCSE skips.
; CHECK-LABEL: define i32 @readnone_calls(
; CHECK: entry:
; CHECK-NEXT: %a = load i32, ptr %p
; CHECK: then:
; CHECK-NEXT: %m = call i32 @llvm.umax.i32(i32 %x, i32 7)
; CHECK-NEXT: %o = call { i32, i1 } @llvm.uadd.with.overflow.i32(i32 %x, i32 %m)
; CHECK-NEXT: br label %more
; CHECK: more:
; CHECK-NEXT: %s = call i32 @llvm.abs.i32(i32 %a, i1 false)
; CHECK-NEXT: call void @llvm.assume(i1 %c)
; CHECK-NEXT: call void @use(i32 %a, i32 %a, i32 %m, { i32, i1 } %o, i32 %s)
define i32 @readnone_calls(ptr %p, i32 %x, i1 %c) {
entry:
  %a = load i32, ptr %p
  br i1 %c, label %then, label %else
then:
  %m = call i32 @llvm.umax.i32(i32 %x, i32 7)
  %o = call { i32, i1 } @llvm.uadd.with.overflow.i32(i32 %x, i32 %m)
  br label %more
more:
  %b = load i32, ptr %p
  %s = call i32 @llvm.abs.i32(i32 %b, i1 false)
  call void @llvm.assume(i1 %c)
  %d = load i32, ptr %p
  call void @use(i32 %a, i32 %d, i32 %m, { i32, i1 } %o, i32 %s)
  ret i32 %b
else:
  ret i32 0
}

; An ordinary call, a memset (of any pointer) and a lifetime marker end the
; generation, in a block between or in the load's own block (EarlyCSE counts
; lifetime markers as writes).
; CHECK-LABEL: define void @writing_calls(
; CHECK: after_call:
; CHECK-NEXT: %b = load i32, ptr %p
; CHECK: after_memset:
; CHECK-NEXT: %d = load i32, ptr %p
; CHECK-NEXT: call void @llvm.lifetime.start.p0(ptr %l)
; CHECK-NEXT: %e = load i32, ptr %p
; CHECK-NEXT: call void @use(i32 %a, i32 %d, i32 %e, ptr %l)
define void @writing_calls(ptr %p, ptr %q, i1 %c) {
entry:
  %l = alloca i32
  %a = load i32, ptr %p
  br i1 %c, label %call, label %memset
call:
  call void @clobber()
  br label %after_call
after_call:
  %b = load i32, ptr %p
  call void @use(i32 %a, i32 %b)
  ret void
memset:
  call void @llvm.memset.p0.i64(ptr %q, i8 0, i64 4, i1 false)
  br label %after_memset
after_memset:
  %d = load i32, ptr %p
  call void @llvm.lifetime.start.p0(ptr %l)
  %e = load i32, ptr %p
  call void @use(i32 %a, i32 %d, i32 %e, ptr %l)
  ret void
}

; True edge: Rust's overflow flag, branched on twice.  The panic block knows
; the flag is true; the second branch, in the dominated block, takes false, as
; do the uses below it.
; CHECK-LABEL: define void @true_edge(
; CHECK: panic1:
; CHECK-NEXT: call void @use(i1 true)
; CHECK: ok:
; CHECK-NEXT: %z = zext i1 false to i32
; CHECK-NEXT: br i1 false, label %panic2, label %more
; CHECK: more:
; CHECK-NEXT: call void @use(i1 false, i32 %z)
define void @true_edge(i64 %x, i64 %y) {
entry:
  %o = call { i64, i1 } @llvm.uadd.with.overflow.i64(i64 %x, i64 %y)
  %f = extractvalue { i64, i1 } %o, 1
  br i1 %f, label %panic1, label %ok
panic1:
  call void @use(i1 %f)
  call void @clobber()
  unreachable
ok:
  %z = zext i1 %f to i32
  br i1 %f, label %panic2, label %more
panic2:
  call void @clobber()
  unreachable
more:
  call void @use(i1 %f, i32 %z)
  ret void
}

; False edge: the compare is false in the else block and below it, and in the
; phi entry that leaves it (the entry from the then block is true); not in the
; join, which both reach, nor before the branch.
; CHECK-LABEL: define i32 @false_edge(
; CHECK: entry:
; CHECK-NEXT: %c = icmp eq i32 %x, 0
; CHECK-NEXT: call void @use(i1 %c)
; CHECK: else:
; CHECK-NEXT: %s = select i1 false, i32 1, i32 2
; CHECK: deeper:
; CHECK-NEXT: call void @use(i1 false)
; CHECK: join:
; CHECK-NEXT: %p = phi i1 [ true, %then ], [ false, %deeper ]
; CHECK-NEXT: call void @use(i1 %c, i1 %p)
define i32 @false_edge(i32 %x) {
entry:
  %c = icmp eq i32 %x, 0
  call void @use(i1 %c)
  br i1 %c, label %then, label %else
then:
  br label %join
else:
  %s = select i1 %c, i32 1, i32 2
  br label %deeper
deeper:
  call void @use(i1 %c)
  br label %join
join:
  %p = phi i1 [ %c, %then ], [ %c, %deeper ]
  call void @use(i1 %c, i1 %p)
  ret i32 0
}

; And/or: the true edge of a logical and (and, or select a, b, false) makes
; both operands true, recursively; the false edge of a logical or (or, or
; select a, true, b) makes both false.  Arguments are no instructions, so they
; stay (as in LLVM); the false edge of an and and the true edge of an or say
; nothing of the operands.
; CHECK-LABEL: define i32 @and_or(
; CHECK: then:
; CHECK-NEXT: call void @use(i1 true, i1 true, i1 true, i1 true, i1 %arg)
; CHECK: else:
; CHECK-NEXT: call void @use(i1 %a, i1 %b, i1 %c, i1 false)
; CHECK: t2:
; CHECK-NEXT: call void @use(i1 %p, i1 true, i1 %a, i1 %b)
; CHECK: f2:
; CHECK-NEXT: call void @use(i1 false, i1 false, i1 false, i1 false, i1 %c)
define i32 @and_or(i1 %arg, i32 %x, i32 %y) {
entry:
  %a = icmp eq i32 %x, 0
  %b = icmp ult i32 %y, 7
  %c = and i1 %a, %b
  %d = select i1 %c, i1 %arg, i1 false
  br i1 %d, label %then, label %else
then:
  call void @use(i1 %a, i1 %b, i1 %c, i1 %d, i1 %arg)
  ret i32 0
else:
  call void @use(i1 %a, i1 %b, i1 %c, i1 %d)
  %p = or i1 %a, %b
  %q = select i1 %p, i1 true, i1 %a
  br i1 %q, label %t2, label %f2
t2:
  call void @use(i1 %p, i1 %q, i1 %a, i1 %b)
  ret i32 1
f2:
  call void @use(i1 %p, i1 %q, i1 %a, i1 %b, i1 %c)
  ret i32 2
}

; A block with two predecessor edges knows nothing: here both come from one
; conditional branch, and the other block is reached from both sides.
; CHECK-LABEL: define void @two_predecessors(
; CHECK: same:
; CHECK-NEXT: call void @use(i1 %c)
; CHECK: join:
; CHECK-NEXT: call void @use(i1 %d)
define void @two_predecessors(i32 %x, i1 %e) {
entry:
  %c = icmp eq i32 %x, 0
  br i1 %c, label %same, label %same
same:
  call void @use(i1 %c)
  %d = icmp ult i32 %x, 9
  br i1 %d, label %join, label %other
other:
  br label %join
join:
  call void @use(i1 %d)
  ret void
}

; Loop: the header has two predecessors; its exit knows the exit test true,
; the body false, and so does the latch it dominates, and the header phi's
; entry that comes back from the latch.  The body's own branch folds.
; CHECK-LABEL: define i32 @loop_condition(
; CHECK: header:
; CHECK-NEXT: %i = phi i32 [ 0, %entry ], [ %i.next, %latch ]
; CHECK-NEXT: %seen = phi i1 [ true, %entry ], [ false, %latch ]
; CHECK: body:
; CHECK-NEXT: call void @use(i1 false)
; CHECK-NEXT: br i1 false, label %exit, label %latch
; CHECK: latch:
; CHECK-NEXT: %again = phi i1 [ false, %body ]
; CHECK: exit:
; CHECK-NEXT: %e = phi i1 [ %done, %header ], [ false, %body ]
; CHECK-NEXT: call void @use(i1 %done, i1 %e, i1 %seen)
define i32 @loop_condition(i32 %n) {
entry:
  br label %header
header:
  %i = phi i32 [ 0, %entry ], [ %i.next, %latch ]
  %seen = phi i1 [ true, %entry ], [ %done, %latch ]
  %done = icmp eq i32 %i, %n
  br i1 %done, label %exit, label %body
body:
  call void @use(i1 %done)
  br i1 %done, label %exit, label %latch
latch:
  %again = phi i1 [ %done, %body ]
  %i.next = add i32 %i, 1
  call void @use(i1 %again)
  br label %header
exit:
  %e = phi i1 [ %done, %header ], [ %done, %body ]
  call void @use(i1 %done, i1 %e, i1 %seen)
  ret i32 %i
}

declare i32 @llvm.umax.i32(i32, i32)
declare { i32, i1 } @llvm.uadd.with.overflow.i32(i32, i32)
declare i32 @llvm.abs.i32(i32, i1)
declare void @llvm.assume(i1)
declare void @llvm.memset.p0.i64(ptr, i8, i64, i1)
declare void @llvm.lifetime.start.p0(ptr)
declare { i64, i1 } @llvm.uadd.with.overflow.i64(i64, i64)

!0 = !{i8 0, i8 2}
!99 = !{}

; simplifycfg: speculatable loads, FoldBranchToCommonDest (or.cond),
; FoldCondBranchOnValueKnownInPredecessor (threading, .critedge blocks),
; empty blocks with phis and canonical loops.  Outputs agree with opt-22's but
; where noted in simplifycfg's docstrings (opt-22 also merges returns into a
; common.ret block, which gpuopt does not).
; RUN: gpuopt -S -passes=simplifycfg -verify-each %s | FileCheck %s
; RUN: gpuopt -S -passes=simplifycfg %s | opt -passes=verify -disable-output

target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@g = global [4 x i32] zeroinitializer, align 16
@ext = external global i64, align 8
@weak = extern_weak global i64, align 8

declare void @use(ptr)
declare void @f(i32)
declare i1 @g1()

; Loads are speculated where they cannot trap (LLVM's isSafeToSpeculativelyExecute):
; here from an alloca of the loaded type, so the triangle becomes a select.
; CHECK-LABEL: define i64 @load_alloca(
; CHECK-NEXT: entry:
; CHECK-NEXT: %a = alloca i64, align 8
; CHECK-NEXT: call void @use(ptr %a)
; CHECK-NEXT: %v = load i64, ptr %a, align 8
; CHECK-NEXT: %w = add i64 %v, 1
; CHECK-NEXT: %p = select i1 %c, i64 %w, i64 1
; CHECK-NEXT: ret i64 %p
define i64 @load_alloca(i1 %c) {
entry:
  %a = alloca i64, align 8
  call void @use(ptr %a)
  br i1 %c, label %then, label %join
then:
  %v = load i64, ptr %a, align 8
  %w = add i64 %v, 1
  br label %join
join:
  %p = phi i64 [ %w, %then ], [ 1, %entry ]
  ret i64 %p
}

; A global through a constant in-bounds offset that keeps the alignment.
; CHECK-LABEL: define i32 @load_global_offset(
; CHECK-NEXT: entry:
; CHECK-NEXT: %q = getelementptr inbounds i8, ptr @g, i64 12
; CHECK-NEXT: %v = load i32, ptr %q, align 4
; CHECK-NEXT: %p = select i1 %c, i32 %v, i32 1
define i32 @load_global_offset(i1 %c) {
entry:
  br i1 %c, label %then, label %join
then:
  %q = getelementptr inbounds i8, ptr @g, i64 12
  %v = load i32, ptr %q, align 4
  br label %join
join:
  %p = phi i32 [ %v, %then ], [ 1, %entry ]
  ret i32 %p
}

; Not past the end of the global, at an offset that breaks the load's
; alignment, from an extern_weak global, volatile, or wider than the alloca.
; CHECK-LABEL: define i32 @load_past_the_end(
; CHECK: then:
; CHECK-NEXT: %q = getelementptr inbounds i8, ptr @g, i64 16
define i32 @load_past_the_end(i1 %c) {
entry:
  br i1 %c, label %then, label %join
then:
  %q = getelementptr inbounds i8, ptr @g, i64 16
  %v = load i32, ptr %q, align 4
  br label %join
join:
  %p = phi i32 [ %v, %then ], [ 1, %entry ]
  ret i32 %p
}

; CHECK-LABEL: define i16 @load_misaligned_offset(
; CHECK: then:
; CHECK-NEXT: %q = getelementptr inbounds i8, ptr @g, i64 2
define i16 @load_misaligned_offset(i1 %c) {
entry:
  br i1 %c, label %then, label %join
then:
  %q = getelementptr inbounds i8, ptr @g, i64 2
  %v = load i16, ptr %q, align 4
  br label %join
join:
  %p = phi i16 [ %v, %then ], [ 1, %entry ]
  ret i16 %p
}

; CHECK-LABEL: define i64 @load_extern_weak(
; CHECK: then:
; CHECK-NEXT: %v = load i64, ptr @weak
define i64 @load_extern_weak(i1 %c) {
entry:
  br i1 %c, label %then, label %join
then:
  %v = load i64, ptr @weak, align 8
  br label %join
join:
  %p = phi i64 [ %v, %then ], [ 1, %entry ]
  ret i64 %p
}

; CHECK-LABEL: define i64 @load_volatile(
; CHECK: then:
; CHECK-NEXT: %v = load volatile i64
define i64 @load_volatile(i1 %c) {
entry:
  %a = alloca i64, align 8
  call void @use(ptr %a)
  br i1 %c, label %then, label %join
then:
  %v = load volatile i64, ptr %a, align 8
  br label %join
join:
  %p = phi i64 [ %v, %then ], [ 1, %entry ]
  ret i64 %p
}

; CHECK-LABEL: define i64 @load_wider_than_alloca(
; CHECK: then:
; CHECK-NEXT: %v = load i64, ptr %a
define i64 @load_wider_than_alloca(i1 %c) {
entry:
  %a = alloca i32, align 8
  call void @use(ptr %a)
  br i1 %c, label %then, label %join
then:
  %v = load i64, ptr %a, align 8
  br label %join
join:
  %p = phi i64 [ %v, %then ], [ 1, %entry ]
  ret i64 %p
}

; FoldBranchToCommonDest: the second compare moves up and the branches
; combine.  %b's poison makes %a poison (both compare %radix), so LLVM's
; impliesPoison allows a plain or.
; CHECK-LABEL: define void @or_cond(
; CHECK-NEXT: entry:
; CHECK-NEXT: %a = icmp ult i32 %radix, 2
; CHECK-NEXT: %b = icmp ugt i32 %radix, 36
; CHECK-NEXT: %or.cond = or i1 %a, %b
; CHECK-NEXT: br i1 %or.cond, label %bad, label %ok
define void @or_cond(i32 noundef %radix) {
entry:
  %a = icmp ult i32 %radix, 2
  br i1 %a, label %bad, label %next
next:
  %b = icmp ugt i32 %radix, 36
  br i1 %b, label %bad, label %ok
bad:
  call void @f(i32 0)
  br label %ok
ok:
  ret void
}

; Unrelated operands: the poison-safe select form of and.
; CHECK-LABEL: define void @and_cond(
; CHECK-NEXT: entry:
; CHECK-NEXT: %a = icmp eq i32 %x, 2
; CHECK-NEXT: %b = icmp eq i32 %y, 36
; CHECK-NEXT: %or.cond = select i1 %a, i1 %b, i1 false
; CHECK-NEXT: br i1 %or.cond, label %yes, label %out
define void @and_cond(i32 %x, i32 %y) {
entry:
  %a = icmp eq i32 %x, 2
  br i1 %a, label %next, label %out
next:
  %b = icmp eq i32 %y, 36
  br i1 %b, label %yes, label %out
yes:
  call void @f(i32 1)
  br label %out
out:
  ret void
}

; The shared successor on the predecessor's true side and the block's false
; side: the predecessor's one-use compare is inverted in place.
; CHECK-LABEL: define void @inverted_in_place(
; CHECK-NEXT: entry:
; CHECK-NEXT: %a = icmp ne i32 %x, 2
; CHECK-NEXT: %b = icmp eq i32 %y, 36
; CHECK-NEXT: %or.cond = select i1 %a, i1 true, i1 %b
; CHECK-NEXT: br i1 %or.cond, label %yes, label %out
define void @inverted_in_place(i32 %x, i32 %y) {
entry:
  %a = icmp eq i32 %x, 2
  br i1 %a, label %next, label %yes
next:
  %b = icmp eq i32 %y, 36
  br i1 %b, label %yes, label %out
yes:
  call void @f(i32 1)
  br label %out
out:
  ret void
}

; A compare with other uses is negated by a new xor instead.
; CHECK-LABEL: define void @inverted_not(
; CHECK-NEXT: entry:
; CHECK-NEXT: %a = icmp eq i32 %x, 2
; CHECK-NEXT: %a.not = xor i1 %a, true
; CHECK-NEXT: %b = icmp eq i32 %y, 36
; CHECK-NEXT: %or.cond = select i1 %a.not, i1 true, i1 %b
; CHECK-NEXT: br i1 %or.cond, label %yes, label %out
define void @inverted_not(i32 %x, i32 %y) {
entry:
  %a = icmp eq i32 %x, 2
  br i1 %a, label %next, label %yes
next:
  %b = icmp eq i32 %y, 36
  br i1 %b, label %yes, label %out
yes:
  %z = zext i1 %a to i32
  call void @f(i32 %z)
  br label %out
out:
  ret void
}

; One bonus instruction besides the compare (LLVM's BonusInstThreshold); a
; zext from i32 to i64 is free on x86-64 and does not count.
; CHECK-LABEL: define void @one_bonus(
; CHECK-NEXT: entry:
; CHECK-NEXT: %a = icmp eq i32 %x, 2
; CHECK-NEXT: %y1 = add i32 %y, 1
; CHECK-NEXT: %y2 = zext i32 %y1 to i64
; CHECK-NEXT: %b = icmp eq i64 %y2, 36
; CHECK-NEXT: %or.cond = select i1 %a, i1 %b, i1 false
define void @one_bonus(i32 %x, i32 %y) {
entry:
  %a = icmp eq i32 %x, 2
  br i1 %a, label %next, label %out
next:
  %y1 = add i32 %y, 1
  %y2 = zext i32 %y1 to i64
  %b = icmp eq i64 %y2, 36
  br i1 %b, label %yes, label %out
yes:
  call void @f(i32 1)
  br label %out
out:
  ret void
}

; Two are too many.
; CHECK-LABEL: define void @two_bonus(
; CHECK-NEXT: entry:
; CHECK-NEXT: %a = icmp eq i32 %x, 2
; CHECK-NEXT: br i1 %a, label %next, label %out
define void @two_bonus(i32 %x, i32 %y) {
entry:
  %a = icmp eq i32 %x, 2
  br i1 %a, label %next, label %out
next:
  %y1 = add i32 %y, 1
  %y2 = mul i32 %y1, 3
  %b = icmp eq i32 %y2, 36
  br i1 %b, label %yes, label %out
yes:
  call void @f(i32 1)
  br label %out
out:
  ret void
}

; The shared successor's phi takes different values from the two blocks.
; CHECK-LABEL: define void @phis_disagree(
; CHECK: next:
; CHECK-NEXT: %b = icmp eq i32 %y, 36
; CHECK-NEXT: br i1 %b, label %yes, label %out
define void @phis_disagree(i32 %x, i32 %y) {
entry:
  %a = icmp eq i32 %x, 2
  br i1 %a, label %next, label %out
next:
  %b = icmp eq i32 %y, 36
  br i1 %b, label %yes, label %out
yes:
  call void @f(i32 1)
  ret void
out:
  %p = phi i32 [ 5, %entry ], [ 6, %next ]
  call void @f(i32 %p)
  ret void
}

; A bonus instruction used by the other successor's phi: the phi takes it
; from the predecessor (and, left with one value, becomes it).
; CHECK-LABEL: define i32 @live_out(
; CHECK: %or.cond = select i1 %a, i1 %b, i1 false
; CHECK: yes:
; CHECK-NEXT: call void @f(i32 %y1)
define i32 @live_out(i32 %x, i32 %y) {
entry:
  %a = icmp eq i32 %x, 2
  br i1 %a, label %next, label %out
next:
  %y1 = add i32 %y, 1
  %b = icmp eq i32 %y1, 36
  br i1 %b, label %yes, label %out
yes:
  %q = phi i32 [ %y1, %next ]
  call void @f(i32 %q)
  br label %out
out:
  ret i32 0
}

; a || b || c folds a link per round, in LLVM's order and names.
; CHECK-LABEL: define void @chain(
; CHECK-NEXT: entry:
; CHECK-NEXT: %a = icmp eq i32 %x, 2
; CHECK-NEXT: %b = icmp eq i32 %y, 7
; CHECK-NEXT: %or.cond = select i1 %a, i1 true, i1 %b
; CHECK-NEXT: %c = icmp eq i32 %z, 36
; CHECK-NEXT: %or.cond1 = select i1 %or.cond, i1 true, i1 %c
; CHECK-NEXT: br i1 %or.cond1, label %yes, label %out
define void @chain(i32 %x, i32 %y, i32 %z) {
entry:
  %a = icmp eq i32 %x, 2
  br i1 %a, label %yes, label %second
second:
  %b = icmp eq i32 %y, 7
  br i1 %b, label %yes, label %third
third:
  %c = icmp eq i32 %z, 36
  br i1 %c, label %yes, label %out
yes:
  call void @f(i32 1)
  br label %out
out:
  ret void
}

; A block with two predecessors is copied into each (here one folds first,
; then the block has one).
; CHECK-LABEL: define void @two_predecessors(
; CHECK-NEXT: entry:
; CHECK-NEXT: %a = icmp eq i32 %x, 2
; CHECK-NEXT: %c = icmp eq i32 %z, 7
; CHECK-NEXT: %or.cond = select i1 %a, i1 true, i1 %c
; CHECK-NEXT: %b = icmp eq i32 %y, 36
; CHECK-NEXT: %or.cond1 = select i1 %or.cond, i1 %b, i1 false
define void @two_predecessors(i32 %x, i32 %y, i32 %z) {
entry:
  %a = icmp eq i32 %x, 2
  br i1 %a, label %next, label %other
other:
  %c = icmp eq i32 %z, 7
  br i1 %c, label %next, label %out
next:
  %b = icmp eq i32 %y, 36
  br i1 %b, label %yes, label %out
yes:
  call void @f(i32 1)
  br label %out
out:
  ret void
}

; A load from an unknown pointer may trap: no fold.
; CHECK-LABEL: define void @unsafe_load(
; CHECK: next:
; CHECK-NEXT: %v = load i32, ptr %p, align 4
define void @unsafe_load(i32 %x, ptr %p) {
entry:
  %a = icmp eq i32 %x, 2
  br i1 %a, label %next, label %out
next:
  %v = load i32, ptr %p, align 4
  %b = icmp eq i32 %v, 36
  br i1 %b, label %yes, label %out
yes:
  call void @f(i32 1)
  br label %out
out:
  ret void
}

; FoldCondBranchOnValueKnownInPredecessor: the && phi is false from the
; loop header, whose edge goes straight to the exit; the block then has one
; predecessor and merges into it.
; CHECK-LABEL: define void @and_loop(
; CHECK: head:
; CHECK: br i1 %c1, label %rhs, label %exit
; CHECK: rhs:
; CHECK-NEXT: %c2 = call i1 @g1()
; CHECK-NEXT: br i1 %c2, label %body, label %exit
define void @and_loop(i32 %n) {
entry:
  br label %head
head:
  %i = phi i32 [ 0, %entry ], [ %i1, %body ]
  %c1 = icmp slt i32 %i, %n
  br i1 %c1, label %rhs, label %cond.end
rhs:
  %c2 = call i1 @g1()
  br label %cond.end
cond.end:
  %c = phi i1 [ false, %head ], [ %c2, %rhs ]
  br i1 %c, label %body, label %exit
body:
  call void @f(i32 %i)
  %i1 = add i32 %i, 1
  br label %head
exit:
  call void @f(i32 -1)
  ret void
}

; Threading from a conditional branch: the new block is an empty forwarding
; block, skipped when the destination's phis allow it.
; CHECK-LABEL: define void @critical_edge(
; CHECK-NEXT: entry:
; CHECK-NEXT: br i1 %a, label %rhs, label %exit
; CHECK: join:
; CHECK-NEXT: br i1 %c2, label %yes, label %exit
define void @critical_edge(i1 %a, i1 %b) {
entry:
  br i1 %a, label %rhs, label %join
rhs:
  %c2 = call i1 @g1()
  br i1 %b, label %join, label %other
other:
  call void @f(i32 2)
  br label %exit
join:
  %c = phi i1 [ false, %entry ], [ %c2, %rhs ]
  br i1 %c, label %yes, label %exit
yes:
  call void @f(i32 1)
  br label %exit
exit:
  ret void
}

; A loop header is not threaded (LLVM keeps loops canonical).
; CHECK-LABEL: define void @header_not_threaded(
; CHECK: head:
; CHECK-NEXT: %first = phi i1 [ true, %entry ], [ false, %latch ]
define void @header_not_threaded() {
entry:
  br label %head
head:
  %first = phi i1 [ true, %entry ], [ false, %latch ]
  br i1 %first, label %latch, label %exit
latch:
  call void @f(i32 1)
  br label %head
exit:
  ret void
}

; A phi of the threaded block used elsewhere: the threaded destination does
; not reach those uses, so the edge goes (LLVM 22's findReaching).
; CHECK-LABEL: define ptr @live_out_phi(
; CHECK: br i1 %more, label %look, label %exit
; CHECK: look:
; CHECK: br i1 %nz, label %body, label %exit
; CHECK: body:
; CHECK-NEXT: call void @use(ptr %p)
define ptr @live_out_phi(ptr %s, i32 %n) {
entry:
  br label %head
head:
  %k = phi i32 [ %n, %entry ], [ %k1, %body ]
  %old = phi ptr [ null, %entry ], [ %found, %body ]
  %more = icmp sgt i32 %k, 1
  br i1 %more, label %look, label %test
look:
  %p = call ptr @lookup(ptr %s)
  %nz = icmp ne ptr %p, null
  br label %test
test:
  %found = phi ptr [ %p, %look ], [ %old, %head ]
  %ok = phi i1 [ %nz, %look ], [ false, %head ]
  br i1 %ok, label %body, label %exit
body:
  call void @use(ptr %found)
  %k1 = add i32 %k, -1
  br label %head
exit:
  ret ptr %s
}

declare ptr @lookup(ptr)

; An empty block with phis (TryToSimplifyUncondBranchFromEmptyBlock): the
; shared predecessor keeps it, the other goes straight to the join; then the
; triangle is speculated.
; CHECK-LABEL: define i32 @empty_phi_block(
; CHECK: left:
; CHECK-NEXT: call void @f(i32 1)
; CHECK-NEXT: %spec.select = select i1 %b, i32 %x, i32 0
; CHECK-NEXT: br label %join
; CHECK: join:
; CHECK-NEXT: %r = phi i32 [ 7, %right ], [ %spec.select, %left ]
define i32 @empty_phi_block(i1 %a, i1 %b, i32 %x) {
entry:
  br i1 %a, label %left, label %right
left:
  call void @f(i32 1)
  br i1 %b, label %mid, label %join
right:
  call void @f(i32 2)
  br label %mid
mid:
  %m = phi i32 [ %x, %left ], [ 7, %right ]
  br label %join
join:
  %r = phi i32 [ %m, %mid ], [ 0, %left ]
  call void @f(i32 %r)
  ret i32 %r
}

; A forwarding block with one predecessor folds even into a loop header.
; CHECK-LABEL: define void @latch_kept(
; CHECK: latch:
; CHECK-NEXT: %c = icmp slt i32 %i1, %n
; CHECK-NEXT: br i1 %c, label %loop, label %exit
define void @latch_kept(i32 %n) {
entry:
  br label %loop
loop:
  %i = phi i32 [ 0, %entry ], [ %i1, %forward ]
  %i1 = add i32 %i, 1
  %odd = trunc i32 %i to i1
  br i1 %odd, label %print, label %latch
print:
  call void @f(i32 %i)
  br label %latch
latch:
  %c = icmp slt i32 %i1, %n
  br i1 %c, label %forward, label %exit
forward:
  br label %loop
exit:
  ret void
}

; With two predecessors it stays (LLVM's NeedCanonicalLoop).
; CHECK-LABEL: define void @empty_latch_kept(
; CHECK: latch:
; CHECK-NEXT: br label %loop
define void @empty_latch_kept(i32 %n) {
entry:
  br label %loop
loop:
  %i = phi i32 [ 0, %entry ], [ %i1, %latch ], [ %i1, %print ]
  %i1 = add i32 %i, 1
  %done = icmp eq i32 %i1, %n
  br i1 %done, label %exit, label %body
body:
  %odd = trunc i32 %i to i1
  br i1 %odd, label %print, label %latch
print:
  %again = call i1 @g1()
  br i1 %again, label %latch, label %loop
latch:
  br label %loop
exit:
  ret void
}

; The new block stays where the destination's phi already takes another
; value from the predecessor; it goes just before the destination.
; CHECK-LABEL: define void @critedge_kept(
; CHECK-NEXT: entry:
; CHECK-NEXT: switch i32 %x, label %rhs [ i32 0, label %exit.critedge
; CHECK: rhs:
; CHECK-NEXT: %c2 = call i1 @g1()
; CHECK-NEXT: br i1 %c2, label %yes, label %exit
; CHECK: exit.critedge:
; CHECK-NEXT: br label %exit
; CHECK-EMPTY:
; CHECK-NEXT: exit:
; CHECK-NEXT: %r = phi i32 [ 2, %rhs ], [ 3, %yes ], [ 4, %entry ], [ 2, %exit.critedge ]
define void @critedge_kept(i32 %x) {
entry:
  switch i32 %x, label %rhs [ i32 0, label %join
                              i32 1, label %exit ]
rhs:
  %c2 = call i1 @g1()
  br label %join
join:
  %c = phi i1 [ false, %entry ], [ %c2, %rhs ]
  br i1 %c, label %yes, label %exit
yes:
  call void @f(i32 1)
  br label %exit
exit:
  %r = phi i32 [ 2, %join ], [ 3, %yes ], [ 4, %entry ]
  call void @f(i32 %r)
  ret void
}

; A conditional branch with one target twice folds, and its dead compare goes.
; CHECK-LABEL: define void @same_targets(
; CHECK-NEXT: entry:
; CHECK-NEXT: call void @f(i32 %x)
; CHECK-NEXT: ret void
define void @same_targets(i32 %x) {
entry:
  %c = icmp eq i32 %x, 0
  br i1 %c, label %next, label %next
next:
  call void @f(i32 %x)
  ret void
}

; A folded block's debug records move up with its instructions.
; CHECK-LABEL: define i32 @debug_records_move(
; CHECK-NEXT: entry:
; CHECK-NEXT: %a = icmp eq i32 %x, 2
; CHECK-NEXT: #dbg_value(i32 %y,
; CHECK-NEXT: %b = icmp eq i32 %y, 36
; CHECK-NEXT: %or.cond = select i1 %a, i1 %b, i1 false
define i32 @debug_records_move(i32 %x, i32 %y) !dbg !5 {
entry:
  %a = icmp eq i32 %x, 2
  br i1 %a, label %next, label %out
next:
    #dbg_value(i32 %y, !9, !DIExpression(), !11)
  %b = icmp eq i32 %y, 36
  br i1 %b, label %yes, label %out
yes:
  call void @f(i32 1)
  br label %out
out:
  ret i32 0
}

; isImpliedByDomCondition: inside the bounds check, the index cannot be -1,
; so the overflow check goes; the emptied block is skipped, its successor
; keeping its name (LLVM's TryToSimplifyUncondBranchFromEmptyBlock).
; CHECK-LABEL: define void @implied_range(
; CHECK-NEXT: entry:
; CHECK-NEXT: %in = icmp ult i64 %at, %len
; CHECK-NEXT: br i1 %in, label %cont, label %bad
; CHECK: cont:
; CHECK-NEXT: call void @f(i32 1)
; CHECK-NEXT: ret void
; CHECK-EMPTY:
; CHECK-NEXT: bad:
define void @implied_range(i64 %at, i64 %len) {
entry:
  %in = icmp ult i64 %at, %len
  br i1 %in, label %ok, label %bad
ok:
  %o = icmp eq i64 %at, -1
  br i1 %o, label %p, label %cont
p:
  call void @panic()
  unreachable
cont:
  call void @f(i32 1)
  ret void
bad:
  call void @f(i32 2)
  ret void
}

declare void @panic()

; Signed against unsigned ranges, and the same operands swapped.
; CHECK-LABEL: define void @implied_signs(
; CHECK-NEXT: entry:
; CHECK-NEXT: %a = icmp sgt i8 %x, -1
; CHECK-NEXT: br i1 %a, label %y1, label %y2
; CHECK: y1:
; CHECK-NEXT: call void @f(i32 1)
; CHECK: y2:
; CHECK-NEXT: call void @f(i32 3)
define void @implied_signs(i8 %x) {
entry:
  %a = icmp sgt i8 %x, -1
  br i1 %a, label %t, label %e
t:
  %b = icmp ult i8 %x, 128
  br i1 %b, label %y1, label %n
y1:
  call void @f(i32 1)
  ret void
n:
  call void @f(i32 2)
  ret void
e:
  %c = icmp ugt i8 %x, 127
  br i1 %c, label %y2, label %n2
y2:
  call void @f(i32 3)
  ret void
n2:
  call void @f(i32 4)
  ret void
}

; CHECK-LABEL: define void @implied_swapped(
; CHECK: y1:
; CHECK-NEXT: call void @f(i32 1)
define void @implied_swapped(i32 %x, i32 %y) {
entry:
  %a = icmp ult i32 %x, %y
  br i1 %a, label %t, label %e
t:
  %b = icmp ugt i32 %y, %x
  br i1 %b, label %y1, label %n
y1:
  call void @f(i32 1)
  ret void
n:
  call void @f(i32 2)
  ret void
e:
  ret void
}

; An i1 phi fed by an and-like select is left for switch formation (LLVM's
; FoldTwoEntryPHINode rule).
; CHECK-LABEL: define i1 @or_and_phi_kept(
; CHECK: bb2:
; CHECK: %s = select i1 %b, i1 %c, i1 false
; CHECK: join:
; CHECK-NEXT: %r = phi i1
define i1 @or_and_phi_kept(i32 %x, i1 %c) {
entry:
  %a = icmp ult i32 %x, 32
  br i1 %a, label %join, label %bb2
bb2:
  %b = icmp ugt i32 %x, 126
  %s = select i1 %b, i1 %c, i1 false
  br label %join
join:
  %r = phi i1 [ true, %entry ], [ %s, %bb2 ]
  ret i1 %r
}

!llvm.dbg.cu = !{!0}
!llvm.module.flags = !{!3, !4}
!0 = distinct !DICompileUnit(language: DW_LANG_C11, file: !1, producer: "t", isOptimized: false, runtimeVersion: 0, emissionKind: FullDebug, splitDebugInlining: false)
!1 = !DIFile(filename: "t.c", directory: "/tmp")
!3 = !{i32 2, !"Debug Info Version", i32 3}
!4 = !{i32 7, !"Dwarf Version", i32 5}
!5 = distinct !DISubprogram(name: "debug_records_move", scope: !1, file: !1, line: 1, type: !6, scopeLine: 1, spFlags: DISPFlagDefinition, unit: !0, retainedNodes: !8)
!6 = !DISubroutineType(types: !7)
!7 = !{null}
!8 = !{}
!9 = !DILocalVariable(name: "y", scope: !5, file: !1, line: 1, type: !10)
!10 = !DIBasicType(name: "int", size: 32, encoding: DW_ATE_signed)
!11 = !DILocation(line: 1, column: 1, scope: !5)

; simplifycfg: constant branches and switches fold, unreachable blocks go with
; their phi entries, single-predecessor blocks merge up, chains of them in one
; step; cheap triangles and diamonds become selects.
; RUN: gpuopt -S -passes=simplifycfg -verify-each %s | FileCheck %s
; RUN: gpuopt -S -passes=simplifycfg %s | opt -passes=verify -disable-output

; CHECK-LABEL: define i32 @fold(
; CHECK-NEXT: entry:
; CHECK-NEXT: %y = add i32 %x, 1
; CHECK-NEXT: ret i32 %y
; CHECK-NEXT: }
define i32 @fold(i32 %x) {
entry:
  br i1 true, label %a, label %b
a:
  %y = add i32 %x, 1
  br label %m
b:
  %z = add i32 %x, 2
  br label %m
m:
  %p = phi i32 [ %y, %a ], [ %z, %b ]
  ret i32 %p
}

; A repeated predecessor keeps as many entries as it has edges.
; CHECK-LABEL: define i32 @repeated(
; CHECK: m:
; CHECK-NEXT: %p = phi i32 [ 1, %entry ], [ 1, %entry ], [ 2, %other ]
define i32 @repeated(i32 %x, i1 %c) {
entry:
  switch i32 %x, label %other [ i32 0, label %m
                                i32 1, label %m ]
other:
  br i1 %c, label %m, label %dead.end
dead.end:
  ret i32 7
m:
  %p = phi i32 [ 1, %entry ], [ 1, %entry ], [ 2, %other ]
  ret i32 %p
}

; Unreachable code goes, and so do the phi entries it gave.
; CHECK-LABEL: define i32 @unreachable(
; CHECK-NOT: island
; CHECK: %p = phi i32 [ 1, %entry ], [ 2, %loop ]
define i32 @unreachable(i1 %c) {
entry:
  br label %loop
loop:
  %p = phi i32 [ 1, %entry ], [ 2, %loop ], [ 3, %island ]
  br i1 %c, label %loop, label %exit
island:
  br label %loop
exit:
  ret i32 %p
}

; Blocks whose address is taken stay.
; CHECK-LABEL: define ptr @address(
; CHECK: target:
@table = constant [1 x ptr] [ptr blockaddress(@address, %target)]
define ptr @address() {
entry:
  ret ptr @table
target:
  ret ptr null
}

; Empty blocks that only branch on are skipped, switch edges included; the
; target's phi takes the value once per edge.  A chain goes link by link.
; CHECK-LABEL: define i32 @forwarding(
; CHECK-NEXT: entry:
; CHECK-NEXT: br i1 %c, label %a, label %join
; CHECK: join:
; CHECK-NEXT: %p = phi i32 [ 1, %a ], [ 2, %entry ]
; CHECK-NEXT: switch i32 %p, label %other [ i32 5, label %out
; CHECK-NEXT: i32 6, label %out ]
; CHECK: out:
; CHECK-NEXT: %q = phi i32 [ 4, %other ], [ 3, %join ], [ 3, %join ]
declare void @g()
define i32 @forwarding(i32 %x, i1 %c) {
entry:
  br i1 %c, label %a, label %fw
a:
  call void @g()
  br label %join
fw:
  br label %fw.2
fw.2:
  br label %join
join:
  %p = phi i32 [ 1, %a ], [ 2, %fw.2 ]
  switch i32 %p, label %other [ i32 5, label %s1
                                i32 6, label %s1 ]
s1:
  br label %out
other:
  call void @g()
  br label %out
out:
  %q = phi i32 [ 3, %s1 ], [ 4, %other ]
  ret i32 %q
}

; Not skipped when a predecessor already reaches the phi's block.  (%join has
; a third predecessor, %o, so %h's triangle does not fold into a select, and
; an fcmp condition keeps it from being speculated, as in LLVM.)
; CHECK-LABEL: define i32 @conflict(
; CHECK: fw:
; CHECK-NEXT: br label %join
define i32 @conflict(double %f, i1 %d) {
entry:
  %c = fcmp olt double %f, 1.0
  br i1 %d, label %o, label %h
h:
  br i1 %c, label %fw, label %join
o:
  call void @g()
  br label %join
fw:
  br label %join
join:
  %p = phi i32 [ 1, %fw ], [ 2, %h ], [ 3, %o ]
  ret i32 %p
}

; A switch on a constant goes to the matching case; the other successors lose
; their phi entries, become unreachable and go.
; CHECK-LABEL: define i32 @switch_constant(
; CHECK-NEXT: entry:
; CHECK-NEXT: ret i32 20
; CHECK-NEXT: }
define i32 @switch_constant(i32 %x) {
entry:
  switch i32 2, label %d [
    i32 1, label %a
    i32 2, label %b
  ]
a:
  br label %m
b:
  br label %m
d:
  br label %m
m:
  %p = phi i32 [ 10, %a ], [ 20, %b ], [ 30, %d ]
  ret i32 %p
}

; No case matches: the default.  Both case edges into %m go, and so do both
; of %m's entries for them (it is unreachable then).
; CHECK-LABEL: define i32 @switch_constant_default(
; CHECK-NEXT: entry:
; CHECK-NEXT: call void @g()
; CHECK-NEXT: ret i32 30
; CHECK-NEXT: }
define i32 @switch_constant_default(i32 %x) {
entry:
  switch i32 -1, label %d [
    i32 1, label %m
    i32 2, label %m
  ]
d:
  call void @g()
  br label %m
m:
  %p = phi i32 [ 10, %entry ], [ 10, %entry ], [ 30, %d ]
  ret i32 %p
}

; Duplicate targets: of the two edges from %sw to %m (its phi has an entry
; per edge) one stays, the one the matching case names; %other's edges go with
; %other, which no edge reaches any more.
; CHECK-LABEL: define i32 @switch_repeated(
; CHECK: sw:
; CHECK-NEXT: call void @g()
; CHECK-NEXT: br label %m
; CHECK-NOT: other:
; CHECK: m:
; CHECK-NEXT: %p = phi i32 [ 1, %sw ], [ 2, %keep ]
; CHECK-NEXT: ret i32 %p
define i32 @switch_repeated(i1 %c) {
entry:
  br i1 %c, label %sw, label %keep
sw:
  call void @g()
  switch i32 7, label %other [
    i32 7, label %m
    i32 8, label %m
    i32 9, label %other
  ]
keep:
  call void @g()
  br label %m
other:
  br i1 %c, label %m, label %m
m:
  %p = phi i32 [ 1, %sw ], [ 1, %sw ], [ 2, %keep ], [ 3, %other ], [ 3, %other ]
  ret i32 %p
}

; Every case goes to the default, whatever the condition: a plain branch,
; and the phi keeps one entry of the three from %s.
; CHECK-LABEL: define i32 @switch_all_default(
; CHECK: s:
; CHECK-NEXT: call void @g()
; CHECK-NEXT: br label %m
; CHECK: m:
; CHECK-NEXT: %p = phi i32 [ 0, %entry ], [ %x, %s ]
define i32 @switch_all_default(i32 %x, i1 %c) {
entry:
  br i1 %c, label %s, label %m
s:
  call void @g()
  switch i32 %x, label %m [
    i32 0, label %m
    i32 1, label %m
  ]
m:
  %p = phi i32 [ 0, %entry ], [ %x, %s ], [ %x, %s ], [ %x, %s ]
  ret i32 %p
}

; No cases at all: the default.
; CHECK-LABEL: define i32 @switch_no_cases(
; CHECK-NEXT: entry:
; CHECK-NEXT: call void @g()
; CHECK-NEXT: ret i32 %x
define i32 @switch_no_cases(i32 %x) {
entry:
  call void @g()
  switch i32 %x, label %m [
  ]
m:
  %p = phi i32 [ %x, %entry ]
  ret i32 %p
}

; A switch on a value, with a case elsewhere, stays as it was.
; CHECK-LABEL: define i32 @switch_kept(
; CHECK: switch i32 %x, label %d [
; CHECK-NEXT: i32 -1, label %a
; CHECK-NEXT: i32 0, label %d
; CHECK-NEXT: ]
define i32 @switch_kept(i32 %x) {
entry:
  switch i32 %x, label %d [
    i32 -1, label %a
    i32 0, label %d
  ]
a:
  ret i32 1
d:
  ret i32 3
}

; i1 cases.
; CHECK-LABEL: define i32 @switch_i1(
; CHECK-NEXT: entry:
; CHECK-NEXT: ret i32 2
define i32 @switch_i1(i32 %x) {
entry:
  switch i1 true, label %d [
    i1 false, label %a
    i1 true, label %b
  ]
a:
  ret i32 1
b:
  ret i32 2
d:
  ret i32 3
}

; Values compare as bits of the type: -1 is 2^64 - 1 in i64.
; CHECK-LABEL: define i32 @switch_i64_same_value(
; CHECK-NEXT: entry:
; CHECK-NEXT: ret i32 1
define i32 @switch_i64_same_value(i64 %x) {
entry:
  switch i64 -1, label %d [
    i64 18446744073709551615, label %a
  ]
a:
  ret i32 1
d:
  ret i32 3
}

; i128: 2^64 + 1 is not 1, though their low 64 bits agree; the case with the
; same constant matches.
; CHECK-LABEL: define i32 @switch_i128(
; CHECK-NEXT: entry:
; CHECK-NEXT: ret i32 2
define i32 @switch_i128(i128 %x) {
entry:
  switch i128 18446744073709551617, label %d [
    i128 1, label %a
    i128 18446744073709551617, label %b
  ]
a:
  ret i32 1
b:
  ret i32 2
d:
  ret i32 3
}

; Wider than 64 bits with no case of the same constant: not proven to miss
; every case, so it stays (LLVM goes to the default).
; CHECK-LABEL: define i32 @switch_i128_unproven(
; CHECK: switch i128 18446744073709551617, label %d [
; CHECK-NEXT: i128 1, label %a
define i32 @switch_i128_unproven(i128 %x) {
entry:
  switch i128 18446744073709551617, label %d [
    i128 1, label %a
  ]
a:
  ret i32 1
d:
  ret i32 3
}

; In a loop: the latch's constant switch keeps one of its two edges back to
; the header (the header's phis keep one entry of two) and loses the exit
; edge, so the exit's phi, left with one value, becomes it (LLVM's
; removePredecessor); the switch on the induction variable stays.
; CHECK-LABEL: define i32 @switch_loop(
; CHECK: head:
; CHECK-NEXT: %i = phi i32 [ 0, %entry ], [ %i.next, %latch ]
; CHECK-NEXT: %s = phi i32 [ 0, %entry ], [ %s.next, %latch ]
; CHECK: body:
; CHECK-NEXT: switch i32 %i, label %latch [
; CHECK-NEXT: i32 0, label %zero
; CHECK: latch:
; CHECK: %i.next = add i32 %i, 1
; CHECK-NEXT: br label %head
; CHECK: exit:
; CHECK-NEXT: ret i32 %s
define i32 @switch_loop(i32 %n) {
entry:
  br label %head
head:
  %i = phi i32 [ 0, %entry ], [ %i.next, %latch ], [ %i.next, %latch ]
  %s = phi i32 [ 0, %entry ], [ %s.next, %latch ], [ %s.next, %latch ]
  %done = icmp eq i32 %i, %n
  br i1 %done, label %exit, label %body
body:
  switch i32 %i, label %latch [
    i32 0, label %zero
  ]
zero:
  call void @g()
  br label %latch
latch:
  %add = phi i32 [ 1, %body ], [ 2, %zero ]
  %s.next = add i32 %s, %add
  %i.next = add i32 %i, 1
  switch i32 3, label %head [
    i32 3, label %head
    i32 4, label %exit
  ]
exit:
  %r = phi i32 [ %s, %head ], [ %s.next, %latch ]
  ret i32 %r
}

; Two-entry phis fold into selects (LLVM's FoldTwoEntryPHINode).  A triangle:
; the side block's instructions move up, the phi becomes a select on the
; branch condition, and the join merges into the head.
; CHECK-LABEL: define i1 @triangle(
; CHECK-NEXT: entry:
; CHECK-NEXT: %c = icmp ne i64 %n, 0
; CHECK-NEXT: %i = ptrtoint ptr %p to i64
; CHECK-NEXT: %a = and i64 %i, 7
; CHECK-NEXT: %t = icmp ne i64 %a, 0
; CHECK-NEXT: %r = select i1 %c, i1 %t, i1 false
; CHECK-NEXT: ret i1 %r
; CHECK-NEXT: }
define i1 @triangle(i64 %n, ptr %p) {
entry:
  %c = icmp ne i64 %n, 0
  br i1 %c, label %b, label %j
b:
  %i = ptrtoint ptr %p to i64
  %a = and i64 %i, 7
  %t = icmp ne i64 %a, 0
  br label %j
j:
  %r = phi i1 [ false, %entry ], [ %t, %b ]
  ret i1 %r
}

; The triangle through the false side: the value from the head is the
; select's true value.
; CHECK-LABEL: define ptr @triangle_false(
; CHECK-NEXT: entry:
; CHECK-NEXT: %q = getelementptr inbounds i32, ptr %p, i64 %i
; CHECK-NEXT: %s = select i1 %c, ptr %p, ptr %q
; CHECK-NEXT: ret ptr %s
define ptr @triangle_false(ptr %p, i64 %i, i1 %c) {
entry:
  br i1 %c, label %j, label %f
f:
  %q = getelementptr inbounds i32, ptr %p, i64 %i
  br label %j
j:
  %s = phi ptr [ %q, %f ], [ %p, %entry ]
  ret ptr %s
}

; A diamond: both sides move up, in the order of the first phi's incoming
; blocks (as LLVM), then one select per phi.
; CHECK-LABEL: define i32 @diamond(
; CHECK-NEXT: entry:
; CHECK-NEXT: %b = mul i32 %y, 3
; CHECK-NEXT: %a = add i32 %x, 1
; CHECK-NEXT: %p = select i1 %c, i32 %a, i32 %b
; CHECK-NEXT: %q = select i1 %c, i32 %y, i32 %x
; CHECK-NEXT: %s = add i32 %p, %q
; CHECK-NEXT: ret i32 %s
define i32 @diamond(i32 %x, i32 %y, i1 %c) {
entry:
  br i1 %c, label %t, label %f
t:
  %a = add i32 %x, 1
  br label %j
f:
  %b = mul i32 %y, 3
  br label %j
j:
  %p = phi i32 [ %b, %f ], [ %a, %t ]
  %q = phi i32 [ %x, %f ], [ %y, %t ]
  %s = add i32 %p, %q
  ret i32 %s
}

; A phi with one value on both sides becomes that value, not a select.
; CHECK-LABEL: define i32 @diamond_same_value(
; CHECK-NEXT: entry:
; CHECK-NEXT: %b = add i32 %y, 2
; CHECK-NEXT: %a = add i32 %x, 1
; CHECK-NEXT: %q = select i1 %c, i32 %a, i32 %b
; CHECK-NEXT: %s = add i32 %x, %q
; CHECK-NEXT: ret i32 %s
define i32 @diamond_same_value(i32 %x, i32 %y, i1 %c) {
entry:
  br i1 %c, label %t, label %f
t:
  %a = add i32 %x, 1
  br label %j
f:
  %b = add i32 %y, 2
  br label %j
j:
  %p = phi i32 [ %x, %f ], [ %x, %t ]
  %q = phi i32 [ %b, %f ], [ %a, %t ]
  %s = add i32 %p, %q
  ret i32 %s
}

; A division may trap: not speculated.
; CHECK-LABEL: define i32 @no_fold_division(
; CHECK: br i1 %c, label %t, label %j
; CHECK: %p = phi i32 [ %a, %t ], [ 0, %entry ]
define i32 @no_fold_division(i32 %x, i32 %y, i1 %c) {
entry:
  br i1 %c, label %t, label %j
t:
  %a = udiv i32 %x, %y
  br label %j
j:
  %p = phi i32 [ %a, %t ], [ 0, %entry ]
  ret i32 %p
}

; Loads and calls are not speculated.
; CHECK-LABEL: define i32 @no_fold_memory(
; CHECK: br i1 %c, label %t, label %f
; CHECK: %p = phi i32 [ %a, %t ], [ %b, %f ]
define i32 @no_fold_memory(ptr %x, i1 %c) {
entry:
  br i1 %c, label %t, label %f
t:
  %a = load i32, ptr %x
  br label %j
f:
  %b = call i32 @h()
  br label %j
j:
  %p = phi i32 [ %a, %t ], [ %b, %f ]
  ret i32 %p
}
declare i32 @h()

; Over the budget (cost 4 over both sides): five instructions stay; four
; (the ptrtoint is free on a 64-bit target) fold; opt-22, given no target
; triple here, counts the ptrtoint and keeps that one.
; CHECK-LABEL: define i32 @no_fold_budget(
; CHECK: br i1 %c, label %t, label %j
; CHECK: %p = phi i32 [ %f, %t ], [ 0, %entry ]
; CHECK-LABEL: define i64 @fold_budget(
; CHECK-NEXT: entry:
; CHECK-NEXT: %q = ptrtoint ptr %v to i64
; CHECK: %s = select i1 %c, i64 %e, i64 0
; CHECK-NEXT: ret i64 %s
define i32 @no_fold_budget(i32 %x, i1 %c) {
entry:
  br i1 %c, label %t, label %j
t:
  %a = add i32 %x, 1
  %b = mul i32 %a, 3
  %d = xor i32 %b, 5
  %e = shl i32 %d, 2
  %f = sub i32 %e, %x
  br label %j
j:
  %p = phi i32 [ %f, %t ], [ 0, %entry ]
  ret i32 %p
}
define i64 @fold_budget(ptr %v, i64 %x, i1 %c) {
entry:
  br i1 %c, label %t, label %j
t:
  %q = ptrtoint ptr %v to i64
  %a = add i64 %q, %x
  %b = mul i64 %a, 3
  %d = xor i64 %b, 5
  %e = shl i64 %d, 2
  br label %j
j:
  %s = phi i64 [ %e, %t ], [ 0, %entry ]
  ret i64 %s
}

; A join with a third predecessor does not fold into a phi-free select; the
; triangle is speculated instead (SpeculativelyExecuteBB): the head's entry,
; now a select, goes last, as LLVM leaves it.
; CHECK-LABEL: define i32 @no_fold_third_predecessor(
; CHECK: h:
; CHECK-NEXT: %a = add i32 %x, 1
; CHECK-NEXT: %[[S:spec\.select[0-9]*]] = select i1 %c, i32 %a, i32 0
; CHECK-NEXT: br label %j
; CHECK: %p = phi i32 [ 5, %o ], [ %[[S]], %h ]
define i32 @no_fold_third_predecessor(i32 %x, i1 %c, i1 %d) {
entry:
  br i1 %d, label %o, label %h
h:
  br i1 %c, label %t, label %j
t:
  %a = add i32 %x, 1
  br label %j
o:
  call void @g()
  br label %j
j:
  %p = phi i32 [ %a, %t ], [ 0, %h ], [ 5, %o ]
  ret i32 %p
}

; More than three phis in the join: not folded (as LLVM); three fold.
; CHECK-LABEL: define i32 @no_fold_four_phis(
; CHECK: br i1 %c, label %t, label %j
; CHECK-LABEL: define i32 @fold_three_phis(
; CHECK-NEXT: entry:
; CHECK-NEXT: %p = select i1 %c, i32 1, i32 0
; CHECK-NEXT: %q = select i1 %c, i32 2, i32 0
; CHECK-NEXT: %r = select i1 %c, i32 3, i32 0
define i32 @no_fold_four_phis(i1 %c) {
entry:
  br i1 %c, label %t, label %j
t:
  br label %j
j:
  %p = phi i32 [ 1, %t ], [ 0, %entry ]
  %q = phi i32 [ 2, %t ], [ 0, %entry ]
  %r = phi i32 [ 3, %t ], [ 0, %entry ]
  %s = phi i32 [ 4, %t ], [ 0, %entry ]
  %a = add i32 %p, %q
  %b = add i32 %r, %s
  %d = add i32 %a, %b
  ret i32 %d
}
define i32 @fold_three_phis(i1 %c) {
entry:
  br i1 %c, label %t, label %j
t:
  br label %j
j:
  %p = phi i32 [ 1, %t ], [ 0, %entry ]
  %q = phi i32 [ 2, %t ], [ 0, %entry ]
  %r = phi i32 [ 3, %t ], [ 0, %entry ]
  %a = add i32 %p, %q
  %b = add i32 %r, %a
  ret i32 %b
}

; Nested: the inner diamond folds first, then the outer triangle, whose side
; block now holds the inner diamond's code (cost 3 in all).
; CHECK-LABEL: define i32 @nested(
; CHECK-NEXT: entry:
; CHECK-NEXT: %a = add i32 %x, 1
; CHECK-NEXT: %b = sub i32 %x, 1
; CHECK-NEXT: %m = select i1 %d, i32 %a, i32 %b
; CHECK-NEXT: %n = mul i32 %m, 5
; CHECK-NEXT: %r = select i1 %c, i32 %n, i32 %x
; CHECK-NEXT: ret i32 %r
define i32 @nested(i32 %x, i1 %c, i1 %d) {
entry:
  br i1 %c, label %outer, label %done
outer:
  br i1 %d, label %t, label %f
t:
  %a = add i32 %x, 1
  br label %inner
f:
  %b = sub i32 %x, 1
  br label %inner
inner:
  %m = phi i32 [ %a, %t ], [ %b, %f ]
  %n = mul i32 %m, 5
  br label %done
done:
  %r = phi i32 [ %n, %inner ], [ %x, %entry ]
  ret i32 %r
}

; SpeculativelyExecuteBB: a triangle into a join with a third predecessor.  The
; then-block's one instruction moves up, the head's phi entry takes a select
; and the then-block's entry goes; the join keeps its other predecessors.
; CHECK-LABEL: define i32 @spec_triangle(
; CHECK: a:
; CHECK-NEXT: %y = add i32 %x, 1
; CHECK-NEXT: %[[S:spec\.select[0-9]*]] = select i1 %c, i32 %y, i32 %x
; CHECK-NEXT: br label %j
; CHECK-NOT: b:
; CHECK: j:
; CHECK-NEXT: %p = phi i32 [ 0, %entry ], [ 2, %o ], [ %[[S]], %a ]
define i32 @spec_triangle(i32 %x, i1 %c, i32 %k) {
entry:
  switch i32 %k, label %a [ i32 0, label %j
                              i32 1, label %o ]
o:
  call void @g()
  br label %j
a:
  br i1 %c, label %b, label %j
b:
  %y = add i32 %x, 1
  br label %j
j:
  %p = phi i32 [ 0, %entry ], [ 2, %o ], [ %x, %a ], [ %y, %b ]
  ret i32 %p
}

; The mirror (then-block on the false edge) swaps the select's values; a phi
; whose head and then-block values agree needs no select and keeps one entry.
; CHECK-LABEL: define i32 @spec_mirror(
; CHECK: a:
; CHECK-NEXT: %y = add i32 %x, 1
; CHECK-NEXT: %[[S:spec\.select[0-9]*]] = select i1 %c, i32 %x, i32 %y
; CHECK-NEXT: br label %j
; CHECK: j:
; CHECK-NEXT: %p = phi i32 [ 0, %entry ], [ 2, %o ], [ %[[S]], %a ]
; CHECK-NEXT: %q = phi i32 [ 1, %entry ], [ 3, %o ], [ 5, %a ]
define i32 @spec_mirror(i32 %x, i1 %c, i32 %k) {
entry:
  switch i32 %k, label %a [ i32 0, label %j
                              i32 1, label %o ]
o:
  call void @g()
  br label %j
a:
  br i1 %c, label %j, label %b
b:
  %y = add i32 %x, 1
  br label %j
j:
  %p = phi i32 [ 0, %entry ], [ 2, %o ], [ %x, %a ], [ %y, %b ]
  %q = phi i32 [ 1, %entry ], [ 3, %o ], [ 5, %a ], [ 5, %b ]
  %r = add i32 %p, %q
  ret i32 %r
}

; Two phis that differ: two selects, in phi order.
; CHECK-LABEL: define i32 @spec_two_phis(
; CHECK: a:
; CHECK-NEXT: %y = add i32 %x, 1
; CHECK-NEXT: %[[S0:spec\.select[0-9]*]] = select i1 %c, i32 %y, i32 %x
; CHECK-NEXT: %[[S1:spec\.select[0-9]*]] = select i1 %c, i32 5, i32 7
; CHECK-NEXT: br label %j
; CHECK: j:
; CHECK-NEXT: %p = phi i32 [ 0, %entry ], [ 2, %o ], [ %[[S0]], %a ]
; CHECK-NEXT: %q = phi i32 [ 1, %entry ], [ 3, %o ], [ %[[S1]], %a ]
define i32 @spec_two_phis(i32 %x, i1 %c, i32 %k) {
entry:
  switch i32 %k, label %a [ i32 0, label %j
                              i32 1, label %o ]
o:
  call void @g()
  br label %j
a:
  br i1 %c, label %b, label %j
b:
  %y = add i32 %x, 1
  br label %j
j:
  %p = phi i32 [ 0, %entry ], [ 2, %o ], [ %x, %a ], [ %y, %b ]
  %q = phi i32 [ 1, %entry ], [ 3, %o ], [ 7, %a ], [ 5, %b ]
  %r = add i32 %p, %q
  ret i32 %r
}

; An empty then-block still needs its select (no forwarding: the head already
; reaches the join).
; CHECK-LABEL: define i32 @spec_empty(
; CHECK: a:
; CHECK-NEXT: %[[S:spec\.select[0-9]*]] = select i1 %c, i32 5, i32 4
; CHECK-NEXT: br label %j
; CHECK: j:
; CHECK-NEXT: %p = phi i32 [ 0, %entry ], [ 2, %o ], [ %[[S]], %a ]
define i32 @spec_empty(i32 %x, i1 %c, i32 %k) {
entry:
  switch i32 %k, label %a [ i32 0, label %j
                              i32 1, label %o ]
o:
  call void @g()
  br label %j
a:
  br i1 %c, label %b, label %j
b:
  br label %j
j:
  %p = phi i32 [ 0, %entry ], [ 2, %o ], [ 4, %a ], [ 5, %b ]
  ret i32 %p
}

; Not speculated, as LLVM: three selects (over budget), two instructions, a
; division, a load, a call, no select needed (the values agree), an fcmp
; condition, or a head instruction used only by the then-block.
; CHECK-LABEL: define i32 @spec_three_phis(
; CHECK: br i1 %c, label %b, label %j
define i32 @spec_three_phis(i32 %x, i1 %c, i32 %k) {
entry:
  switch i32 %k, label %a [ i32 0, label %j
                              i32 1, label %o ]
o:
  call void @g()
  br label %j
a:
  br i1 %c, label %b, label %j
b:
  %y = add i32 %x, 1
  br label %j
j:
  %p = phi i32 [ 0, %entry ], [ 2, %o ], [ %x, %a ], [ %y, %b ]
  %q = phi i32 [ 1, %entry ], [ 3, %o ], [ 7, %a ], [ 5, %b ]
  %s = phi i32 [ 1, %entry ], [ 3, %o ], [ 8, %a ], [ 6, %b ]
  %r = add i32 %p, %q
  %r2 = add i32 %r, %s
  ret i32 %r2
}

; CHECK-LABEL: define i32 @spec_two_instructions(
; CHECK: br i1 %c, label %b, label %j
define i32 @spec_two_instructions(i32 %x, i1 %c, i32 %k) {
entry:
  switch i32 %k, label %a [ i32 0, label %j
                              i32 1, label %o ]
o:
  call void @g()
  br label %j
a:
  br i1 %c, label %b, label %j
b:
  %y = add i32 %x, 1
  %z = mul i32 %y, 3
  br label %j
j:
  %p = phi i32 [ 0, %entry ], [ 2, %o ], [ %x, %a ], [ %z, %b ]
  ret i32 %p
}

; CHECK-LABEL: define i32 @spec_division(
; CHECK: br i1 %c, label %b, label %j
define i32 @spec_division(i32 %x, i1 %c, i32 %k) {
entry:
  switch i32 %k, label %a [ i32 0, label %j
                              i32 1, label %o ]
o:
  call void @g()
  br label %j
a:
  br i1 %c, label %b, label %j
b:
  %y = udiv i32 %x, 3
  br label %j
j:
  %p = phi i32 [ 0, %entry ], [ 2, %o ], [ %x, %a ], [ %y, %b ]
  ret i32 %p
}

; CHECK-LABEL: define i32 @spec_load(
; CHECK: br i1 %c, label %b, label %j
define i32 @spec_load(ptr %q, i32 %x, i1 %c, i32 %k) {
entry:
  switch i32 %k, label %a [ i32 0, label %j
                              i32 1, label %o ]
o:
  call void @g()
  br label %j
a:
  br i1 %c, label %b, label %j
b:
  %y = load i32, ptr %q
  br label %j
j:
  %p = phi i32 [ 0, %entry ], [ 2, %o ], [ %x, %a ], [ %y, %b ]
  ret i32 %p
}

declare i32 @f(i32)

; CHECK-LABEL: define i32 @spec_call(
; CHECK: br i1 %c, label %b, label %j
define i32 @spec_call(i32 %x, i1 %c, i32 %k) {
entry:
  switch i32 %k, label %a [ i32 0, label %j
                              i32 1, label %o ]
o:
  call void @g()
  br label %j
a:
  br i1 %c, label %b, label %j
b:
  %y = call i32 @f(i32 %x)
  br label %j
j:
  %p = phi i32 [ 0, %entry ], [ 2, %o ], [ %x, %a ], [ %y, %b ]
  ret i32 %p
}

; CHECK-LABEL: define i32 @spec_same_value(
; CHECK: br i1 %c, label %b, label %j
; CHECK: %p = phi i32 [ 0, %entry ], [ 2, %o ], [ 4, %a ], [ 4, %b ]
define i32 @spec_same_value(i32 %x, i1 %c, i32 %k) {
entry:
  switch i32 %k, label %a [ i32 0, label %j
                              i32 1, label %o ]
o:
  call void @g()
  br label %j
a:
  br i1 %c, label %b, label %j
b:
  %y = add i32 %x, 1
  br label %j
j:
  %p = phi i32 [ 0, %entry ], [ 2, %o ], [ 4, %a ], [ 4, %b ]
  ret i32 %p
}

; CHECK-LABEL: define i32 @spec_fcmp(
; CHECK: br i1 %c, label %b, label %j
define i32 @spec_fcmp(i32 %x, double %f, i32 %k) {
entry:
  %c = fcmp olt double %f, 1.0
  switch i32 %k, label %a [ i32 0, label %j
                              i32 1, label %o ]
o:
  call void @g()
  br label %j
a:
  br i1 %c, label %b, label %j
b:
  %y = add i32 %x, 1
  br label %j
j:
  %p = phi i32 [ 0, %entry ], [ 2, %o ], [ %x, %a ], [ %y, %b ]
  ret i32 %p
}

; CHECK-LABEL: define i32 @spec_sink_candidate(
; CHECK: br i1 %c, label %b, label %j
define i32 @spec_sink_candidate(i32 %x, i1 %c, i32 %k) {
entry:
  switch i32 %k, label %a [ i32 0, label %j
                              i32 1, label %o ]
o:
  call void @g()
  br label %j
a:
  %m = mul i32 %x, 7
  br i1 %c, label %b, label %j
b:
  %y = add i32 %m, 1
  br label %j
j:
  %p = phi i32 [ 0, %entry ], [ 2, %o ], [ %x, %a ], [ %y, %b ]
  ret i32 %p
}

; simplifycfg: compares of one value against constants become switches:
; a block that only compares folds into predecessors comparing the same value
; (LLVM's FoldValueComparisonIntoPredecessors), a compare decided by its only
; predecessor's becomes a branch (simplifyEqualityComparisonWithOnlyPredecessor),
; and a branch on an or/and of compares becomes a switch (SimplifyBranchOnICmpChain).
; RUN: gpuopt -S -passes=simplifycfg -verify-each %s | FileCheck %s
; RUN: gpuopt -S -passes=simplifycfg %s | opt -passes=verify -disable-output

declare void @f(i32)

; Two compares in a row: one switch; the join's phi takes the entry of the
; folded block under the predecessor's name.
; CHECK-LABEL: define i32 @two(
; CHECK: %c = load i8, ptr %p
; CHECK-NEXT: switch i8 %c, label %join [
; CHECK-NEXT: i8 45, label %minus
; CHECK-NEXT: i8 43, label %plus
; CHECK-NEXT: ]
; CHECK: join:
; CHECK-NEXT: %r = phi i32 [ 1, %minus ], [ 0, %plus ], [ 0, %entry ]
define i32 @two(ptr %p) {
entry:
  %c = load i8, ptr %p
  %is_minus = icmp eq i8 %c, 45
  br i1 %is_minus, label %minus, label %next
minus:
  call void @f(i32 1)
  br label %join
next:
  %is_plus = icmp eq i8 %c, 43
  br i1 %is_plus, label %plus, label %join
plus:
  call void @f(i32 2)
  br label %join
join:
  %r = phi i32 [ 1, %minus ], [ 0, %next ], [ 0, %plus ]
  ret i32 %r
}

; A chain of eq, ne and a switch; values the head already handles are
; dropped from the later cases, and cases to the default stay out.
; CHECK-LABEL: define void @chain(
; CHECK-NEXT: entry:
; CHECK-NEXT: switch i32 %x, label %d [
; CHECK-NEXT: i32 1, label %a
; CHECK-NEXT: i32 2, label %b
; CHECK-NEXT: i32 3, label %a
; CHECK-NEXT: i32 4, label %b
; CHECK-NEXT: ]
; CHECK-NOT: icmp
define void @chain(i32 %x) {
entry:
  %c1 = icmp eq i32 %x, 1
  br i1 %c1, label %a, label %n2
n2:
  %c2 = icmp ne i32 %x, 2
  br i1 %c2, label %n3, label %b
n3:
  %c3 = icmp eq i32 %x, 3
  br i1 %c3, label %a, label %n4
n4:
  switch i32 %x, label %d [
    i32 4, label %b
    i32 1, label %c
    i32 5, label %d
  ]
a:
  call void @f(i32 1)
  ret void
b:
  %p = phi i32 [ 2, %n2 ], [ 2, %n4 ]
  call void @f(i32 %p)
  ret void
c:
  call void @f(i32 3)
  ret void
d:
  ret void
}

; Reached through some of a switch's cases: those values go where the folded
; switch sends them (its default for the ones it does not list).
; CHECK-LABEL: define void @through_cases(
; CHECK-NEXT: entry:
; CHECK-NEXT: switch i32 %x, label %d [
; CHECK-NEXT: i32 3, label %a
; CHECK-NEXT: i32 2, label %b
; CHECK-NEXT: i32 1, label %a
; CHECK-NEXT: i32 7, label %a
; CHECK-NEXT: ]
define void @through_cases(i32 %x) {
entry:
  switch i32 %x, label %d [
    i32 1, label %n
    i32 2, label %n
    i32 3, label %a
    i32 7, label %n
  ]
n:
  switch i32 %x, label %a [
    i32 2, label %b
    i32 9, label %b
  ]
a:
  call void @f(i32 1)
  ret void
b:
  call void @f(i32 2)
  ret void
d:
  ret void
}

; Reached through the default while some cases also go there: those cases
; leave the list as LLVM's swap-with-last erasure leaves it.
; CHECK-LABEL: define void @default_and_cases(
; CHECK-NEXT: entry:
; CHECK-NEXT: switch i32 %x, label %a [
; CHECK-NEXT: i32 4, label %b
; CHECK-NEXT: i32 2, label %a
; CHECK-NEXT: i32 9, label %b
; CHECK-NEXT: ]
define void @default_and_cases(i32 %x) {
entry:
  switch i32 %x, label %n [
    i32 1, label %n
    i32 2, label %a
    i32 3, label %n
    i32 4, label %b
    i32 5, label %n
  ]
n:
  switch i32 %x, label %a [
    i32 2, label %b
    i32 9, label %b
    i32 10, label %a
  ]
a:
  call void @f(i32 1)
  ret void
b:
  call void @f(i32 2)
  ret void
}

; A phi that would need two values for the merged block: left alone (LLVM
; splits the edge first).
; CHECK-LABEL: define i32 @unsafe(
; CHECK: %c1 = icmp eq i32 %x, 1
; CHECK: %c2 = icmp eq i32 %x, 2
define i32 @unsafe(i32 %x) {
entry:
  %c1 = icmp eq i32 %x, 1
  br i1 %c1, label %j, label %n
n:
  %c2 = icmp eq i32 %x, 2
  br i1 %c2, label %j, label %o
o:
  call void @f(i32 0)
  ret i32 0
j:
  %p = phi i32 [ 10, %entry ], [ 20, %n ]
  ret i32 %p
}

; The only predecessor decides the compare (trunc nuw: %x is 0 there).
; CHECK-LABEL: define void @threaded(
; CHECK-NEXT: entry:
; CHECK-NEXT: %t = trunc nuw i8 %x to i1
; CHECK-NEXT: br i1 %t, label %a, label %d
; CHECK: d:
; CHECK-NEXT: call void @f(i32 3)
define void @threaded(i8 %x) {
entry:
  %t = trunc nuw i8 %x to i1
  br i1 %t, label %a, label %n
n:
  %c = icmp eq i8 %x, 7
  br i1 %c, label %b, label %d
a:
  call void @f(i32 1)
  ret void
b:
  call void @f(i32 2)
  ret void
d:
  call void @f(i32 3)
  ret void
}

; Or-trees of equalities (select or or), descending values; and-trees of
; inequalities and ranges, the failing values; masked equalities stand for two
; values.  The trees go; the phi gets an entry per extra case.
; CHECK-LABEL: define void @or_chain(
; CHECK: h:
; CHECK-NEXT: switch i32 %x, label %b [
; CHECK-NEXT: i32 287, label %a
; CHECK-NEXT: i32 59, label %a
; CHECK-NEXT: ]
define void @or_chain(i32 %x) {
entry:
  br label %h
h:
  %semicolon = icmp eq i32 %x, 59
  %label = icmp eq i32 %x, 287
  %either = select i1 %semicolon, i1 true, i1 %label
  br i1 %either, label %a, label %b
a:
  call void @f(i32 1)
  br label %h
b:
  ret void
}

; CHECK-LABEL: define i32 @and_chain(
; CHECK-NEXT: entry:
; CHECK-NEXT: switch i8 %c, label %a [
; CHECK-NEXT: i8 32, label %b
; CHECK-NEXT: i8 13, label %b
; CHECK-NEXT: i8 12, label %b
; CHECK-NEXT: i8 11, label %b
; CHECK-NEXT: i8 10, label %b
; CHECK-NEXT: i8 9, label %b
; CHECK-NEXT: i8 0, label %b
; CHECK-NEXT: ]
; CHECK: %p = phi i32 [ 1, %entry ], [ %v, %a ], [ 1, %entry ], [ 1, %entry ], [ 1, %entry ], [ 1, %entry ], [ 1, %entry ], [ 1, %entry ]
define i32 @and_chain(i8 %c, i32 %v) {
entry:
  %not_space = icmp ne i8 %c, 32
  %shifted = add i8 %c, -9
  %not_control = icmp ugt i8 %shifted, 4
  %both = and i1 %not_space, %not_control
  %not_nul = icmp ne i8 %c, 0
  %all = select i1 %both, i1 %not_nul, i1 false
  br i1 %all, label %a, label %b
a:
  br label %b
b:
  %p = phi i32 [ 1, %entry ], [ %v, %a ]
  ret i32 %p
}

; CHECK-LABEL: define i32 @masks(
; CHECK-NEXT: entry:
; CHECK-NEXT: switch i32 %x, label %b [
; CHECK-NEXT: i32 9, label %a
; CHECK-NEXT: i32 6, label %a
; CHECK-NEXT: i32 4, label %a
; CHECK-NEXT: i32 1, label %a
; CHECK-NEXT: ]
define i32 @masks(i32 %x) {
entry:
  %cleared = and i32 %x, -3
  %is4or6 = icmp eq i32 %cleared, 4
  %set = or i32 %x, 8
  %is1or9 = icmp eq i32 %set, 9
  %some = or i1 %is4or6, %is1or9
  %odd = trunc nuw i32 %x to i1
  %any = or i1 %some, %odd
  br i1 %any, label %a, label %b
a:
  br label %b
b:
  %p = phi i32 [ 1, %entry ], [ 2, %a ]
  ret i32 %p
}

; Two compared values, or a leaf used elsewhere: no switch, or the leaf stays.
; CHECK-LABEL: define i32 @mixed(
; CHECK: or i1
; CHECK-LABEL: define i32 @shared(
; CHECK: %one = icmp eq i32 %x, 1
; CHECK-NEXT: switch i32 %x, label %b [
; CHECK-NEXT: i32 2, label %a
; CHECK-NEXT: i32 1, label %a
; CHECK-NEXT: ]
define i32 @mixed(i32 %x, i32 %y) {
entry:
  %a1 = icmp eq i32 %x, 1
  %b2 = icmp eq i32 %y, 2
  %either = or i1 %a1, %b2
  br i1 %either, label %a, label %b
a:
  call void @f(i32 1)
  ret i32 1
b:
  ret i32 2
}

define i32 @shared(i32 %x) {
entry:
  %one = icmp eq i32 %x, 1
  %two = icmp eq i32 %x, 2
  %either = or i1 %one, %two
  br i1 %either, label %a, label %b
a:
  %z = zext i1 %one to i32
  call void @f(i32 %z)
  ret i32 %z
b:
  ret i32 2
}

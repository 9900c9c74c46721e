; sccp: constants through phis, branches and switches, optimistically around
; loops.
; RUN: gpuopt -S -passes=sccp -verify-each %s | FileCheck %s
; RUN: gpuopt -S -passes=sccp %s | opt -passes=verify -disable-output

; The loop's phi only ever sees 0 (the branch into the add is never taken),
; so the whole computation is constant.
; CHECK-LABEL: define i32 @optimistic(
; CHECK: loop:
; CHECK-NEXT: %i = phi i32 [ 0, %entry ], [ %i.next, %latch ]
; CHECK-NEXT: br label %latch
; CHECK: latch:
; CHECK-NEXT: %i.next = add i32 %i, 1
; CHECK: exit:
; CHECK-NEXT: ret i32 0
define i32 @optimistic(i32 %n) {
entry:
  br label %loop
loop:
  %x = phi i32 [ 0, %entry ], [ %x2, %latch ]
  %i = phi i32 [ 0, %entry ], [ %i.next, %latch ]
  %never = icmp ne i32 %x, 0
  br i1 %never, label %bump, label %latch
bump:
  %y = add i32 %x, 1
  br label %latch
latch:
  %x2 = phi i32 [ %x, %loop ], [ %y, %bump ]
  %i.next = add i32 %i, 1
  %done = icmp eq i32 %i.next, %n
  br i1 %done, label %exit, label %loop
exit:
  ret i32 %x2
}

; Values that really vary stay: a phi of two different constants.
; CHECK-LABEL: define i32 @varies(
; CHECK: %p = phi i32 [ 1, %a ], [ 2, %b ]
; CHECK: ret i32 %p
define i32 @varies(i1 %c) {
entry:
  br i1 %c, label %a, label %b
a:
  br label %join
b:
  br label %join
join:
  %p = phi i32 [ 1, %a ], [ 2, %b ]
  ret i32 %p
}

; A constant condition computed through arithmetic folds its branch.
; CHECK-LABEL: define i32 @through(
; CHECK-NEXT: entry:
; CHECK-NEXT: br label %yes
; CHECK: yes:
; CHECK-NEXT: ret i32 10
; CHECK-NEXT: }
define i32 @through(i32 %x) {
entry:
  %a = add i32 3, 4
  %b = mul i32 %a, 2
  %c = icmp sgt i32 %b, 10
  br i1 %c, label %yes, label %no
yes:
  ret i32 10
no:
  ret i32 %x
}

; A switch on a computed constant: only the matching case's edge is
; executable, so the phi sees one value and the switch becomes a branch.
; CHECK-LABEL: define i32 @switch_derived(
; CHECK-NEXT: entry:
; CHECK-NEXT: br label %three
; CHECK: join:
; CHECK-NEXT: ret i32 30
; CHECK-NOT: four:
define i32 @switch_derived(i32 %x) {
entry:
  %a = add i32 1, 2
  switch i32 %a, label %d [
    i32 3, label %three
    i32 4, label %four
  ]
three:
  br label %join
four:
  br label %join
d:
  br label %join
join:
  %p = phi i32 [ 30, %three ], [ 40, %four ], [ %x, %d ]
  ret i32 %p
}

; No case matches: only the default edge; both case edges into %join (two
; phi entries from %entry) are dead.
; CHECK-LABEL: define i32 @switch_derived_default(
; CHECK-NEXT: entry:
; CHECK-NEXT: br label %d
; CHECK: join:
; CHECK-NEXT: ret i32 7
define i32 @switch_derived_default(i32 %x) {
entry:
  %a = mul i32 5, 3
  switch i32 %a, label %d [
    i32 3, label %join
    i32 4, label %join
  ]
d:
  br label %join
join:
  %p = phi i32 [ %x, %entry ], [ %x, %entry ], [ 7, %d ]
  ret i32 %p
}

; The matching case shares its target with another case: the repeated
; predecessor's entries both count, the default's does not.
; CHECK-LABEL: define i32 @switch_repeated(
; CHECK-NEXT: entry:
; CHECK-NEXT: br label %join
; CHECK: join:
; CHECK-NEXT: ret i32 5
define i32 @switch_repeated(i32 %x) {
entry:
  %a = sub i32 10, 9
  switch i32 %a, label %d [
    i32 0, label %join
    i32 1, label %join
  ]
d:
  br label %join
join:
  %p = phi i32 [ 5, %entry ], [ 5, %entry ], [ %x, %d ]
  ret i32 %p
}

; An overdefined condition makes every edge executable.
; CHECK-LABEL: define i32 @switch_overdefined(
; CHECK: switch i32 %x, label %d [
; CHECK: %p = phi i32 [ 1, %a ], [ 2, %d ]
define i32 @switch_overdefined(i32 %x) {
entry:
  switch i32 %x, label %d [
    i32 0, label %a
  ]
a:
  br label %join
d:
  br label %join
join:
  %p = phi i32 [ 1, %a ], [ 2, %d ]
  ret i32 %p
}

; An i1 switch on a folded compare.
; CHECK-LABEL: define i32 @switch_i1(
; CHECK-NEXT: entry:
; CHECK-NEXT: br label %t
; CHECK: t:
; CHECK-NEXT: ret i32 1
; CHECK-NEXT: }
define i32 @switch_i1(i32 %x) {
entry:
  %c = icmp eq i32 1, 1
  switch i1 %c, label %d [
    i1 true, label %t
  ]
t:
  ret i32 1
d:
  ret i32 %x
}

; i128 values are not tracked (overdefined): every edge stays.
; CHECK-LABEL: define i32 @switch_i128(
; CHECK: switch i128 %x, label %d [
; CHECK-NEXT: i128 18446744073709551617, label %t
define i32 @switch_i128(i128 %x) {
entry:
  switch i128 %x, label %d [
    i128 18446744073709551617, label %t
  ]
t:
  ret i32 1
d:
  ret i32 2
}

; In a loop, optimistically: %mode starts at 0, the switch on it takes only
; the case for 0, whose block feeds 0 back, so %mode stays 0 and the blocks
; for the other cases are never executable.
; CHECK-LABEL: define i32 @switch_loop(
; CHECK: loop:
; CHECK-NEXT: %i = phi i32 [ 0, %entry ], [ %i.next, %latch ]
; CHECK-NEXT: br label %zero
; CHECK-NOT: one:
; CHECK-NOT: other:
; CHECK: exit:
; CHECK-NEXT: ret i32 0
define i32 @switch_loop(i32 %n) {
entry:
  br label %loop
loop:
  %mode = phi i32 [ 0, %entry ], [ %mode.next, %latch ]
  %i = phi i32 [ 0, %entry ], [ %i.next, %latch ]
  switch i32 %mode, label %other [
    i32 0, label %zero
    i32 1, label %one
  ]
zero:
  br label %latch
one:
  call void @g()
  br label %latch
other:
  call void @g()
  br label %latch
latch:
  %mode.next = phi i32 [ 0, %zero ], [ 5, %one ], [ 7, %other ]
  %i.next = add i32 %i, 1
  %done = icmp eq i32 %i.next, %n
  br i1 %done, label %exit, label %loop
exit:
  ret i32 %mode.next
}

declare void @g()

; Constants fixed by branch edges: below the true edge of icmp eq x, C, x is
; C (a phi's use counts in its incoming block); below a branch on a phi of
; constants, the block's other phis take the value their entries agree on
; for that edge (a one-trip loop's counter is 0 in its body, and its
; increment is 1)
; CHECK-LABEL: define void @edge_constants(
; CHECK: yes:
; CHECK-NEXT: call void @use(i32 7)
; CHECK: no:
; CHECK-NEXT: %p = phi i32 [ 7, %yes ], [ 0, %entry ]
; CHECK-NEXT: call void @use(i32 %a)
define void @edge_constants(i32 %a) {
entry:
  %c = icmp eq i32 %a, 7
  br i1 %c, label %yes, label %no
yes:
  call void @use(i32 %a)
  br label %no
no:
  %p = phi i32 [ %a, %yes ], [ 0, %entry ]
  call void @use(i32 %a)
  call void @use(i32 %p)
  ret void
}

; CHECK-LABEL: define void @one_trip_counter(
; CHECK: %i = phi i32 [ 0, %entry ], [ 1, %latch ]
; CHECK: body:
; CHECK: call void @use(i32 0)
; CHECK: latch:
; CHECK-NEXT: br label %outer
define void @one_trip_counter() {
entry:
  br label %outer
outer:
  %f = phi i1 [ true, %entry ], [ false, %latch ]
  %i = phi i32 [ 0, %entry ], [ %i1, %latch ]
  br i1 %f, label %body, label %exit
body:
  %j = phi i32 [ 0, %outer ], [ %j1, %body ]
  call void @use(i32 %i)
  %j1 = add i32 %j, 1
  %c = icmp ult i32 %j1, 4
  br i1 %c, label %body, label %latch
latch:
  %i1 = add nsw i32 %i, 1
  br label %outer
exit:
  ret void
}

; No fact where the edge's target can be entered another way
; CHECK-LABEL: define void @not_dominating(
; CHECK: join:
; CHECK-NEXT: call void @use(i32 %a)
define void @not_dominating(i32 %a, i1 %d) {
entry:
  br i1 %d, label %test, label %join
test:
  %c = icmp eq i32 %a, 7
  br i1 %c, label %join, label %out
join:
  call void @use(i32 %a)
  ret void
out:
  ret void
}
declare void @use(i32)

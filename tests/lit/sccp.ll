; sccp: constants through phis and branches, optimistically around loops.
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

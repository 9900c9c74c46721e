; adce: everything not needed by a root goes, phi cycles included.
; RUN: gpuopt -S -passes=adce %s | FileCheck %s
; RUN: gpuopt -S -passes=adce %s | opt -passes=verify -disable-output
; RUN: gpuopt -S -passes=dce %s | FileCheck %s --check-prefix=DCE

declare void @sink(i32)

; CHECK-LABEL: define void @cycle(
; CHECK: loop:
; CHECK-NEXT: %i = phi i32 [ 0, %entry ], [ %next, %loop ]
; CHECK-NEXT: %next = add i32 %i, 1
; CHECK-NEXT: %done = icmp eq i32 %next, %n
; CHECK-NEXT: br i1 %done
; CHECK: exit:
; CHECK-NEXT: call void @sink(i32 %i)
; DCE-LABEL: define void @cycle(
; DCE: %dead = phi i32 [ 0, %entry ], [ %dead.next, %loop ]
; DCE: %dead.next = mul i32 %dead, 3
define void @cycle(i32 %n) {
entry:
  br label %loop
loop:
  %i = phi i32 [ 0, %entry ], [ %next, %loop ]
  %dead = phi i32 [ 0, %entry ], [ %dead.next, %loop ]
  %dead.next = mul i32 %dead, 3
  %next = add i32 %i, 1
  %done = icmp eq i32 %next, %n
  br i1 %done, label %exit, label %loop
exit:
  call void @sink(i32 %i)
  ret void
}

; Loads that may matter stay; plain loads that feed nothing go.
; CHECK-LABEL: define i32 @loads(
; CHECK-NEXT: %v = load volatile i32, ptr %p
; CHECK-NEXT: ret i32 0
define i32 @loads(ptr %p) {
  %a = load i32, ptr %p
  %v = load volatile i32, ptr %p
  %b = add i32 %a, %a
  ret i32 0
}

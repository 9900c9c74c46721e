; simplifycfg: constant branches fold, unreachable blocks go with their phi
; entries, single-predecessor blocks merge up, chains of them in one step.
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
; CHECK-NEXT: switch i32 %p, label %out [ i32 5, label %out
; CHECK-NEXT: i32 6, label %out ]
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
  switch i32 %p, label %out [ i32 5, label %s1
                              i32 6, label %s1 ]
s1:
  br label %out
out:
  ret i32 %p
}

; Not skipped when a predecessor already reaches the phi's block.
; CHECK-LABEL: define i32 @conflict(
; CHECK: fw:
; CHECK-NEXT: br label %join
define i32 @conflict(i1 %c) {
entry:
  br i1 %c, label %fw, label %join
fw:
  br label %join
join:
  %p = phi i32 [ 1, %fw ], [ 2, %entry ]
  ret i32 %p
}

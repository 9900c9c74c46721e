; icmp of constants, integer casts with their flags, and select.
; RUN: gpuopt -S -passes=instsimplify %s | FileCheck %s
; RUN: gpuopt -S -passes=instsimplify %s | opt -passes=verify -disable-output

declare void @use(...)

; CHECK-LABEL: define void @compares(
; CHECK-NEXT: call void @use(i1 true, i1 false, i1 true, i1 false, i1 true, i1 poison)
define void @compares() {
  %a = icmp ult i8 1, -1
  %b = icmp slt i8 1, -1
  %c = icmp sge i64 -9223372036854775808, -9223372036854775808
  %d = icmp ne i1 true, true
  %e = icmp ugt i33 -1, 0
  %f = icmp samesign ult i8 -1, 1
  call void @use(i1 %a, i1 %b, i1 %c, i1 %d, i1 %e, i1 %f)
  ret void
}

; CHECK-LABEL: define void @casts(
; CHECK-NEXT: call void @use(i8 -1, i32 255, i32 -1, i64 4294967295, i8 poison, i8 poison, i32 poison, i16 -128)
define void @casts() {
  %a = trunc i32 511 to i8
  %b = zext i8 -1 to i32
  %c = sext i8 -1 to i32
  %d = zext i32 -1 to i64
  %e = trunc nuw i32 256 to i8
  %f = trunc nsw i32 128 to i8
  %g = zext nneg i8 -1 to i32
  %h = sext i8 128 to i16
  call void @use(i8 %a, i32 %b, i32 %c, i64 %d, i8 %e, i8 %f, i32 %g, i16 %h)
  ret void
}

; A constant condition picks its arm, whatever the arm is; equal arms fold.
; CHECK-LABEL: define i32 @selects(
; CHECK-NEXT: %s = add i32 %x, %y
; CHECK-NEXT: call void @use(i32 %x, i32 %y, i32 %x, i32 poison)
; CHECK-NEXT: ret i32 %s
define i32 @selects(i32 %x, i32 %y, i1 %c) {
  %t = select i1 true, i32 %x, i32 %y
  %f = select i1 false, i32 %x, i32 %y
  %same = select i1 %c, i32 %x, i32 %x
  %p = select i1 poison, i32 %x, i32 %y
  %cond = icmp eq i32 1, 1
  %chained = select i1 %cond, i32 %t, i32 %f
  %s = add i32 %chained, %y
  call void @use(i32 %t, i32 %f, i32 %same, i32 %p)
  ret i32 %s
}

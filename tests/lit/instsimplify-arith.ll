; Constant folding of integer binary operators, with LLVM's wrap-around and
; the poison that a violated nuw/nsw/exact/disjoint flag produces.
; RUN: gpuopt -S -passes=instsimplify %s | FileCheck %s
; RUN: gpuopt -S -passes=instsimplify %s | opt -passes=verify -disable-output

declare void @use(...)

; CHECK-LABEL: define void @wrap(
; CHECK-NEXT: call void @use(i8 -128, i8 127, i8 0, i32 -2, i64 -9223372036854775808)
; CHECK-NEXT: ret void
define void @wrap() {
  %a = add i8 127, 1
  %b = sub i8 -128, 1
  %c = mul i8 16, 16
  %d = mul i32 2147483647, 2
  %e = shl i64 1, 63
  call void @use(i8 %a, i8 %b, i8 %c, i32 %d, i64 %e)
  ret void
}

; CHECK-LABEL: define void @flags(
; CHECK-NEXT: call void @use(i8 poison, i8 poison, i8 poison, i16 poison, i32 poison, i8 poison, i8 poison)
define void @flags() {
  %a = add nsw i8 127, 1
  %b = add nuw i8 255, 1
  %c = sub nuw i8 0, 1
  %d = mul nsw i16 256, 128
  %e = udiv exact i32 7, 2
  %f = or disjoint i8 3, 1
  %g = shl nuw i8 -128, 1
  call void @use(i8 %a, i8 %b, i8 %c, i16 %d, i32 %e, i8 %f, i8 %g)
  ret void
}

; Flags that hold leave a plain constant.
; CHECK-LABEL: define void @flags_hold(
; CHECK-NEXT: call void @use(i8 127, i8 -2, i8 4, i32 3, i8 3)
define void @flags_hold() {
  %a = add nsw nuw i8 126, 1
  %b = sub nsw i8 -1, 1
  %c = shl nuw nsw i8 1, 2
  %d = udiv exact i32 6, 2
  %e = or disjoint i8 2, 1
  call void @use(i8 %a, i8 %b, i8 %c, i32 %d, i8 %e)
  ret void
}

; Signed division rounds toward zero; INT_MIN / -1 is poison; shifts by the
; width or more are poison; division by zero is left alone.
; CHECK-LABEL: define void @division(
; CHECK-NEXT: %z = sdiv i32 1, 0
; CHECK-NEXT: call void @use(i32 -3, i32 -1, i32 poison, i32 poison, i32 poison, i32 %z, i8 -1, i8 1)
define void @division() {
  %a = sdiv i32 -7, 2
  %b = srem i32 -7, 2
  %c = sdiv i32 -2147483648, -1
  %d = srem i32 -2147483648, -1
  %e = shl i32 1, 32
  %z = sdiv i32 1, 0
  %f = ashr i8 -128, 7
  %g = lshr i8 -128, 7
  call void @use(i32 %a, i32 %b, i32 %c, i32 %d, i32 %e, i32 %z, i8 %f, i8 %g)
  ret void
}

; Folds chain through uses until nothing is left, across odd widths.
; CHECK-LABEL: define i33 @chain(
; CHECK-NEXT: ret i33 -4294967296
define i33 @chain() {
  %a = add i33 4294967295, 1
  %b = mul i33 %a, 2
  %c = xor i33 %b, -1
  %d = and i33 %c, -4294967296
  %e = sub i33 0, %a
  %f = or i33 %d, %e
  ret i33 %f
}

; Poison operands make poison; non-constant operands are left alone.
; CHECK-LABEL: define i32 @poison_in(
; CHECK-NEXT: %b = add i32 %x, 1
; CHECK-NEXT: call void @use(i32 poison)
; CHECK-NEXT: ret i32 %b
define i32 @poison_in(i32 %x) {
  %a = mul i32 poison, 3
  %b = add i32 %x, 1
  call void @use(i32 %a)
  ret i32 %b
}

; instcombine: icmp x, x folds to true or false for scalar compares only.
; A vector compare of a value with itself used to become the i1 constant
; (``ret <2 x i1> 1``, which the verifier rejects); it stays, as gpuopt has
; no vector constants to fold it to.  A scalar pointer compare still folds.
; RUN: gpuopt -S -passes=instcombine %s | FileCheck %s
; RUN: gpuopt -S -passes=instcombine %s | opt -passes=verify -disable-output

; CHECK-LABEL: define <2 x i1> @vector_self_compare(
; CHECK-NEXT: %c = icmp eq <2 x i32> %a, %a
; CHECK-NEXT: ret <2 x i1> %c
define <2 x i1> @vector_self_compare(<2 x i32> %a) {
  %c = icmp eq <2 x i32> %a, %a
  ret <2 x i1> %c
}

; CHECK-LABEL: define <4 x i1> @vector_self_compare_strict(
; CHECK-NEXT: %c = icmp slt <4 x i8> %a, %a
; CHECK-NEXT: ret <4 x i1> %c
define <4 x i1> @vector_self_compare_strict(<4 x i8> %a) {
  %c = icmp slt <4 x i8> %a, %a
  ret <4 x i1> %c
}

; CHECK-LABEL: define i1 @scalar_self_compare(
; CHECK-NEXT: ret i1 true
define i1 @scalar_self_compare(i32 %a) {
  %c = icmp sge i32 %a, %a
  ret i1 %c
}

; CHECK-LABEL: define i1 @pointer_self_compare(
; CHECK-NEXT: ret i1 false
define i1 @pointer_self_compare(ptr %p) {
  %c = icmp ne ptr %p, %p
  ret i1 %c
}

; instcombine: llvm.smul.with.overflow.i1 by 1 is by -1 (i1's 1 is -1 as a
; signed number), and -1 * -1 = 1 overflows i1: the flag is not false, so
; the mul-by-1 identity does not hold for smul in i1 (the rule table's proof
; refuted it there: tests/test_rules_proved.py).  umul by 1 and smul in
; wider types keep the identity.  opt-22 folds the i1 flags to %x; gpuopt
; keeps the call.
; RUN: gpuopt -S -passes=instcombine %s | FileCheck %s
; RUN: gpuopt -S -passes=instcombine %s | opt -passes=verify -disable-output

declare { i1, i1 } @llvm.smul.with.overflow.i1(i1, i1)
declare { i1, i1 } @llvm.umul.with.overflow.i1(i1, i1)
declare { i8, i1 } @llvm.smul.with.overflow.i8(i8, i8)

; CHECK-LABEL: define i1 @smul_i1_flag(
; CHECK: ret i1 %o
define i1 @smul_i1_flag(i1 %x) {
  %r = call { i1, i1 } @llvm.smul.with.overflow.i1(i1 %x, i1 1)
  %o = extractvalue { i1, i1 } %r, 1
  ret i1 %o
}

; CHECK-LABEL: define i1 @smul_i1_flag_left(
; CHECK: ret i1 %o
define i1 @smul_i1_flag_left(i1 %x) {
  %r = call { i1, i1 } @llvm.smul.with.overflow.i1(i1 1, i1 %x)
  %o = extractvalue { i1, i1 } %r, 1
  ret i1 %o
}

; CHECK-LABEL: define i1 @umul_i1_flag(
; CHECK-NEXT: ret i1 false
define i1 @umul_i1_flag(i1 %x) {
  %r = call { i1, i1 } @llvm.umul.with.overflow.i1(i1 %x, i1 1)
  %o = extractvalue { i1, i1 } %r, 1
  ret i1 %o
}

; CHECK-LABEL: define i1 @smul_i8_flag(
; CHECK-NEXT: ret i1 false
define i1 @smul_i8_flag(i8 %x) {
  %r = call { i8, i1 } @llvm.smul.with.overflow.i8(i8 %x, i8 1)
  %o = extractvalue { i8, i1 } %r, 1
  ret i1 %o
}

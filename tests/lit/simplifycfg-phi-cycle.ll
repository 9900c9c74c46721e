; simplifycfg: phis of blocks that lose edges and fold into each other around a
; cycle (each one's only other incoming value is the next) have no value from
; outside the cycle; they used to be replaced by each other and deleted with
; uses left (an assertion).  Reduced with llvm-reduce-22 from a random CFG
; module (300 functions over up to 3 allocas).
; RUN: gpuopt -S -passes='function(sroa,simplifycfg)' -verify-each %s | FileCheck %s
; RUN: gpuopt -S -passes='function(sroa,instcombine<no-verify-fixpoint>,early-cse,sccp,adce,simplifycfg)' %s | opt -passes=verify -disable-output

; CHECK-LABEL: define i32 @f223(
; CHECK: store i32 undef, ptr null
; CHECK-NOT: phi
; CHECK: ret i32 0
define i32 @f223(i1 %c) {
entry:
  %p1 = alloca i32, align 4
  br label %b0

b0:                                               ; preds = %b25, %entry
  %v1 = load i32, ptr %p1, align 4
  store i32 %v1, ptr null, align 4
  br i1 %c, label %b34, label %b4

b2:                                               ; preds = %b5
  store i32 0, ptr %p1, align 4
  br label %b20

b4:                                               ; preds = %b0
  br i1 %c, label %b5, label %b27

b5:                                               ; preds = %b12, %b4
  br i1 %c, label %b2, label %b19

b12:                                              ; preds = %b35, %b20
  br label %b5

b15:                                              ; preds = %b19, %b15
  br i1 %c, label %b35, label %b15

b19:                                              ; preds = %b5
  br i1 %c, label %b15, label %b26

b20:                                              ; preds = %b2
  br i1 %c, label %b25, label %b12

b25:                                              ; preds = %b26, %b20
  br label %b0

b26:                                              ; preds = %b19
  br label %b25

b27:                                              ; preds = %b4
  ret i32 0

b34:                                              ; preds = %b0
  ret i32 0

b35:                                              ; preds = %b15
  br label %b12
}

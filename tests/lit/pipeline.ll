; Pipelines in opt's grammar: nesting, repeat<N>, instsimplify then dce.
; RUN: gpuopt -S -passes='function(instsimplify,dce)' %s | FileCheck %s
; RUN: gpuopt -S -passes='module(repeat<2>(function(instsimplify)),dce)' -verify-each %s | FileCheck %s
; RUN: gpuopt -S -passes=instsimplify,dce -stats -disable-output %s 2>&1 | FileCheck %s --check-prefix=STATS

; CHECK-LABEL: define i32 @f(
; CHECK-NEXT: %r = add i32 %x, 20
; CHECK-NEXT: ret i32 %r
define i32 @f(i32 %x) {
  %a = mul i32 4, 5
  %unused = add i32 %x, %a
  %r = add i32 %x, %a
  %c = icmp sgt i32 %a, 10
  %s = select i1 %c, i32 %r, i32 0
  ret i32 %s
}

; STATS: Statistics Collected
; STATS: 1 dce - Number of insts removed
; STATS: 3 instsimplify - Number of instructions simplified

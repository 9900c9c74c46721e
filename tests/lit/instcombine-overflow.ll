; instcombine: llvm.{u,s}{add,sub,mul}.with.overflow of two constants, or of
; an identity operand, give their parts to the extractvalues that read them;
; the calls, readnone intrinsics, then go.  The expected values are opt-22's.
; RUN: gpuopt -S -passes=instcombine %s | FileCheck %s
; RUN: gpuopt -S -passes=instcombine %s | opt -passes=verify -disable-output

; CHECK-LABEL: define void @f(
; CHECK-NEXT: %j = call { i32, i1 } @llvm.sadd.with.overflow.i32(i32 %y, i32 1)
; CHECK-NEXT: %j0 = extractvalue { i32, i1 } %j, 0
; CHECK-NEXT: call void (...) @use(i64 64, i1 false, i64 -2, i1 true, i32 -2147483648, i1 true, i8 -128, i1 false, i1 true, i1 true, i16 -2, i1 true, i64 %x, i1 false, i32 %y, i32 %j0)
; CHECK-NEXT: ret void
declare { i64, i1 } @llvm.umul.with.overflow.i64(i64, i64)
declare { i32, i1 } @llvm.sadd.with.overflow.i32(i32, i32)
declare { i8, i1 } @llvm.smul.with.overflow.i8(i8, i8)
declare { i64, i1 } @llvm.smul.with.overflow.i64(i64, i64)
declare { i16, i1 } @llvm.usub.with.overflow.i16(i16, i16)
declare void @use(...)
define void @f(i64 %x, i32 %y) {
  %a = call { i64, i1 } @llvm.umul.with.overflow.i64(i64 2, i64 32)
  %a0 = extractvalue { i64, i1 } %a, 0
  %a1 = extractvalue { i64, i1 } %a, 1
  %b = call { i64, i1 } @llvm.umul.with.overflow.i64(i64 -1, i64 2)
  %b0 = extractvalue { i64, i1 } %b, 0
  %b1 = extractvalue { i64, i1 } %b, 1
  %c = call { i32, i1 } @llvm.sadd.with.overflow.i32(i32 2147483647, i32 1)
  %c0 = extractvalue { i32, i1 } %c, 0
  %c1 = extractvalue { i32, i1 } %c, 1
  %d = call { i8, i1 } @llvm.smul.with.overflow.i8(i8 -16, i8 8)
  %d0 = extractvalue { i8, i1 } %d, 0
  %d1 = extractvalue { i8, i1 } %d, 1
  %e = call { i8, i1 } @llvm.smul.with.overflow.i8(i8 -16, i8 9)
  %e1 = extractvalue { i8, i1 } %e, 1
  %f = call { i64, i1 } @llvm.smul.with.overflow.i64(i64 -1, i64 -9223372036854775808)
  %f1 = extractvalue { i64, i1 } %f, 1
  %g = call { i16, i1 } @llvm.usub.with.overflow.i16(i16 3, i16 5)
  %g0 = extractvalue { i16, i1 } %g, 0
  %g1 = extractvalue { i16, i1 } %g, 1
  %h = call { i64, i1 } @llvm.umul.with.overflow.i64(i64 %x, i64 1)
  %h0 = extractvalue { i64, i1 } %h, 0
  %h1 = extractvalue { i64, i1 } %h, 1
  %i = call { i32, i1 } @llvm.sadd.with.overflow.i32(i32 %y, i32 0)
  %i0 = extractvalue { i32, i1 } %i, 0
  %j = call { i32, i1 } @llvm.sadd.with.overflow.i32(i32 %y, i32 1)
  %j0 = extractvalue { i32, i1 } %j, 0
  call void (...) @use(i64 %a0, i1 %a1, i64 %b0, i1 %b1, i32 %c0, i1 %c1, i8 %d0, i1 %d1, i1 %e1, i1 %f1, i16 %g0, i1 %g1, i64 %h0, i1 %h1, i32 %i0, i32 %j0)
  ret void
}

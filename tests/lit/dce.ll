; dce removes unused side-effect-free instructions to a fixed point, keeps
; anything that may write memory or trap by contract, and leaves debug records
; naming poison.
; RUN: gpuopt -S -passes=dce %s | FileCheck %s
; RUN: gpuopt -S -passes=dce %s | opt -passes=verify -disable-output

declare i32 @effect(i32)

; CHECK-LABEL: define i32 @chain(
; CHECK-NEXT: %keep = add i32 %x, 1
; CHECK-NEXT: #dbg_value(i32 poison
; CHECK-NEXT: store volatile i32 %keep, ptr %p
; CHECK-NEXT: %v = load volatile i32, ptr %p
; CHECK-NEXT: %r = call i32 @effect(i32 %x)
; CHECK-NEXT: ret i32 %keep
define i32 @chain(i32 %x, ptr %p) !dbg !6 {
  %a = mul i32 %x, %x
  %b = add i32 %a, 7
  %c = icmp eq i32 %b, 0
  %d = zext i1 %c to i64
  %keep = add i32 %x, 1
  %slot = alloca i32, align 4
  %dead_load = load i32, ptr %p, align 4
    #dbg_value(i32 %b, !9, !DIExpression(), !11)
  store volatile i32 %keep, ptr %p
  %v = load volatile i32, ptr %p
  %r = call i32 @effect(i32 %x)
  ret i32 %keep
}

; Unused phis in a loop go; a phi cycle that only feeds itself stays, as in
; LLVM's dce (adce removes it).
; CHECK-LABEL: define void @loop(
; CHECK: loop:
; CHECK-NEXT: %i = phi i32 [ 0, %entry ], [ %next, %loop ]
; CHECK-NEXT: %next = add i32 %i, 1
; CHECK-NEXT: %done = icmp eq i32 %next, %n
; CHECK-NEXT: br i1 %done
define void @loop(i32 %n) {
entry:
  br label %loop
loop:
  %i = phi i32 [ 0, %entry ], [ %next, %loop ]
  %unused = phi i32 [ 1, %entry ], [ 2, %loop ]
  %next = add i32 %i, 1
  %twice = shl i32 %next, 1
  %done = icmp eq i32 %next, %n
  br i1 %done, label %exit, label %loop
exit:
  ret void
}

; Deleting numbered values renumbers the rest, blocks included.
; CHECK-LABEL: define i32 @numbered(
; CHECK-NEXT: %3 = add i32 %0, %1
; CHECK-NEXT: br label %4
; CHECK: 4:
; CHECK-NEXT: ret i32 %3
define i32 @numbered(i32 %0, i32 %1) {
  %3 = mul i32 %0, %1
  %4 = add i32 %0, %1
  br label %5
5:
  ret i32 %4
}

!llvm.dbg.cu = !{!0}
!llvm.module.flags = !{!5}
!0 = distinct !DICompileUnit(language: DW_LANG_C11, file: !1, producer: "clang", isOptimized: false, runtimeVersion: 0, emissionKind: FullDebug)
!1 = !DIFile(filename: "t.c", directory: "/tmp")
!5 = !{i32 2, !"Debug Info Version", i32 3}
!6 = distinct !DISubprogram(name: "chain", scope: !1, file: !1, line: 1, type: !7, spFlags: DISPFlagDefinition, unit: !0)
!7 = !DISubroutineType(types: !8)
!8 = !{}
!9 = !DILocalVariable(name: "b", scope: !6, file: !1, line: 2, type: !10)
!10 = !DIBasicType(name: "int", size: 32, encoding: DW_ATE_signed)
!11 = !DILocation(line: 2, scope: !6)

; An unused call of an intrinsic that touches no memory goes; an unused
; call of any other function stays
; CHECK-LABEL: define void @readnone_intrinsic(
; CHECK-NEXT: %e = call i32 @effect(i32 %x)
; CHECK-NEXT: ret void
declare i32 @llvm.umax.i32(i32, i32)
declare { i32, i1 } @llvm.uadd.with.overflow.i32(i32, i32)
define void @readnone_intrinsic(i32 %x) {
  %m = call i32 @llvm.umax.i32(i32 %x, i32 3)
  %o = call { i32, i1 } @llvm.uadd.with.overflow.i32(i32 %x, i32 %x)
  %e = call i32 @effect(i32 %x)
  ret void
}

; mem2reg: phis at the iterated dominance frontier of the stores, pruned to
; where the alloca is live; loads read the nearest dominating store or phi.
; RUN: gpuopt -S -passes=mem2reg %s | FileCheck %s
; RUN: gpuopt -S -passes=mem2reg %s | opt -passes=verify -disable-output

; A diamond: one phi at the join; the entry path reads undef, which the phi
; simplification keeps because the other value is a constant.
; CHECK-LABEL: define i32 @diamond(
; CHECK-NOT: alloca
; CHECK: join:
; CHECK-NEXT: %[[P:[0-9]+]] = phi i32 [ 1, %then ], [ 2, %else ]
; CHECK-NEXT: ret i32 %[[P]]
define i32 @diamond(i1 %c) {
entry:
  %a = alloca i32, align 4
  br i1 %c, label %then, label %else
then:
  store i32 1, ptr %a, align 4
  br label %join
else:
  store i32 2, ptr %a, align 4
  br label %join
join:
  %v = load i32, ptr %a, align 4
  ret i32 %v
}

; A counting loop: the induction variable and the sum become phis in the
; header; a store earlier in the same block feeds a later load directly.
; CHECK-LABEL: define i32 @loop(
; CHECK-NOT: alloca
; CHECK: header:
; CHECK-DAG: phi i32 [ 0, %entry ], [ %{{.*}}, %body ]
; CHECK-DAG: phi i32 [ 0, %entry ], [ %{{.*}}, %body ]
; CHECK: body:
; CHECK-NOT: load
; CHECK: ret i32
define i32 @loop(i32 %n) {
entry:
  %i = alloca i32, align 4
  %s = alloca i32, align 4
  store i32 0, ptr %i, align 4
  store i32 0, ptr %s, align 4
  br label %header
header:
  %iv = load i32, ptr %i, align 4
  %done = icmp sge i32 %iv, %n
  br i1 %done, label %exit, label %body
body:
  %sv = load i32, ptr %s, align 4
  %sum = add i32 %sv, %iv
  store i32 %sum, ptr %s, align 4
  %again = load i32, ptr %s, align 4
  %next = add i32 %iv, 1
  store i32 %next, ptr %i, align 4
  br label %header
exit:
  %r = load i32, ptr %s, align 4
  ret i32 %r
}

; Not promotable: the address escapes to a call, a volatile access, a load of
; another type, an array size.  A pointer kept only in a promotable slot is
; promoted once that slot is gone.
; CHECK-LABEL: define i32 @escapes(
; CHECK-NEXT: %esc = alloca i32
; CHECK-NEXT: %vol = alloca i32
; CHECK-NEXT: %pun = alloca i32
; CHECK-NEXT: %arr = alloca i32, i32 4
; CHECK-NOT: alloca
; CHECK: call void @take(ptr %esc)
; CHECK: ret i32
declare void @take(ptr)
define i32 @escapes() {
  %esc = alloca i32
  %vol = alloca i32
  %pun = alloca i32
  %arr = alloca i32, i32 4
  %inner = alloca i32
  %slot = alloca ptr
  call void @take(ptr %esc)
  store volatile i32 1, ptr %vol
  store i32 7, ptr %pun
  %h = load i16, ptr %pun
  store i32 3, ptr %arr
  store ptr %inner, ptr %slot
  store i32 5, ptr %inner
  %p = load ptr, ptr %slot
  %x = load i32, ptr %p
  ret i32 %x
}

; A load before any store reads undef, as LLVM's mem2reg gives it.
; CHECK-LABEL: define i32 @uninitialized(
; CHECK-NEXT: ret i32 undef
define i32 @uninitialized() {
  %a = alloca i32
  %v = load i32, ptr %a
  ret i32 %v
}

; Debug records of promoted allocas go with them.
; CHECK-LABEL: define i32 @debug(
; CHECK-NOT: #dbg_declare
; CHECK: ret i32 %x
define i32 @debug(i32 %x) !dbg !6 {
  %a = alloca i32
    #dbg_declare(ptr %a, !9, !DIExpression(), !11)
  store i32 %x, ptr %a
  %v = load i32, ptr %a
  ret i32 %v
}

!llvm.dbg.cu = !{!0}
!llvm.module.flags = !{!5}
!0 = distinct !DICompileUnit(language: DW_LANG_C11, file: !1, producer: "clang", isOptimized: false, runtimeVersion: 0, emissionKind: FullDebug)
!1 = !DIFile(filename: "t.c", directory: "/tmp")
!5 = !{i32 2, !"Debug Info Version", i32 3}
!6 = distinct !DISubprogram(name: "debug", scope: !1, file: !1, line: 1, type: !7, spFlags: DISPFlagDefinition, unit: !0)
!7 = !DISubroutineType(types: !8)
!8 = !{}
!9 = !DILocalVariable(name: "a", scope: !6, file: !1, line: 2, type: !10)
!10 = !DIBasicType(name: "int", size: 32, encoding: DW_ATE_signed)
!11 = !DILocation(line: 2, scope: !6)

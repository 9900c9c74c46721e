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

; A declare becomes a #dbg_value of the stored value where each store was,
; with a line-0 location in the declare's scope (LLVM's getDebugValueLoc).
; CHECK-LABEL: define i32 @debug(
; CHECK-NOT: #dbg_declare
; CHECK: #dbg_value(i32 %x, !9, !DIExpression(), ![[LOC:[0-9]+]])
; CHECK-NEXT: ret i32 %x
define i32 @debug(i32 %x) !dbg !6 {
  %a = alloca i32
    #dbg_declare(ptr %a, !9, !DIExpression(), !11)
  store i32 %x, ptr %a
  %v = load i32, ptr %a
  ret i32 %v
}

; A store in each branch: a #dbg_value after each store and one naming the
; phi after the join's phis.
; CHECK-LABEL: define i32 @debug_diamond(
; CHECK-NOT: #dbg_declare
; CHECK: then:
; CHECK-NEXT: #dbg_value(i32 1, !23, !DIExpression(), ![[DLOC:[0-9]+]])
; CHECK-NEXT: br label %join
; CHECK: else:
; CHECK-NEXT: #dbg_value(i32 %x, !23, !DIExpression(), ![[DLOC]])
; CHECK-NEXT: br label %join
; CHECK: join:
; CHECK-NEXT: %[[P:[0-9]+]] = phi i32 [ 1, %then ], [ %x, %else ]
; CHECK-NEXT: #dbg_value(i32 %[[P]], !23, !DIExpression(), ![[DLOC]])
; CHECK-NEXT: ret i32 %[[P]]
define i32 @debug_diamond(i1 %c, i32 %x) !dbg !20 {
entry:
  %a = alloca i32
    #dbg_declare(ptr %a, !23, !DIExpression(), !24)
  br i1 %c, label %then, label %else
then:
  store i32 1, ptr %a
  br label %join
else:
  store i32 %x, ptr %a
  br label %join
join:
  %v = load i32, ptr %a
  ret i32 %v
}

; No store: loads read undef and the declare goes without a #dbg_value.  No
; load or store at all: LLVM only erases the alloca, so the declare stays
; and names poison.
; CHECK-LABEL: define i32 @debug_no_store(
; CHECK-NEXT: #dbg_declare(ptr poison, !26, !DIExpression(), !27)
; CHECK-NEXT: ret i32 undef
define i32 @debug_no_store() !dbg !21 {
  %a = alloca i32
  %b = alloca i32
    #dbg_declare(ptr %a, !25, !DIExpression(), !27)
    #dbg_declare(ptr %b, !26, !DIExpression(), !27)
  %v = load i32, ptr %a
  ret i32 %v
}

; Expressions: a fragment the stored value covers and a lone DW_OP_deref keep
; the value; a variable wider than the stored value, or an expression that
; starts with a deref and goes on, get poison at the stores.  At the phi only
; the size counts: the wider variable gets nothing.  The line-0 location keeps
; the declare's inlinedAt.
; CHECK-LABEL: define i32 @debug_expressions(
; CHECK: then:
; CHECK-NEXT: #dbg_value(i32 1, !30, !DIExpression(DW_OP_LLVM_fragment, 0, 32), ![[ILOC:[0-9]+]])
; CHECK-NEXT: #dbg_value(i32 1, !31, !DIExpression(DW_OP_deref), ![[ELOC:[0-9]+]])
; CHECK-NEXT: #dbg_value(i32 poison, !32, !DIExpression(), ![[ELOC]])
; CHECK-NEXT: #dbg_value(i32 poison, !33, !DIExpression(DW_OP_deref, DW_OP_plus_uconst, 2), ![[ELOC]])
; CHECK-NEXT: br label %join
; CHECK: join:
; CHECK-COUNT-4: phi i32
; CHECK-NEXT: #dbg_value(i32 %{{[0-9]+}}, !30, !DIExpression(DW_OP_LLVM_fragment, 0, 32), ![[ILOC]])
; CHECK-NEXT: #dbg_value(i32 %{{[0-9]+}}, !31, !DIExpression(DW_OP_deref), ![[ELOC]])
; CHECK-NEXT: #dbg_value(i32 %{{[0-9]+}}, !33, !DIExpression(DW_OP_deref, DW_OP_plus_uconst, 2), ![[ELOC]])
; CHECK-NEXT: call void @use4(
define i32 @debug_expressions(i1 %c, i32 %x) !dbg !22 {
entry:
  %f = alloca i32
  %d = alloca i32
  %w = alloca i32
  %e = alloca i32
    #dbg_declare(ptr %f, !30, !DIExpression(DW_OP_LLVM_fragment, 0, 32), !36)
    #dbg_declare(ptr %d, !31, !DIExpression(DW_OP_deref), !34)
    #dbg_declare(ptr %w, !32, !DIExpression(), !34)
    #dbg_declare(ptr %e, !33, !DIExpression(DW_OP_deref, DW_OP_plus_uconst, 2), !34)
  br i1 %c, label %then, label %else
then:
  store i32 1, ptr %f
  store i32 1, ptr %d
  store i32 1, ptr %w
  store i32 1, ptr %e
  br label %join
else:
  store i32 %x, ptr %f
  store i32 %x, ptr %d
  store i32 %x, ptr %w
  store i32 %x, ptr %e
  br label %join
join:
  %vf = load i32, ptr %f
  %vd = load i32, ptr %d
  %vw = load i32, ptr %w
  %ve = load i32, ptr %e
  call void @use4(i32 %vf, i32 %vd, i32 %vw, i32 %ve)
  ret i32 %vf
}
declare void @use4(i32, i32, i32, i32)

; The line-0 locations: one the module has already, the others new.
; CHECK: !11 = !DILocation(line: 2, scope: !6)
; CHECK: ![[LOC]] = !DILocation(line: 0, scope: !6)
; CHECK: ![[DLOC]] = !DILocation(line: 0, scope: !20)
; CHECK: ![[ILOC]] = !DILocation(line: 0, scope: !35, inlinedAt: !34)
; CHECK: ![[ELOC]] = !DILocation(line: 0, scope: !22)

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
!12 = !DILocation(line: 0, scope: !6)
!16 = !DIBasicType(name: "long", size: 64, encoding: DW_ATE_signed)
!20 = distinct !DISubprogram(name: "debug_diamond", scope: !1, file: !1, line: 10, type: !7, spFlags: DISPFlagDefinition, unit: !0)
!21 = distinct !DISubprogram(name: "debug_no_store", scope: !1, file: !1, line: 20, type: !7, spFlags: DISPFlagDefinition, unit: !0)
!22 = distinct !DISubprogram(name: "debug_expressions", scope: !1, file: !1, line: 30, type: !7, spFlags: DISPFlagDefinition, unit: !0)
!23 = !DILocalVariable(name: "a", scope: !20, file: !1, line: 11, type: !10)
!24 = !DILocation(line: 11, scope: !20)
!25 = !DILocalVariable(name: "a", scope: !21, file: !1, line: 21, type: !10)
!26 = !DILocalVariable(name: "b", scope: !21, file: !1, line: 22, type: !10)
!27 = !DILocation(line: 21, scope: !21)
!30 = !DILocalVariable(name: "f", scope: !35, file: !1, line: 41, type: !16)
!31 = !DILocalVariable(name: "d", scope: !22, file: !1, line: 31, type: !10)
!32 = !DILocalVariable(name: "w", scope: !22, file: !1, line: 32, type: !16)
!33 = !DILocalVariable(name: "e", scope: !22, file: !1, line: 33, type: !10)
!34 = !DILocation(line: 31, scope: !22)
!35 = distinct !DISubprogram(name: "callee", scope: !1, file: !1, line: 40, type: !7, spFlags: DISPFlagDefinition, unit: !0)
!36 = !DILocation(line: 41, scope: !35, inlinedAt: !34)

; simplifycfg: invokes that cannot unwind become calls (LLVM's markAliveBlocks),
; and so do invokes whose landing pad only resumes what it caught (LLVM's
; simplifyResume); the landing pads then go as unreachable blocks.
; RUN: gpuopt -S -passes=simplifycfg -verify-each %s | FileCheck %s
; RUN: gpuopt -S -passes=simplifycfg %s | opt -passes=verify -disable-output

declare void @may_throw(i32)
declare i32 @no_throw(i32) #0
declare void @inline_no_throw() nounwind
declare void @site()
declare i32 @__gxx_personality_v0(...)
declare i32 @_except_handler3(...)
declare void @llvm.lifetime.end.p0(ptr)
declare void @llvm.donothing()

; A nounwind callee (through its attribute group, inline, or at the call
; site) keeps its attributes and metadata as a call; the landing pad loses the
; phi entries of those blocks, and a phi left with one value becomes it.
; CHECK-LABEL: define i32 @nounwind_callees(
; CHECK-NEXT: entry:
; CHECK-NEXT: %r = call i32 @no_throw(i32 %x) #1, !dbg !5
; CHECK-NEXT: call void @site() #0
; CHECK-NEXT: call void @inline_no_throw()
; CHECK-NEXT: call void @llvm.donothing()
; CHECK-NEXT: invoke void @may_throw(i32 %r)
; CHECK-NEXT: to label %done unwind label %lp
; CHECK: lp:
; CHECK-NEXT: %l = landingpad { ptr, i32 }
; CHECK-NEXT: cleanup
; CHECK-NEXT: call void @may_throw(i32 5)
define i32 @nounwind_callees(i32 %x) personality ptr @__gxx_personality_v0 {
entry:
  %r = invoke i32 @no_throw(i32 %x) #1
          to label %ok unwind label %lp, !dbg !5
ok:
  invoke void @site() #0
          to label %ok2 unwind label %lp
ok2:
  invoke void @inline_no_throw()
          to label %ok3 unwind label %lp
ok3:
  invoke void @llvm.donothing()
          to label %ok4 unwind label %lp
ok4:
  invoke void @may_throw(i32 %r)
          to label %done unwind label %lp
done:
  ret i32 %r
lp:
  %p = phi i32 [ 1, %entry ], [ 2, %ok ], [ 3, %ok2 ], [ 4, %ok3 ], [ 5, %ok4 ]
  %l = landingpad { ptr, i32 }
          cleanup
  call void @may_throw(i32 %p)
  resume { ptr, i32 } %l
}

; A cleanup pad that only resumes (debug records and lifetime ends aside):
; every invoke that unwinds there becomes a call and the pad goes.
; CHECK-LABEL: define void @single(
; CHECK-NEXT: entry:
; CHECK-NEXT: %a = alloca i32
; CHECK-NEXT: call void @may_throw(i32 %x)
; CHECK-NEXT: call void @may_throw(i32 1)
; CHECK-NEXT: ret void
; CHECK-NEXT: }
define void @single(i32 %x) personality ptr @__gxx_personality_v0 {
entry:
  %a = alloca i32
  invoke void @may_throw(i32 %x)
          to label %ok unwind label %lp
ok:
  invoke void @may_throw(i32 1)
          to label %ok2 unwind label %lp
ok2:
  ret void
lp:
  %p = phi i32 [ 1, %entry ], [ 2, %ok ]
  %l = landingpad { ptr, i32 }
          cleanup
    #dbg_value(i32 %p, !6, !DIExpression(), !5)
  call void @llvm.lifetime.end.p0(ptr %a)
  resume { ptr, i32 } %l
}

; The resumed value rebuilt from the landingpad's two fields is the
; landingpad's value (LLVM's instcombine folds it so before simplifycfg).
; CHECK-LABEL: define i32 @rebuilt(
; CHECK-NEXT: entry:
; CHECK-NEXT: %v = call i32 @may_return(i32 %x)
; CHECK-NEXT: ret i32 %v
; CHECK-NEXT: }
declare i32 @may_return(i32)
define i32 @rebuilt(i32 %x) personality ptr @__gxx_personality_v0 {
entry:
  %v = invoke i32 @may_return(i32 %x)
          to label %ok unwind label %lp
ok:
  ret i32 %v
lp:
  %l = landingpad { ptr, i32 }
          cleanup
  %e0 = extractvalue { ptr, i32 } %l, 0
  %e1 = extractvalue { ptr, i32 } %l, 1
  %i0 = insertvalue { ptr, i32 } poison, ptr %e0, 0
  %i1 = insertvalue { ptr, i32 } %i0, i32 %e1, 1
  resume { ptr, i32 } %i1
}

; A resume shared by several pads through a phi: the pads that only branch
; there go, the one that does work stays.
; CHECK-LABEL: define void @common(
; CHECK-NEXT: entry:
; CHECK-NEXT: call void @may_throw(i32 %x)
; CHECK-NEXT: call void @may_throw(i32 1)
; CHECK-NEXT: invoke void @may_throw(i32 2)
; CHECK-NEXT: to label %ok3 unwind label %lp3
; CHECK: lp3:
; CHECK-NEXT: %l3 = landingpad
; CHECK-NEXT: cleanup
; CHECK-NEXT: call void @may_throw(i32 0)
; CHECK-NEXT: resume { ptr, i32 } %l3
define void @common(i32 %x) personality ptr @__gxx_personality_v0 {
entry:
  invoke void @may_throw(i32 %x)
          to label %ok unwind label %lp
ok:
  invoke void @may_throw(i32 1)
          to label %ok2 unwind label %lp2
ok2:
  invoke void @may_throw(i32 2)
          to label %ok3 unwind label %lp3
ok3:
  ret void
lp:
  %l = landingpad { ptr, i32 }
          cleanup
  br label %r
lp2:
  %l2 = landingpad { ptr, i32 }
          cleanup
  br label %r
lp3:
  %l3 = landingpad { ptr, i32 }
          cleanup
  call void @may_throw(i32 0)
  br label %r
r:
  %v = phi { ptr, i32 } [ %l, %lp ], [ %l2, %lp2 ], [ %l3, %lp3 ]
  resume { ptr, i32 } %v
}

; The same through phis of the two fields, rebuilt after them.
; CHECK-LABEL: define void @common_fields(
; CHECK-NEXT: entry:
; CHECK-NEXT: call void @may_throw(i32 %x)
; CHECK-NEXT: call void @may_throw(i32 1)
; CHECK-NEXT: ret void
; CHECK-NEXT: }
define void @common_fields(i32 %x) personality ptr @__gxx_personality_v0 {
entry:
  invoke void @may_throw(i32 %x)
          to label %ok unwind label %lp
ok:
  invoke void @may_throw(i32 1)
          to label %ok2 unwind label %lp2
ok2:
  ret void
lp:
  %l = landingpad { ptr, i32 }
          cleanup
  %a0 = extractvalue { ptr, i32 } %l, 0
  %a1 = extractvalue { ptr, i32 } %l, 1
  br label %r
lp2:
  %l2 = landingpad { ptr, i32 }
          cleanup
  %b0 = extractvalue { ptr, i32 } %l2, 0
  %b1 = extractvalue { ptr, i32 } %l2, 1
  br label %r
r:
  %f0 = phi ptr [ %a0, %lp ], [ %b0, %lp2 ]
  %f1 = phi i32 [ %a1, %lp ], [ %b1, %lp2 ]
  %i0 = insertvalue { ptr, i32 } poison, ptr %f0, 0
  %i1 = insertvalue { ptr, i32 } %i0, i32 %f1, 1
  resume { ptr, i32 } %i1
}

; A rebuild from the fields of a phi of landingpads is that phi.
; CHECK-LABEL: define void @common_rebuilt(
; CHECK-NEXT: entry:
; CHECK-NEXT: call void @may_throw(i32 %x)
; CHECK-NEXT: call void @may_throw(i32 1)
; CHECK-NEXT: ret void
; CHECK-NEXT: }
define void @common_rebuilt(i32 %x) personality ptr @__gxx_personality_v0 {
entry:
  invoke void @may_throw(i32 %x)
          to label %ok unwind label %lp
ok:
  invoke void @may_throw(i32 1)
          to label %ok2 unwind label %lp2
ok2:
  ret void
lp:
  %l = landingpad { ptr, i32 }
          cleanup
  br label %r
lp2:
  %l2 = landingpad { ptr, i32 }
          cleanup
  br label %r
r:
  %v = phi { ptr, i32 } [ %l, %lp ], [ %l2, %lp2 ]
  %e0 = extractvalue { ptr, i32 } %v, 0
  %e1 = extractvalue { ptr, i32 } %v, 1
  %i0 = insertvalue { ptr, i32 } poison, ptr %e0, 0
  %i1 = insertvalue { ptr, i32 } %i0, i32 %e1, 1
  resume { ptr, i32 } %i1
}

; Kept: a pad with a catch clause (LLVM drops it too), one that resumes
; something else or a field of its own, and any invoke under a personality that
; catches asynchronous exceptions.
; CHECK-LABEL: define void @kept(
; CHECK: invoke void @may_throw(i32 %x)
; CHECK: invoke void @may_throw(i32 1)
; CHECK: invoke void @may_throw(i32 2)
; CHECK: landingpad
; CHECK-NEXT: catch ptr null
define void @kept(i32 %x, { ptr, i32 } %other) personality ptr @__gxx_personality_v0 {
entry:
  invoke void @may_throw(i32 %x)
          to label %ok unwind label %lp
ok:
  invoke void @may_throw(i32 1)
          to label %ok2 unwind label %lp2
ok2:
  invoke void @may_throw(i32 2)
          to label %ok3 unwind label %lp3
ok3:
  ret void
lp:
  %l = landingpad { ptr, i32 }
          catch ptr null
  resume { ptr, i32 } %l
lp2:
  %l2 = landingpad { ptr, i32 }
          cleanup
  resume { ptr, i32 } %other
lp3:
  %l3 = landingpad { ptr, i32 }
          cleanup
  %e0 = extractvalue { ptr, i32 } %l3, 0
  %e1 = extractvalue { ptr, i32 } %l3, 1
  %i0 = insertvalue { ptr, i32 } poison, ptr %e0, 0
  %i1 = insertvalue { ptr, i32 } %i0, i32 0, 1
  resume { ptr, i32 } %i1
}

; CHECK-LABEL: define void @asynchronous(
; CHECK: invoke void @site() #0
define void @asynchronous() personality ptr @_except_handler3 {
entry:
  invoke void @site() #0
          to label %ok unwind label %lp
ok:
  ret void
lp:
  %l = landingpad { ptr, i32 }
          catch ptr null
  call void @may_throw(i32 0)
  unreachable
}

attributes #0 = { nounwind }
attributes #1 = { cold }

!llvm.module.flags = !{!0}
!llvm.dbg.cu = !{!1}
!0 = !{i32 2, !"Debug Info Version", i32 3}
!1 = distinct !DICompileUnit(language: DW_LANG_C99, file: !2, emissionKind: FullDebug)
!2 = !DIFile(filename: "a.c", directory: "/")
!3 = distinct !DISubprogram(name: "a", scope: !2, file: !2, line: 1, type: !4, spFlags: DISPFlagDefinition, unit: !1)
!4 = !DISubroutineType(types: !7)
!5 = !DILocation(line: 1, scope: !3)
!6 = !DILocalVariable(name: "p", scope: !3, file: !2, line: 1, type: !8)
!7 = !{null}
!8 = !DIBasicType(name: "int", size: 32, encoding: DW_ATE_signed)

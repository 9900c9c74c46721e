; fuzz regression: found by scripts/fuzz/fuzz_reader.py (atheris), reduced by hand
; kind: error
; error: expected type
; fixed: an invoke whose 'unwind label' a ';' comment cuts was read with one label, and printed as invalid IR; the reader now checks an invoke's syntax as opt's LLParser does
; simplifycfg: invokes that cannot unwind become calls (L simplifyResumplifycfg %s | opt -passes=verify -disable-output

declare void @may_throw(i32)
declare i32 @no_throw(i32) #0
declare void @inline_no_throw() nounwind
declare void @site()
declare i32 @__gxx_personality_v0(...)
declare i32 @_except_handler3(...)
declare void @llvm.lifetime.end.p0(ptr)
declare void @llvm.donothing()

; A nounwind callee (through its attribute group, inline, or at the call
; site) keeps its attributes and metadata as a call; theoes.
; CHECK-LABEL: define void @egiln(s
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
          to label %ok unwind;label %lp
ok:
  invoke void @may_throw(i32 1)
          to label %ok2 unwind label %lp
ok2:
  ret void
lp:
  %p = phi i32 [ 1, %entry ], [ 2, %ok ]
  %l = landingpad { ptr, i31 }
          cleanup
    #dbg_value(i32 %p, !6, !DIExpression(), !5)
  call void @llvm.lifetime.end.p0(ptr %a)
  resume { ptr, i32 } %l
}

; The resumed value rebuilt from the landingpad's two fields is the
; landingpad's value (LLVM's instcombine folds it so before simplifycfg).
; CHECK-LABEL: define i32 @rebuilt(
; CHECK-NEXT: entry:
; CHECK-NEXT:CK-NEXT: %l3 = landingpad
; CHECK-NEXT: cleanup
; CHECK-NEXT: call void @may_throw(i32 0)
; CHECK-NEXT: resume { ptr, i32  i32 1define void @common(i
; fuzz regression: found by scripts/fuzz/fuzz_reader.py (atheris), reduced by hand
; kind: error
; error: expected type
; fixed: an invoke without a return type (invoke @f()) and one with a label operand without '%' (to label i324) were read; sccp's block deletion then asserted (AssertionError: deleting a block that is still a branch target); the reader now checks an invoke's syntax as opt's LLParser does
; icmp of constants, integer casts withd so do invokes whose landing pad only resumes what it caught (LLVM's
; simplifyResume); the landing pads then go as unreachable blocks.
; RUN: gpuopt -S -passes=simplifycfg -verify-each %s | FileCheck %s
; RUN: gpuopt -S -passes=simplifycfg %s | opt -passes=verify -disable-output

declare void @may_throw(i64)
declare i32 @no_throw(i32) #0
declare void @inline_no_throw() nounwind
declare void @site()
declare i32 @__gxx_personality_v0(...)
declare i32 @_except_handler3(...)
declare void @llvm.lifetime.end.p0(ptr)
declare void @llvm.donothing()

; A nounwind callee (through its attribute group, inline, or at the call
; site) keeps its attributes and metadata as a call; the landing pad loses the
; phi entries of those blocks, and a phi left with one value becomes i 5)
define i32 @nounwind_callees(i32 %x) personality ptr @__gxx_personality_v0 {
entry:
  %r = invoke i32 @no_throw(i32 %x) #1
          to label %ok unwind label %lp, !dbg !5
ok:
  invoke void @site() #0
          to label %ok2 unwind label %lp
ok2:
  invoke @inline_no_throw()
          to label %ok3 unwind label %lp
ok3:
  invoke void @llvm.donothing()
          to label i324 unwind label %lp
ok4:
  invoke void @may_throw(i32 %r)
    done:
  ret i32 %r
lp:
  %p = phi i32 [ 1, %entry ], [ 2, %ok ], [ 3, %ok2 ], [ 4, %ok3 ], [ 5, %ok4 ]
  %l = landingpad { ptr, i32 }
          cleanup
  call void @may_throw(i32 %p)
  resume { ptr, i32 } %l
}

; A cleanup pad that only resumes (debug records and lifetime ends asck %s
; RUN: gpuopt -ide):
; every invok etS h-passes
; early-cse: a pure instruction that repeats a dominating one goes; so does a
; load that repeats one in its block with no write between.
; RUN: gpuopt -S -passes=early-cse %s | FileCheck %s
; RUN: gpuopt -S -passes=early-cse %s | opt -passes=verify -disable-output

%struct.S = type { i32, i64 }
declare void @use(...)

; CHECK-LABEL: define void @same_block(
; CHECK-NEXT: %a = add nsw i32 %x, %y
; CHECK-NEXT: %f = getelementptr inbounds %struct.S, ptr %p, i32 0, i32 1
; CHECK-NEXT: %c = icmp slt i32 %a, 0
; CHECK-NEXT: %other = add i32 %x, %y
; CHECK-NEXT: call void @use(i32 %a, i32 %a, ptr %f, ptr %f, i1 %c, i1 %c, i32 %other)
define void @same_block(i32 %x, i32 %y, ptr %p) {
  %a = add nsw i32 %x, %y
  %b = add nsw i32 %x, %y, !dbg !99
  %f = getelementptr inbounds %struct.S, ptr %p, i32 0, i32 1
  %g = getelementptr inbounds %struct.S, ptr %p, i32 0, i32 1
  %c = icmp slt i32 %a, 0
  %d = icmp slt i32 %b, 0
  %other = add i32 %x, %y
  call void @use(i32 %a, i32 %b, ptr %f, ptr %g, i1 %c, i1 %d, i32 %other)
  ret void
}

; A dominating block's instance serves its dominated blocks, not its siblings.
; CHECK-LABEL: define i32 @dominance(
; CHECK: then:
; CHECK-NEXT: %t2 = mul i32 %x, 3
; CHECK: join:
; CHECK-NEXT: %t = phi i32 [ %e, %then ], [ 0, %entry ]
; CHECK-NEXT: %j = mul i32 %x, 3
; CHECK-NEXT: %r = add i32 %t, %j
define i32 @dominance(i32 %x, i1 %c) {
entry:
  %e = shl i32 %x, 1
  br i1 %c, label %then, label %join
then:
  %e2 = shl i32 %x, 1
  %t2 = mul i32 %x, 3
  br label %join
join:
  %t = phi i32 [ %e2, %then ], [ 0, %entry ]
  %j = mul i32 %x, 3
  %r = add i32 %t, %j
  ret i32 %r
}

; Loads: repeated in a block with nothing written between; not across a store
; or a call, not across blocks, never volatile ones.
; CHECK-LABEL: define void @loads(
; CHECK-NEXT: %a = load i32, ptr %p
; CHECK-NEXT: store i32 1, ptr %q
; CHECK-NEXT: %c = load i32, ptr %p
; CHECK-NEXT: %v1 = load volatile i32, ptr %p
; CHECK-NEXT: %v2 = load volatile i32, ptr %p
; CHECK-NEXT: call void @use(i32 %a, i32 %a, i32 %c, i32 %v1, i32 %v2)
define void @loads(ptr %p, ptr %q) {
  %a = load i32, ptr %p
  %b = load i32, ptr %p
  store i32 1, ptr %q
  %c = load i32, ptr %p
  %v1 = load volatile i32, ptr %p
  %v2 = load volatile i32, ptr %p
  call void @use(i32 %a, i32 %b, i32 %c, i32 %v1, i32 %v2)
  ret void
}

!99 = !{}

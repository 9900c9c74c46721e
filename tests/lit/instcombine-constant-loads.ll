; instcombine: loads from constant globals take the constant stored there
; (transforms/constant_loads.py, LLVM's ConstantFoldLoadFromConstPtr).
; RUN: gpuopt -S -passes='instcombine<no-verify-fixpoint>' %s | FileCheck %s
; RUN: gpuopt -S -passes=instcombine %s | opt -passes=verify -disable-output
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"

%struct.P = type { i8, i32, i64 }

@var = global i32 7
@ints = private unnamed_addr constant [4 x i32] [i32 1, i32 2, i32 -3, i32 4], align 16
@str = private unnamed_addr constant [6 x i8] c"hello\00", align 1
@zero = internal constant [8 x i64] zeroinitializer, align 16
@pt = dso_local constant %struct.P { i8 5, i32 100000, i64 -2 }, align 8
@ptrs = private unnamed_addr constant [1 x [3 x ptr]] [[3 x ptr] [ptr @var, ptr null, ptr @var]], align 16
@bools = private constant { i1, i1 } { i1 true, i1 false }, align 1
@part = private constant <{ [8 x i8], [8 x i8] }> <{ [8 x i8] zeroinitializer, [8 x i8] undef }>, align 8
@mutable = global [2 x i32] [i32 1, i32 2], align 4
@floats = private constant [2 x float] [float 1.000000e+00, float 2.000000e+00], align 4
@ext = private externally_initialized constant i32 9, align 4
@weak = weak constant i32 11, align 4
@odr = linkonce_odr constant i32 12, align 4
@decl = external constant i32
@avail = available_externally constant i32 14, align 4
@tls = internal thread_local constant i32 13, align 4
@words = private constant { [5 x i8], i8 } { [5 x i8] c"undef", i8 poison }, align 1

declare void @use(...)

; integer leaves: whole leaves, a byte and two bytes of one (little-endian),
; and an i64 spanning two i32 leaves
; CHECK-LABEL: define void @integers(
; CHECK-NEXT: call void @use(i32 1, i32 -3, i32 4, i8 -3, i16 -1, i64 8589934593)
; CHECK-NEXT: ret void
; CHECK-NEXT: }
define void @integers() {
  %first = load i32, ptr @ints, align 4
  %p = getelementptr inbounds [4 x i32], ptr @ints, i64 0, i64 2
  %third = load i32, ptr %p, align 4
  %fourth = load i32, ptr getelementptr inbounds ([4 x i32], ptr @ints, i64 0, i64 3), align 4
  %byte = load i8, ptr %p, align 1
  %q = getelementptr inbounds i8, ptr %p, i64 2
  %high = load i16, ptr %q, align 2
  %pair = load i64, ptr @ints, align 8
  call void @use(i32 %first, i32 %third, i32 %fourth, i8 %byte, i16 %high, i64 %pair)
  ret void
}

; c"..." strings are i8 leaves: 'e', "hell" and "o\00"
; CHECK-LABEL: define void @strings(
; CHECK-NEXT: call void @use(i8 101, i32 1819043176, i16 111)
; CHECK-NEXT: ret void
; CHECK-NEXT: }
define void @strings() {
  %p = getelementptr inbounds [6 x i8], ptr @str, i64 0, i64 1
  %e = load i8, ptr %p, align 1
  %word = load i32, ptr @str, align 1
  %tail = load i16, ptr getelementptr inbounds (i8, ptr @str, i64 4), align 1
  call void @use(i8 %e, i32 %word, i16 %tail)
  ret void
}

; zeroinitializer: integers read zero, a pointer reads null
; CHECK-LABEL: define void @zeros(
; CHECK-NEXT: call void @use(i64 0, i32 0, ptr null)
; CHECK-NEXT: ret void
; CHECK-NEXT: }
define void @zeros() {
  %p = getelementptr inbounds [8 x i64], ptr @zero, i64 0, i64 3
  %a = load i64, ptr %p, align 8
  %b = load i32, ptr getelementptr inbounds (i8, ptr @zero, i64 60), align 4
  %c = load ptr, ptr @zero, align 8
  call void @use(i64 %a, i32 %b, ptr %c)
  ret void
}

; struct fields by GEP field index; a load that covers padding stays
; (LLVM reads padding as zero)
; CHECK-LABEL: define void @struct_fields(
; CHECK-NEXT: %padded = load i32, ptr @pt, align 8
; CHECK-NEXT: call void @use(i32 100000, i64 -2, i8 5, i32 %padded)
; CHECK-NEXT: ret void
; CHECK-NEXT: }
define void @struct_fields() {
  %p = getelementptr inbounds %struct.P, ptr @pt, i64 0, i32 1
  %a = load i32, ptr %p, align 4
  %q = getelementptr inbounds nuw %struct.P, ptr @pt, i64 0, i32 2
  %b = load i64, ptr %q, align 8
  %c = load i8, ptr @pt, align 8
  %padded = load i32, ptr @pt, align 8
  call void @use(i32 %a, i64 %b, i8 %c, i32 %padded)
  ret void
}

; pointer leaves: a global's name and null (then the icmp folds)
; CHECK-LABEL: define i1 @pointers(
; CHECK-NEXT: call void @use(ptr @var, ptr null)
; CHECK-NEXT: ret i1 false
; CHECK-NEXT: }
define i1 @pointers() {
  %p = getelementptr inbounds [3 x ptr], ptr @ptrs, i64 0, i64 2
  %v = load ptr, ptr %p, align 8
  %n = load ptr, ptr getelementptr inbounds (i8, ptr @ptrs, i64 8), align 8
  call void @use(ptr %v, ptr %n)
  %e = icmp eq ptr %v, null
  ret i1 %e
}

; constant-expression GEPs nested in constant-expression GEPs
; CHECK-LABEL: define void @nested_expression(
; CHECK-NEXT: call void @use(i32 -3, i8 111)
; CHECK-NEXT: ret void
; CHECK-NEXT: }
define void @nested_expression() {
  %a = load i32, ptr getelementptr inbounds (i8, ptr getelementptr inbounds ([4 x i32], ptr @ints, i64 0, i64 1), i64 4), align 4
  %b = load i8, ptr getelementptr (i8, ptr getelementptr inbounds nuw (i8, ptr getelementptr ([6 x i8], ptr @str, i64 0, i64 1), i64 2), i64 1), align 1
  call void @use(i32 %a, i8 %b)
  ret void
}

; chains of GEP instructions with constant indices, over a global and over
; a constant expression (negative steps included)
; CHECK-LABEL: define void @instruction_chain(
; CHECK-NEXT: call void @use(ptr @var, i32 -3)
; CHECK-NEXT: ret void
; CHECK-NEXT: }
define void @instruction_chain() {
  %a = getelementptr inbounds [1 x [3 x ptr]], ptr @ptrs, i64 0, i64 0
  %b = getelementptr inbounds [3 x ptr], ptr %a, i64 0, i64 1
  %c = getelementptr inbounds i8, ptr %b, i64 8
  %v = load ptr, ptr %c, align 8
  %d = getelementptr i32, ptr getelementptr inbounds ([4 x i32], ptr @ints, i64 0, i64 1), i64 2
  %e = getelementptr i8, ptr %d, i64 -4
  %w = load i32, ptr %e, align 4
  call void @use(ptr %v, i32 %w)
  ret void
}

; i1 only from an i1 leaf at exactly that offset
; CHECK-LABEL: define void @booleans(
; CHECK-NEXT: %byte = load i8, ptr @bools, align 1
; CHECK-NEXT: call void @use(i1 true, i1 false, i8 %byte)
; CHECK-NEXT: ret void
; CHECK-NEXT: }
define void @booleans() {
  %t = load i1, ptr @bools, align 1
  %f = load i1, ptr getelementptr inbounds ({ i1, i1 }, ptr @bools, i64 0, i32 1), align 1
  %byte = load i8, ptr @bools, align 1
  call void @use(i1 %t, i1 %f, i8 %byte)
  ret void
}

; undef and poison read as zero (any value refines them; LLVM gives undef
; and poison); the word inside c"undef" stays a string
; CHECK-LABEL: define void @undefined_part(
; CHECK-NEXT: call void @use(i64 0, ptr null, i64 0, i8 117, i8 0)
; CHECK-NEXT: ret void
; CHECK-NEXT: }
define void @undefined_part() {
  %a = load i64, ptr @part, align 8
  %b = load ptr, ptr @part, align 8
  %c = load i64, ptr getelementptr inbounds (i8, ptr @part, i64 8), align 8
  %u = load i8, ptr @words, align 1
  %p = load i8, ptr getelementptr inbounds (i8, ptr @words, i64 5), align 1
  call void @use(i64 %a, ptr %b, i64 %c, i8 %u, i8 %p)
  ret void
}

; definitive initializers only: linkonce_odr and available_externally fold;
; weak, externally initialized, declared and non-constant globals stay, and
; so do thread_local ones (LLVM folds those)
; CHECK-LABEL: define void @linkage(
; CHECK-NEXT: %tls = load i32, ptr @tls, align 4
; CHECK-NEXT: %weak = load i32, ptr @weak, align 4
; CHECK-NEXT: %ext = load i32, ptr @ext, align 4
; CHECK-NEXT: %decl = load i32, ptr @decl, align 4
; CHECK-NEXT: %mutable = load i32, ptr @mutable, align 4
; CHECK-NEXT: call void @use(i32 12, i32 14, i32 %tls, i32 %weak, i32 %ext, i32 %decl, i32 %mutable)
; CHECK-NEXT: ret void
; CHECK-NEXT: }
define void @linkage() {
  %odr = load i32, ptr @odr, align 4
  %avail = load i32, ptr @avail, align 4
  %tls = load i32, ptr @tls, align 4
  %weak = load i32, ptr @weak, align 4
  %ext = load i32, ptr @ext, align 4
  %decl = load i32, ptr @decl, align 4
  %mutable = load i32, ptr @mutable, align 4
  call void @use(i32 %odr, i32 %avail, i32 %tls, i32 %weak, i32 %ext, i32 %decl, i32 %mutable)
  ret void
}

; volatile, atomic, out of bounds (after the end, before the start, straddling
; the end), float, vector, wider than 64 bits, unknown index, integer bits of a
; pointer leaf and a pointer from non-zero integer leaves: all stay
; CHECK-LABEL: define void @left_alone(
; CHECK-NEXT: %volatile = load volatile i32, ptr @ints, align 4
; CHECK-NEXT: %atomic = load atomic i32, ptr @ints unordered, align 4
; CHECK-NEXT: %out = load i32, ptr getelementptr inbounds ([4 x i32], ptr @ints, i64 0, i64 4), align 4
; CHECK-NEXT: %before = getelementptr i8, ptr @ints, i64 -4
; CHECK-NEXT: %negative = load i32, ptr %before, align 4
; CHECK-NEXT: %straddle = load i64, ptr getelementptr inbounds (i8, ptr @ints, i64 12), align 4
; CHECK-NEXT: %float = load float, ptr @floats, align 4
; CHECK-NEXT: %float_bits = load i32, ptr @floats, align 4
; CHECK-NEXT: %vector = load <2 x i32>, ptr @ints, align 8
; CHECK-NEXT: %wide = load i128, ptr @ints, align 16
; CHECK-NEXT: %variable = getelementptr inbounds [4 x i32], ptr @ints, i64 0, i64 %i
; CHECK-NEXT: %unknown = load i32, ptr %variable, align 4
; CHECK-NEXT: %pointer_bits = load i64, ptr @ptrs, align 8
; CHECK-NEXT: %int_pointer = load ptr, ptr @ints, align 8
; CHECK-NEXT: call void @use(i32 %volatile, i32 %atomic, i32 %out, i32 %negative, i64 %straddle, float %float, i32 %float_bits, <2 x i32> %vector, i128 %wide, i32 %unknown, i64 %pointer_bits, ptr %int_pointer)
; CHECK-NEXT: ret void
; CHECK-NEXT: }
define void @left_alone(i64 %i) {
  %volatile = load volatile i32, ptr @ints, align 4
  %atomic = load atomic i32, ptr @ints unordered, align 4
  %out = load i32, ptr getelementptr inbounds ([4 x i32], ptr @ints, i64 0, i64 4), align 4
  %before = getelementptr i8, ptr @ints, i64 -4
  %negative = load i32, ptr %before, align 4
  %straddle = load i64, ptr getelementptr inbounds (i8, ptr @ints, i64 12), align 4
  %float = load float, ptr @floats, align 4
  %float_bits = load i32, ptr @floats, align 4
  %vector = load <2 x i32>, ptr @ints, align 8
  %wide = load i128, ptr @ints, align 16
  %variable = getelementptr inbounds [4 x i32], ptr @ints, i64 0, i64 %i
  %unknown = load i32, ptr %variable, align 4
  %pointer_bits = load i64, ptr @ptrs, align 8
  %int_pointer = load ptr, ptr @ints, align 8
  call void @use(i32 %volatile, i32 %atomic, i32 %out, i32 %negative, i64 %straddle, float %float, i32 %float_bits, <2 x i32> %vector, i128 %wide, i32 %unknown, i64 %pointer_bits, ptr %int_pointer)
  ret void
}

; fuzz regression: found by scripts/fuzz/fuzz_reader.py (atheris), reduced by hand
; kind: crash
; fixed: sroa (mem2reg promote) indexed the empty stores of an alloca loaded in a loop and never stored (IndexError)
define i32 @f223(i1 %c) {
  %p1 = alloca i32, align 4
  br label %b0
b0:
  %v1 = load i32, ptr %p1, align 4
  br i1 %c, label %b34, label %b4
b2:
  br label %b20
b4:
  br i1 %c, label %b5, label %b27
b5:
  br i1 %c, label %b2, label %b19
b12:
  br label %b5
b15:
  br i1 %c, label %b35, label %b15
b19:
  br i1 %c, label %b15, label %b26
b20:
  br i1 %c, label %b25, label %b12
b25:
  br label %b0
b26:
  br label %b25
b27:
  ret i32 0
b34:
  ret i32 0
b35:
  br label %b12
}

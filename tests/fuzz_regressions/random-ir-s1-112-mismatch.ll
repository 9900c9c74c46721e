; fuzz regression: random-ir seed 1 index 112 (scripts/fuzz/differential.py)
; kind: mismatch-random-ir
; match: 
; found: input 0: expected 0000000000020000 0000000000000001, got 0000000000020000 0000000000000000 (the i128 result lost bit 64)
; reduced with llvm-reduce-22
; fixed: instsimplify folded `zext i64 -1 to i128` to i128 -1 (constants are int64); such zexts are no longer folded
define i128 @rir112() {
entry:
  %v48 = zext i64 -1 to i128
  ret i128 %v48
}

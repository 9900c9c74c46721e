; fuzz regression: the corpus cut into 16 shards of functions (gpuopt --ray --device cpu on 16 workers)
; kind: crash
; found: instcombine's mergeStoreIntoSuccessor read the second operand of the instruction before each predecessor's branch before checking that it is a store: an IndexError when that instruction has no operands and the branch is the batch's last row
; reduced by hand from the failing shard
; fixed: the reads are kept in bounds; rows that are not stores are dropped by the test as before
define void @f(i1 %c) {
entry:
  br i1 %c, label %a, label %b
join:
  ret void
a:
  br label %join
b:
  fence seq_cst
  br label %join
}

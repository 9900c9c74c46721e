; fuzz regression: found by scripts/fuzz/fuzz_device.sh (atheris, 1,024,044 inputs with the passes on the GPU machine's cores, session 9), reduced by hand
; kind: crash
; fixed: instcombine read the first operand row of every overflow intrinsic call, and a call of two literals has none: where it was the module's last instruction with operands, its operand start was past the operand table's end (IndexError); the reads are now clipped into the table and masked
declare { i32, i1 } @llvm.uadd.with.overflow.i32(i32, i32)

define i32 @f(i32 %x) {
  %a = call { i32, i1 } @llvm.uadd.with.overflow.i32(i32 %x, i32 0)
  %v = extractvalue { i32, i1 } %a, 0
  ret i32 %v
}

define void @g() {
  %b = call { i32, i1 } @llvm.uadd.with.overflow.i32(i32 1, i32 2)
  ret void
}

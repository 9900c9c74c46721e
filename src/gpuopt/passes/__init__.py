"""The pipeline grammar, the pass registry and the pass manager."""

# LLVM 22's scalar pipeline that gpuopt is measured on (and the build drivers run).
STANDARD_PIPELINE = ("function(sroa,instcombine<no-verify-fixpoint>,early-cse,sccp,adce,"
                     "simplifycfg)")

"""Optimizing across GPUs and hosts with Ray (``gpuopt --ray [ADDRESS]``).

gpuopt builds no cluster software of its own: it runs on Ray.  The inputs
are cut into one unit per function (store/entities.py, as for the store),
the units are split into shards balanced by instruction count (shards.py),
and a pool of Ray actors, one warm gpuopt engine per GPU or per CPU worker,
optimizes the shards (pool.py).  A shard whose worker dies is run again on
another.  The results are put back together in input order: the output is
byte-identical to a run in one process, because each function's result
depends on the function alone.
"""

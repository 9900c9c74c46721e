import sys

from gpuopt.cli import main

# (guarded: --jobs' spawned workers import the main module again)
if __name__ == "__main__":
    sys.exit(main())

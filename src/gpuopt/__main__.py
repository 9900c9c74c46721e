import sys

from gpuopt.cli import main

sys.exit(main())

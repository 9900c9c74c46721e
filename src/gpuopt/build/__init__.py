"""Build drivers: gpuopt inside real builds."""

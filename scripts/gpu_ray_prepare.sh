#!/usr/bin/env bash
# Here, before scripts/gpu_ray.sh: Ray for the GPU machine's Python 3.12 as an
# installed folder, packed into .gpu/raysite.tar.xz (under the 64 MiB a device
# call carries: the Java jars, the dashboard's web client and Ray's libraries
# above Ray Core are left out), and the corpus into .gpu/corpus.tar.xz.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
wheels=$(mktemp -d) site=$(mktemp -d)/raysite
pip download -q --no-deps --only-binary=:all: --python-version 3.12 --implementation cp \
  --platform manylinux2014_x86_64 -d "$wheels" ray==2.60.0 jsonschema jsonschema-specifications \
  referencing rpds-py
pip install -q --target "$site" --no-deps --no-compile --python-version 3.12 --implementation cp \
  --platform manylinux2014_x86_64 --only-binary=:all: "$wheels"/*.whl
rm -rf "$site"/ray/{jars,rllib,data,serve,train,tune,llm,dashboard/client/build}
mkdir -p .gpu
tar cf - -C "$(dirname "$site")" raysite | xz -T2 -6 > .gpu/raysite.tar.xz
[ -f .gpu/corpus.tar.xz ] || (cd .corpus/ll && tar cf - ./*.ll | xz -T2 -6) > .gpu/corpus.tar.xz
du -sh .gpu/*

#!/usr/bin/env bash
# Builds the oracle for every minor (oracle/build.sh, needs Go and the module proxy). A minor that
# fails is reported and skipped; `npm run oracle:goldens` then judges with the binaries that exist.
set -uo pipefail
cd "$(dirname "$0")/../.."
[ -f oracle/build.sh ] || { echo "oracle/build.sh is missing (the oracle/ directory of the oracle branch)" >&2; exit 2; }
failed=()
for minor in ${ORACLE_MINORS:-1.28 1.29 1.30 1.31 1.32 1.33 1.34 1.35 1.36 1.37}; do
  start=$(date +%s)
  if bash oracle/build.sh "$minor"; then
    echo "oracle $minor built in $(( $(date +%s) - start )) s"
  else
    echo "oracle $minor FAILED to build" >&2
    failed+=("$minor")
  fi
done
[ ${#failed[@]} -eq 0 ] || echo "not built: ${failed[*]}" >&2
ls oracle/bin/k8s-oracle-* >/dev/null 2>&1

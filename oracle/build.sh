#!/usr/bin/env bash
# Build the oracle for one Kubernetes minor: bash oracle/build.sh 1.36 -> oracle/bin/k8s-oracle-1.36
#
# The exact k8s.io/kubernetes patch per minor is pinned in versions/k8s-1.XX.mod (committed with
# its .sum). When that file is missing (a new minor, or `--regenerate`), it is generated from the
# published go.mod of the patch named in PATCHES below: every staging module k8s.io/kubernetes
# requires at v0.0.0 is replaced by the matching v0.XX.Y, and its go/godebug lines are copied.
# Needs only Go and the module proxy. Usage: build.sh <minor> [--regenerate | --mod-only]
# (--mod-only: generate the pinned .mod/.sum if missing, do not compile)
set -euo pipefail
cd "$(dirname "$0")"

declare -A PATCHES=(
  [1.28]=1.28.15 [1.29]=1.29.15 [1.30]=1.30.14 [1.31]=1.31.14 [1.32]=1.32.13
  [1.33]=1.33.13 [1.34]=1.34.12 [1.35]=1.35.8 [1.36]=1.36.5 [1.37]=1.37.2
)

MINOR="${1:?usage: build.sh <minor, e.g. 1.36> [--regenerate]}"
MINOR="${MINOR#v}"
V="${PATCHES[$MINOR]:-}"
[ -n "$V" ] || { echo "build.sh: no pinned patch for minor '$MINOR' (known: ${!PATCHES[*]})" >&2; exit 2; }
STAGING="v0.${V#1.}"
MOD="versions/k8s-${MINOR}.mod"
SUM="versions/k8s-${MINOR}.sum"

export GOTOOLCHAIN=local CGO_ENABLED=0 GOFLAGS=-mod=mod

if [ ! -f "$MOD" ] || [ ! -f "$SUM" ] || [ "${2:-}" = "--regenerate" ]; then
  echo "build.sh: generating $MOD for k8s.io/kubernetes v$V (staging $STAGING)" >&2
  # `go list -m` fetches only .info and .mod; run outside this module.
  KMOD=$(cd "$(mktemp -d)" && go list -m -f '{{.GoMod}}' "k8s.io/kubernetes@v${V}")
  GOLINE=$(awk '$1 == "go" {print $2; exit}' "$KMOD")
  {
    echo "module github.com/cdk8s-jobs/k8s-oracle"
    echo
    echo "go ${GOLINE}"
    # GODEBUG defaults of the official build: godebug lines/blocks are not inherited from deps.
    awk '/^godebug \(/ {b=1} b {print} b && /^\)/ {b=0} /^godebug [^(]/ {print}' "$KMOD"
  } > "$MOD"
  rm -f "$SUM"
  for m in $(awk '$1 ~ /^k8s\.io\// && $2 == "v0.0.0" {print $1}' "$KMOD" | sort -u); do
    go mod edit -modfile="$MOD" -replace="${m}=${m}@${STAGING}"
  done
  go mod edit -modfile="$MOD" -require="k8s.io/kubernetes@v${V}"
  go mod tidy -modfile="$MOD"
fi

[ "${2:-}" = "--mod-only" ] && exit 0

mkdir -p bin
go build -modfile="$MOD" -trimpath -ldflags="-s -w" -o "bin/k8s-oracle-${MINOR}" .
cp -f "$(go env GOROOT)/lib/time/zoneinfo.zip" bin/zoneinfo.zip
echo "built bin/k8s-oracle-${MINOR}: $("bin/k8s-oracle-${MINOR}" -version)" >&2

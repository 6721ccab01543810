#!/usr/bin/env bash
# Releases the Action: checks the committed bundle is current, tags vX.Y.Z, and moves the major tag
# (v1) to it, so `uses: org/destinations-action@v1` picks the release up.
#   scripts/release.sh 1.2.3            tag and push
#   scripts/release.sh 1.2.3 --dry-run  show what would happen
set -euo pipefail

usage() { echo "usage: scripts/release.sh X.Y.Z [--dry-run]" >&2; exit 2; }
[[ $# -ge 1 ]] || usage
version="${1#v}"
dry_run=false
[[ "${2:-}" == "--dry-run" ]] && dry_run=true
[[ "$version" =~ ^[0-9]+\.[0-9]+\.[0-9]+$ ]] || { echo "version must be X.Y.Z; got '$1'" >&2; exit 2; }
tag="v$version"
major="v${version%%.*}"
remote="${RELEASE_REMOTE:-origin}"

run() { if $dry_run; then echo "+ $*"; else "$@"; fi; }

cd "$(git rev-parse --show-toplevel)"
[[ -z "$(git status --porcelain)" ]] || { echo "the working tree has changes: commit or drop them first" >&2; exit 1; }
[[ "$(git rev-parse --abbrev-ref HEAD)" == "main" ]] || { echo "release from main" >&2; exit 1; }
git fetch --tags "$remote"
git rev-parse -q --verify "refs/tags/$tag" > /dev/null && { echo "$tag exists already" >&2; exit 1; }

# The runner executes packages/action/dist as committed: it must be exactly what the sources build.
npm run bundle --workspace @destinations-action/action
git add --intent-to-add packages/action/dist
if ! git diff --quiet -- packages/action/dist; then
  echo "packages/action/dist is stale: commit the rebuilt bundle, then release" >&2
  exit 1
fi

run git tag -a "$tag" -m "destinations-action $tag"
run git tag -fa "$major" -m "destinations-action $major (currently $tag)" "$tag^{}"
run git push "$remote" "$tag"
run git push --force "$remote" "refs/tags/$major"
echo "released $tag; $major now points at it"

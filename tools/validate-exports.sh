#!/usr/bin/env bash
# validate-exports.sh SET.json [OUTDIR]
#
# Exports SET.json in every format with target/factquiz.jar and checks each file with the shared
# third-party validators (../shared/tools/validators/validate-export.sh). The shared folder may be
# read-only, so the validators are copied to $VALIDATORS (default /tmp/factquiz-validators) and
# `npm ci` runs there once. Needs xmllint (apt-get install libxml2-utils), unzip and node.
set -uo pipefail
HERE="$(cd "$(dirname "$0")/.." && pwd)"
SET="${1:?usage: validate-exports.sh SET.json [OUTDIR]}"
OUT="${2:-$HERE/target/exports}"
VALIDATORS="${VALIDATORS:-/tmp/factquiz-validators}"
export QUIZ_SCHEMAS="${QUIZ_SCHEMAS:-$HERE/../shared/schemas}"
if [ ! -d "$VALIDATORS/node_modules" ]; then
  rm -rf "$VALIDATORS" && cp -r "$HERE/../shared/tools/validators" "$VALIDATORS" && chmod -R u+w "$VALIDATORS" \
    && (cd "$VALIDATORS" && npm ci --no-audit --no-fund --loglevel=error) || { echo "cannot set up $VALIDATORS" >&2; exit 2; }
fi
mkdir -p "$OUT"
failed=0
for f in qti21:qti21:zip qti30:qti30:zip moodlexml:moodlexml:xml gift:gift:gift aiken:aiken:txt \
         canvas:canvas:zip kahoot-csv:csv:csv quizlet-csv:tsv:tsv h5p:h5p:h5p; do
  IFS=: read -r format check ext <<< "$f"
  file="$OUT/set-$format.$ext"
  java -jar "$HERE/target/factquiz.jar" export --format "$format" --in "$SET" --out "$file" | head -1
  "$VALIDATORS/validate-export.sh" "$check" "$file" > "$file.validation.txt" 2>&1
  rc=$?
  echo "  validate-export.sh $check: $(tail -1 "$file.validation.txt") (details in $file.validation.txt)"
  [ $rc -eq 0 ] || failed=$((failed + 1))
done
echo "$failed format(s) failed"
[ $failed -eq 0 ]

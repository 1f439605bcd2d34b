#!/bin/sh
# lint_sarif.sh BUILD_DIR — `promo lint --format sarif` is a SARIF 2.1.0 log
# with what code-scanning tools need: driver name, rules with id and the
# three texts, per result ruleId/ruleIndex/level/message, a relative
# artifact URI, a region with start/end line and column, related locations
# for the other activity, and columnKind. Checked field by field with jq.
B=${1:-build}
set -e
L=tests/golden/lint
out=$("$B/promo" lint "$L/overlap_sku.promo" "$L/bare_percent.promo" \
	--format sarif --now 2026-11-01) && { echo "expected exit 1 (errors)"; exit 1; } || true
printf '%s\n' "$out" | jq -e '
  .version == "2.1.0" and (.["$schema"] | test("sarif-2.1.0")) and (.runs | length) == 1
  and .runs[0].columnKind == "unicodeCodePoints"
  and .runs[0].tool.driver.name == "promo"
  and ([.runs[0].tool.driver.rules[] | select((.id | type) == "string" and (.shortDescription.text | length) > 0
        and (.fullDescription.text | length) > 0 and (.help.text | length) > 0
        and (.defaultConfiguration.level | IN("error", "warning", "note")))] | length)
      == (.runs[0].tool.driver.rules | length)
  and (.runs[0].results | length) == 5
  and ([.runs[0].results[] | select(.level | IN("error", "warning", "note"))] | length) == 5
  and (.runs[0] as $r | [$r.results[] | select($r.tool.driver.rules[.ruleIndex].id == .ruleId)] | length) == 5
  and ([.runs[0].results[].locations[0].physicalLocation
        | select((.artifactLocation.uri | startswith("tests/golden/lint/")) and .region.startLine >= 1
                 and .region.startColumn >= 1 and .region.endLine >= .region.startLine
                 and .region.endColumn >= 1)] | length) == 5
  and ([.runs[0].results[] | select(.ruleId == "overlap")] | length) == 1
  and ([.runs[0].results[] | select(.ruleId == "overlap") | .relatedLocations[0]
        | select(.id == 1 and .physicalLocation.region.startLine == 2 and (.message.text | test("declared")))]
       | length) == 1
' >/dev/null || { echo "SARIF structure check failed:"; printf '%s\n' "$out" | head -c 3000; exit 1; }
# The catalog file is not opened for SARIF when absent: a clean program is an empty result list.
clean=$("$B/promo" lint "$L/ladder_ok.promo" --format sarif --now 2026-11-01)
printf '%s\n' "$clean" | jq -e '.runs[0].results == []' >/dev/null
# An absolute path is a file: URI (a relative reference must not start with '/').
abs=$("$B/promo" lint "$(pwd)/$L/overlap_sku.promo" --format sarif --now 2026-11-01) || true
printf '%s\n' "$abs" | jq -e '.runs[0].results[0].locations[0].physicalLocation.artifactLocation.uri
  | startswith("file:///") and endswith("/tests/golden/lint/overlap_sku.promo")' >/dev/null ||
	{ echo "SARIF: an absolute path is not a file: URI"; printf '%s\n' "$abs" | head -c 1500; exit 1; }
echo "lint_sarif: ok"

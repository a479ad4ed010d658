#!/usr/bin/env bash
# SEO tooling: the CLI prints the JSON-LD and validates pages; jq reads what it prints.
# Run with `npm test` (npm puts the package's `sciatica-content` command on PATH).
set -euo pipefail
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT

# 1. The graph for a host with its own clinic: every node's type and @id, then the clinics.
sciatica-content jsonld --site-url https://clinic.example --path /learn/sciatica/ \
  --clinic clinic.yaml > "$out/graph.jsonld"
jq -r '.["@graph"][] | "\([.["@type"]] | flatten | join("+")) \(.["@id"])"' "$out/graph.jsonld"
jq -e '[.["@graph"][] | select(.["@type"] == "MedicalClinic")] | length == 3' "$out/graph.jsonld"
jq -e '.["@graph"][] | select(.["@type"] == "MedicalOrganization") | .telephone == "+14045550100"' \
  "$out/graph.jsonld"

# 2. The page, then the validator's report on it as JSON: no errors, one JSON-LD document.
sciatica-content page --site-url https://clinic.example --path /learn/sciatica/ \
  --clinic clinic.yaml --out "$out/page.html"
sciatica-content validate "$out/page.html" --json > "$out/report.json"
jq -e '.summary.errors == 0 and .results[0].report.documents == 1' "$out/report.json"
# What Google does with each node, one line each.
jq -r '.results[0].report.nodes[] | "\(.types | join("+")): \(.google.feature // .google.note)"' \
  "$out/report.json"

# 3. A whole static site, validated as a folder: the exit status says whether it is clean.
sciatica-content build --site-url https://clinic.example --clinic clinic.yaml \
  --out "$out/site" --quiet
sciatica-content validate "$out/site" --json | jq -e '.summary.files >= 5 and .summary.errors == 0'

# 4. A broken file: validate exits with 1 and names the rule.
echo '{"@context": "https://schema.org", "@type": "MedicalClinic", "branchOf": {"@id": "#x"}}' \
  > "$out/broken.jsonld"
if sciatica-content validate "$out/broken.jsonld" --json > "$out/broken.json"; then
  echo 'validate passed a broken file' >&2
  exit 1
fi
jq -e '[.results[0].report.errors[].rule] | index("superseded-property") != null' "$out/broken.json"
echo 'seo-tooling: all checks passed'

#!/usr/bin/env bash
# Times trafilatura and dateparser on a synthetic corpus, in a throwaway virtualenv under
# target/ (never a dependency of Lagebild). Usage, from the repository root:
#   crates/lagebild-bench/compare/run-comparison.sh [COUNT] [SEED]
set -euo pipefail
count="${1:-2000}"
seed="${2:-1}"
root="$(cd "$(dirname "$0")/../../.." && pwd)"
venv="$root/target/compare-venv"
corpus="$root/target/corpus-$count-$seed"
if [ ! -x "$venv/bin/python" ]; then
  python3 -m venv "$venv"
  "$venv/bin/pip" install --quiet 'trafilatura==2.0.0' 'dateparser==1.2.2' 'lxml_html_clean==0.4.2'
fi
if [ ! -d "$corpus" ]; then
  cargo run --quiet --release -p lagebild-bench --example gen-corpus -- "$corpus" "$count" "$seed"
fi
"$venv/bin/python" "$(dirname "$0")/compare.py" "$corpus"

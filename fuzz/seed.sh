#!/usr/bin/env bash
# Fills fuzz/corpus/<target>/ with seeds from the project's own fixtures, so each fuzzer
# starts from real pages, sentences and locale files instead of from nothing.
# Usage: bash fuzz/seed.sh   (from the repository root; safe to run again)
set -euo pipefail
cd "$(dirname "$0")/.."
pages=(tests/fixtures/articles/*.txt examples/articles/*.txt tests/eval/*.txt)
for target in parse extract export; do
    mkdir -p "fuzz/corpus/$target"
    cp "${pages[@]}" "fuzz/corpus/$target/"
done
# The number and date grammars get one seed per non-empty line of the pages: short
# inputs keep the fuzzer on the grammar instead of on page structure.
for target in numbers dates; do
    mkdir -p "fuzz/corpus/$target"
    n=0
    for page in "${pages[@]}"; do
        while IFS= read -r line; do
            [ -n "$line" ] || continue
            n=$((n + 1))
            # The date target reads an anchor date from its first four bytes.
            if [ "$target" = dates ]; then prefix=$'\x7a\x00\x01\x07'; else prefix=""; fi
            printf '%s%s' "$prefix" "$line" > "fuzz/corpus/$target/line-$n"
        done < "$page"
    done
done
mkdir -p fuzz/corpus/ftl
for file in crates/lagebild-export/locales/*/*.ftl; do
    lang=$(basename "$(dirname "$file")")
    cp "$file" "fuzz/corpus/ftl/$lang-$(basename "$file")"
done
echo "seeded: $(for t in fuzz/corpus/*; do printf '%s=%s ' "$(basename "$t")" "$(ls "$t" | wc -l)"; done)"

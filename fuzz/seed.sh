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
# The PO reader starts from a template written by the binary and a filled-in copy.
mkdir -p fuzz/corpus/po
printf 'msgid ""\nmsgstr ""\n"Language: en\\n"\n\n#, fuzzy\nmsgctxt "title"\nmsgid "Ein "\n"Titel"\nmsgstr "A \\"title\\""\n\nmsgctxt "quote"\nmsgid "Wir bleiben"\nmsgid_plural "x"\nmsgstr[0] "We stay"\nmsgstr[1] ""\n' > fuzz/corpus/po/filled.po
if [ -x target/release/lagebild ]; then
    target/release/lagebild translate export examples/articles -o fuzz/corpus/po/template.pot -q || true
fi
# Fact files: what `extract --format jsonl` writes for the example articles.
mkdir -p fuzz/corpus/factfile
if [ -x target/release/lagebild ]; then
    for page in examples/articles/*.txt; do
        target/release/lagebild extract "$page" --format jsonl -q > "fuzz/corpus/factfile/$(basename "$page" .txt).jsonl" || true
    done
fi
# Trees: a flag byte, then operations (see brief_tree.rs): one good article, and one
# tree of names with a line break and escapes, a directory, links, a FIFO, an oversized file.
mkdir -p fuzz/corpus/brief-tree
printf '\x01\x01\x03abc\x00' > fuzz/corpus/brief-tree/one-article
printf '\x43\x01\x03a\nb\x00\x03\x02d\x1b\x06\x00\x01\x02s\x05\x00\x01\x03l\xff\x07\x02f\x08\x01o' > fuzz/corpus/brief-tree/links-fifo-oversized
echo "seeded: $(for t in fuzz/corpus/*; do printf '%s=%s ' "$(basename "$t")" "$(ls "$t" | wc -l)"; done)"

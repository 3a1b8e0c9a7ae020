"""What a user would otherwise reach for, timed on the same synthetic corpus.

trafilatura's `extract` on each article wrapped as simple HTML (the main-text step
Lagebild's parser does), and dateparser's `search_dates` on each article's text (the date
step). Run by run-comparison.sh inside a throwaway virtualenv; never a dependency of
Lagebild. Prints one line per tool: articles, bytes, seconds, articles/s, MB/s.
"""

import html
import pathlib
import sys
import time


def wrap(text: str) -> str:
    """The saved page as the simplest HTML: every non-empty line a paragraph."""
    body = "\n".join(
        f"<p>{html.escape(line)}</p>" for line in text.splitlines() if line.strip()
    )
    return f"<html><head><meta charset='utf-8'></head><body>{body}</body></html>"


def report(name: str, count: int, size: int, seconds: float) -> None:
    print(
        f"{name:<26} {count:>6} articles {size / 1e6:>8.2f} MB {seconds:>8.2f} s "
        f"{count / seconds:>9.1f} articles/s {size / 1e6 / seconds:>7.3f} MB/s"
    )


def main() -> int:
    corpus = pathlib.Path(sys.argv[1])
    limit = int(sys.argv[2]) if len(sys.argv) > 2 else None
    files = sorted(corpus.glob("*.txt"))[:limit]
    texts = [f.read_text(encoding="utf-8") for f in files]
    size = sum(len(t.encode("utf-8")) for t in texts)

    start = time.perf_counter()
    for f in files:
        f.read_bytes().split(b"\n")
    report("floor: read + split", len(files), size, time.perf_counter() - start)

    import trafilatura

    pages = [wrap(t) for t in texts]
    start = time.perf_counter()
    for page in pages:
        trafilatura.extract(page)
    report("trafilatura.extract", len(pages), size, time.perf_counter() - start)

    from dateparser.search import search_dates

    # dateparser is slow; a tenth of the corpus gives a stable rate.
    sample = texts[: max(1, len(texts) // 10)]
    sample_size = sum(len(t.encode("utf-8")) for t in sample)
    start = time.perf_counter()
    for text in sample:
        search_dates(text, languages=["de"])
    report("dateparser.search_dates", len(sample), sample_size, time.perf_counter() - start)
    return 0


if __name__ == "__main__":
    sys.exit(main())

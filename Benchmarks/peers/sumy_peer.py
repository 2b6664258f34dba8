#!/usr/bin/env python3
"""Time the Python peer, sumy's TextRank and Luhn summarizers, on the same articles
Warta's benchmark reads, so the two speeds can be set side by side.

  sumy_peer.py [--data summ-dev.jsonl] [--sentences SPLITS.jsonl] [--method textrank|luhn|all]
               [--count 3] [--rounds 1] [--pred OUT.jsonl]

Documents are built directly from sumy's object model (ObjectDocumentModel, Paragraph,
Sentence) with a plain word tokenizer written here, so no NLTK data is needed. With
--sentences (written by `WartaBenchmarks --write-sentences`) sumy ranks exactly Warta's
sentence splits; without it a simple regex splitter is used. Stop words: Sastrawi's list
when the `Sastrawi` package is installed (as in shared/eval/README.md), else none.

Timed: each summarize call (the summarizer object is built once; documents are rebuilt
untimed before every round, so word tokenization, which sumy does lazily, is inside the
call as it is on first use), and the whole process from the first line of this script
(interpreter start-up is not included; Benchmarks/run measures the process from outside).
Processor-time throughput (CPU art/s, and the process's CPU time at the end) is printed
too: on a busy shared machine it is steadier than wall time.
Needs: pip install sumy (and numpy, which TextRank uses).
"""
import time

PROCESS_START = time.perf_counter()

import argparse
import json
import math
import os
import re
import sys
from pathlib import Path

DEV_SET = Path("eval") / "summ-dev.jsonl"

# Words: runs of letters or digits, joined by inner hyphens or apostrophes ("baru-baru").
WORD = re.compile(r"[^\W_]+(?:[-'’][^\W_]+)*")
# Fallback sentence ends: . ! ? (with closing quotes or brackets) before a space and a
# capital, digit or opening quote. Knows no abbreviations; --sentences is the fair choice.
SENTENCE_BREAK = re.compile(r"(?<=[.!?])[\"”’)]*\s+(?=[\"“‘(]?[A-Z0-9])")


class WordTokenizer:
    """The tokenizer sumy's Sentence asks for words: lowercase word tokens."""

    def to_words(self, text):
        return tuple(word.lower() for word in WORD.findall(text))

    def to_sentences(self, paragraph):
        return tuple(s.strip() for s in SENTENCE_BREAK.split(paragraph) if s.strip())


def locate_dev_set():
    """summ-dev.jsonl in $WARTA_SHARED, else in shared/ beside the current folder or this
    script, or one of their parents."""
    shared = os.environ.get("WARTA_SHARED")
    if shared:
        if not (Path(shared) / DEV_SET).is_file():
            sys.exit(f"sumy_peer: WARTA_SHARED is set but {Path(shared) / DEV_SET} does not exist")
        return Path(shared) / DEV_SET
    for start in (Path.cwd(), Path(__file__).resolve().parent):
        for folder in (start, *start.parents):
            candidate = folder / "shared" / DEV_SET
            if candidate.is_file():
                return candidate
    sys.exit("sumy_peer: no evaluation set found; pass --data PATH/summ-dev.jsonl or set WARTA_SHARED")


def load_jsonl(path):
    rows = []
    with open(path, encoding="utf-8") as f:
        for number, line in enumerate(f, 1):
            if not line.strip():
                continue
            try:
                rows.append(json.loads(line))
            except json.JSONDecodeError as error:
                sys.exit(f"sumy_peer: {path}:{number}: not JSON: {error}")
    return rows


def split_articles(articles, tokenizer, sentences_path):
    """Each article as (id, [[sentence, ...] per paragraph])."""
    if sentences_path:
        splits = {str(row["id"]): row["paragraphs"] for row in load_jsonl(sentences_path)}
        missing = [a["id"] for a in articles if str(a["id"]) not in splits]
        if missing:
            sys.exit(f"sumy_peer: {sentences_path} lacks {len(missing)} article ids (first: {missing[0]}); "
                     "write it from the same --data with WartaBenchmarks --write-sentences")
        return [(a["id"], splits[str(a["id"])]) for a in articles]
    result = []
    for article in articles:
        paragraphs = [p.strip() for p in re.split(r"\n\s*\n", article["text"]) if p.strip()]
        result.append((article["id"], [list(tokenizer.to_sentences(p)) for p in paragraphs]))
    return result


def build_document(paragraphs, tokenizer, dom):
    return dom.ObjectDocumentModel([
        dom.Paragraph([dom.Sentence(text, tokenizer) for text in sentences])
        for sentences in paragraphs if sentences
    ])


def stop_words():
    try:
        from Sastrawi.StopWordRemover.StopWordRemoverFactory import StopWordRemoverFactory
    except ImportError:
        return "none (pip install Sastrawi for its list)", frozenset()
    words = StopWordRemoverFactory().get_stop_words()
    return f"Sastrawi ({len(words)} words)", frozenset(words)


def percentile(sorted_values, fraction):
    """The nearest-rank percentile, as the Swift benchmark computes it."""
    rank = math.ceil(fraction * len(sorted_values)) - 1
    return sorted_values[max(0, min(rank, len(sorted_values) - 1))]


def main():
    parser = argparse.ArgumentParser(description="Time sumy's TextRank and Luhn on Warta's benchmark articles.")
    parser.add_argument("--data", help="JSON Lines of {id, title, text} (default: shared/eval/summ-dev.jsonl)")
    parser.add_argument("--sentences", help="Warta's splits, from WartaBenchmarks --write-sentences")
    parser.add_argument("--method", choices=["textrank", "luhn", "all"], default="all")
    parser.add_argument("--count", type=int, default=3, help="sentences per summary (default 3)")
    parser.add_argument("--rounds", type=int, default=1, help="passes over all articles per method (default 1)")
    parser.add_argument("--pred", help="write {id, bullets} predictions for warta-score (last method run)")
    args = parser.parse_args()
    if args.rounds < 1 or args.count < 1:
        sys.exit("sumy_peer: --rounds and --count must be 1 or more")

    try:
        import sumy.models.dom as dom
        from sumy.summarizers.luhn import LuhnSummarizer
        from sumy.summarizers.text_rank import TextRankSummarizer
    except ImportError as error:
        sys.exit(f"sumy_peer: sumy cannot be imported ({error}); install it with: pip install sumy")

    data_path = Path(args.data) if args.data else locate_dev_set()
    articles = load_jsonl(data_path)
    tokenizer = WordTokenizer()
    split = split_articles(articles, tokenizer, args.sentences)
    stop_word_source, stop_word_set = stop_words()
    methods = {"textrank": TextRankSummarizer, "luhn": LuhnSummarizer}
    chosen = list(methods) if args.method == "all" else [args.method]

    print(f"sumy peer: {len(articles)} articles from {data_path}")
    print(f"sentences: {'Warta splits from ' + args.sentences if args.sentences else 'fallback regex splitter'}"
          f" ({sum(len(s) for _, p in split for s in p)} sentences); stop words: {stop_word_source};"
          f" {args.count} sentences per summary; {args.rounds} round(s)")
    print(f"{'method':<12}{'articles/s':>12}{'mean µs':>10}{'p50 µs':>10}{'p99 µs':>10}{'CPU art/s':>11}")
    calls = 0
    predictions = []
    for name in chosen:
        summarizer = methods[name]()
        summarizer.stop_words = stop_word_set
        timings = []
        cpu_seconds = 0.0
        for _ in range(args.rounds):
            # Fresh documents each round: sumy caches words on its objects.
            documents = [build_document(p, tokenizer, dom) for _, p in split]
            predictions = []
            cpu_start = time.thread_time()
            for (article_id, _), document in zip(split, documents):
                start = time.perf_counter()
                summary = summarizer(document, args.count)
                timings.append(time.perf_counter() - start)
                predictions.append({"id": article_id, "bullets": [str(s) for s in summary]})
            cpu_seconds += time.thread_time() - cpu_start
        calls += len(timings)
        ordered = sorted(timings)
        total = sum(timings)
        print(f"{name:<12}{len(timings) / total:>12,.0f}{total / len(timings) * 1e6:>10.1f}"
              f"{percentile(ordered, 0.50) * 1e6:>10.1f}{percentile(ordered, 0.99) * 1e6:>10.1f}"
              f"{len(timings) / cpu_seconds:>11,.0f}")
    if args.pred:
        with open(args.pred, "w", encoding="utf-8") as f:
            for row in predictions:
                f.write(json.dumps(row, ensure_ascii=False) + "\n")
    elapsed = time.perf_counter() - PROCESS_START
    cpu = time.process_time()
    print(f"whole process (from script start, imports and loading included): {elapsed:.2f} s, "
          f"{calls / elapsed:,.0f} summaries/s; processor time {cpu:.2f} s "
          f"(interpreter start-up included), {calls / cpu:,.0f} summaries/s")


if __name__ == "__main__":
    main()

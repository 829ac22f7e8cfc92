#!/usr/bin/env python3
"""Run whosaid on a JSON Lines corpus with Spark's RDD.pipe, in local mode.

    python3 examples/spark/run_local.py ARTICLES.jsonl OUTPUT_DIR [--whosaid PATH] [--partitions N]

Each partition's lines go through `whosaid extract - -f jsonl`, which answers
exactly one JSON line per input line, in order, and exits non-zero when an
article failed; `checkCode=True` makes Spark notice a failed command. The
script then checks that every input line got its answer.

Needs pyspark (`pip install pyspark`) and Java. On a cluster, ship the
static binary with `--files target/release/whosaid` (or `SparkContext.addFile`)
and pipe through `./whosaid`.
"""
import argparse
import json
import os
import shutil
import sys


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("articles")
    parser.add_argument("output")
    parser.add_argument("--whosaid", default=os.path.join("target", "release", "whosaid"))
    parser.add_argument("--partitions", type=int, default=4)
    args = parser.parse_args()

    try:
        from pyspark import SparkConf, SparkContext
    except ImportError:
        sys.exit("pyspark is not installed: pip install pyspark")

    # Local runs: bind to the loopback interface.
    os.environ.setdefault("SPARK_LOCAL_IP", "127.0.0.1")
    whosaid = os.path.abspath(args.whosaid)
    if not os.access(whosaid, os.X_OK):
        sys.exit(f"no whosaid binary at {whosaid}: cargo build --release")

    sc = SparkContext(conf=SparkConf().setMaster("local[*]").setAppName("whosaid"))
    sc.setLogLevel("WARN")
    try:
        lines = sc.textFile(args.articles, args.partitions)
        # Articles that fail still get a record; whosaid then exits 1, which
        # checkCode would turn into a task failure. `|| true` keeps the
        # records of failed articles while a crash (exit >= 2) still fails.
        # RDD.pipe splits the command string like a shell.
        command = f"/bin/sh -c \"'{whosaid}' extract - -f jsonl -q -j 1; [ $? -le 1 ]\""
        results = lines.pipe(command, checkCode=True)
        if os.path.exists(args.output):
            shutil.rmtree(args.output)
        results.saveAsTextFile(args.output)
        inputs = lines.count()
        outputs = sc.textFile(args.output).count()
        quotes = sc.textFile(args.output).map(lambda l: len(json.loads(l)["quotes"])).sum()
    finally:
        sc.stop()
    print(f"{inputs} articles in, {outputs} records out, {quotes} quotes")
    if inputs != outputs:
        sys.exit("some articles have no record")


if __name__ == "__main__":
    main()

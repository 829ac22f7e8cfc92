#!/usr/bin/env bash
# Time per megabyte on pathological inputs, and linearity: each pattern is
# run at 1 MB and at 8 MB; the ratio of times should be near 8 (quadratic
# behaviour would show as ~64). Median of three runs.
#
#   bench/hostile.sh
set -euo pipefail
cd "$(dirname "$0")/.."
cargo build --release -q -p whosaid-cli
dir=target/hostile-bench
mkdir -p "$dir"
python3 - "$dir" <<'PY'
import sys, os
d = sys.argv[1]
patterns = {
    "he-said": "“Yes,” he said, “and ",
    "straight-quotes": '"',
    "curly-quotes": "“",
    "nested-quotes": "“‘",
    "no-spaces": "a",
    "said": "said ",
    "names": "Smith said Jones said ",
    "quote-and-tag": '"A," Jo Park said. ',
    "initials": "J. ",
    "colons": "Poll: ",
    "and-say": "and say ",
    "asked-whether": "when asked whether ",
    "possessed-claims": "Park’s claims ",
    "told-pronoun": "it failed, Park told me ",
    "far-subject": "Park, who proposed it, ",
    "as-said": "As Park said, ",
    "according-to": "according to ",
    "lead-tag": "Sooner, Park said, “it works,” ",
    "relative-tag": "“A,” Park, who proposed it, said ",
    "relative-said": "“A,” said Park, who said it, ",
    "dash-aside": "Park -- a -- said ",
    "in-poll": "5 in a poll released ",
    "with-saying": "with 40 percent saying ",
    "beliefs": "Park believes he wants to ",
    "quote-participle": "Park called it “a sham,” saying ",
    "has-long": "Park has long opposed and has since urged ",
    "poll-dating": "a poll released in late May found ",
    "reported-quoted": "Park said the plan “failed” and Ruiz believes it is ",
    "circumstances": "Park in his speech in his hall said ",
    "passive": "the plan is expected to be ",
    "aside-that": "Park said, however, that ",
    "inserted-tag": "The plan, said Park, an expert, will ",
    "nested-tags": "Park said the way Roe criticized farmers who complained “",
    "vouched": "According to X, Park said “a.” ",
    "vouched-close": "“a,” Park said, according to Roe ",
    "vouched-open": "According to Roe, Park said “a” and ",
    "vouched-clause": "Sales dropped in May, according to Jo Park, ",
    "closing-stop": "Roe called it “a.” Park wrote ",
    "inserted-said": "CNN, Park said, called ",
    "relative-cue": "Park, who says it works, ",
    "after-clause": "“a” after she attacked and blamed ",
    "parenthesis": "(a, Park says ",
    "relative-subject": "Voters who said taxes rose backed ",
    "infinitive": "Park took to Twitter to say she was quick to ",
    "document": "Park issued a statement saying the group sent out a letter ",
    "contrast": "Park said it works, but she said ",
    "appositive-end": "Park said it works, a claim ",
    "possessed-stance": "his harsh attacks on Park’s criticism of ",
    "adverb-participle": "Park, even suggesting, falsely claiming ",
    "dash-that": "Park said — on the radio, as it happens — that ",
    "topic-noun": "Park raised serious questions about the concerns about ",
    "evidential": "the levy seems doomed and Park appeared to ",
    "evidential-cue": "the plan seems to work for the voters Park said ",
    "known-as": "the tax known as the levy, also known for ",
    "participle-noun": "groups backing Park have said voters supporting ",
    "contrast-tag": "About 60 percent favor it, officials said, although they said ",
    "passive-agent": "the plan said to fail was criticized by ",
    "since-infinitive": "Park has since decided after the vote not to ",
    "and-modifiers": "state and federal officials and ",
    "echo-relative": "Park echoed Roe, who told reporters ",
    "timed-aside": "Park, after first saying Roe, while insisting ",
    "purpose-title": "Roe stood at an event here to say on Fox’s “Morning Show” ",
    "passive-blame": "the aides were criticized as accused of charged with ",
    "dash-appositive": "Jo Park, the head of Acme — the firm — ",
    "tag-after": "“A,” Park said after Roe ",
    "opening-participle": "In addition to stating that Roe, instead of saying ",
    "untagged-quote": "“A,” an angry Roe retaliated. “B.” ",
}
import random
random.seed(7)
def distinct_names(size):
    out, n = [], 0
    while n < size:
        name = "".join(random.choice("abcdefghijklmnopqrstuvwxyz") for _ in range(7)).capitalize()
        s = f"{name} said the plan works. "
        out.append(s)
        n += len(s)
    return "".join(out)
for mb in (1, 8):
    with open(os.path.join(d, f"distinct-names-{mb}.txt"), "w") as f:
        f.write(distinct_names(mb << 20))
patterns["quoted-words"] = '"a" b '
for name, unit in patterns.items():
    for mb in (1, 8):
        size = mb << 20
        text = unit * (size // len(unit.encode()) + 1)
        with open(os.path.join(d, f"{name}-{mb}.txt"), "w") as f:
            f.write(text[: size // max(1, len(unit.encode()) // len(unit))])
PY
median() { sort -n | sed -n 2p; }
printf '%-16s %10s %10s %7s\n' pattern "1 MB (s)" "8 MB (s)" ratio
for one in "$dir"/*-1.txt; do
  name=$(basename "$one" -1.txt)
  t1=$(for _ in 1 2 3; do /usr/bin/time -f %e target/release/whosaid extract "$one" -q -j 1 2>&1 >/dev/null | tail -n1; done | median)
  t8=$(for _ in 1 2 3; do /usr/bin/time -f %e target/release/whosaid extract "$dir/$name-8.txt" -q -j 1 2>&1 >/dev/null | tail -n1; done | median)
  awk -v n="$name" -v a="$t1" -v b="$t8" 'BEGIN {printf "%-16s %10.2f %10.2f %7.1f\n", n, a, b, (a > 0 ? b / a : 0)}'
done

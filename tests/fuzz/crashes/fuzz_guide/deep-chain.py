#!/usr/bin/env python3
"""Writes deep-chain.json (4 MB, too big to commit): the small seed guide with its flowchart
replaced by 19,666 breakeven nodes in a chain, just under Guide::fromText's 4 MiB limit.

Guide::validateGraph's depth-first search recurses once per node (Guide.cpp, the `visit`
lambda) and overflows the stack; with the linear Guide::node() lookups it is also quadratic.
    python3 tests/fuzz/crashes/fuzz_guide/deep-chain.py /tmp/deep-chain.json
    build-fuzz/tests/fuzz/fuzz_guide /tmp/deep-chain.json
"""
import json
import pathlib
import sys

here = pathlib.Path(__file__).resolve().parent
guide = json.loads((here / "../../corpus/fuzz_guide/small-guide.json").read_text(encoding="utf-8"))
text = {"en": "e", "zh-Hant": "e"}


def node_id(i):
    digits = "0123456789abcdefghijklmnopqrstuvwxyz"
    out = ""
    while True:
        out = digits[i % 36] + out
        i //= 36
        if not i:
            return out


count = 19666
guide["start"] = node_id(0)
guide["nodes"] = [{"id": node_id(i), "kind": "breakeven", "question": text, "help": text, "yes_label": text,
                   "no_label": text, "yes": node_id(i + 1) if i + 1 < count else "cloud.free_tier",
                   "no": "cloud.free_tier"} for i in range(count)]
out = pathlib.Path(sys.argv[1] if len(sys.argv) > 1 else "deep-chain.json")
out.write_text(json.dumps(guide, ensure_ascii=False, separators=(",", ":")), encoding="utf-8")
print(out, out.stat().st_size, "bytes")

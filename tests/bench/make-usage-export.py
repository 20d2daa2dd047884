#!/usr/bin/env python3
"""Writes a synthetic LiteLLM spend-log CSV export of about SIZE megabytes (default 100), for the
usage import's benchmark (docs/performance.md). One row a request, spread over seven months,
some to self-hosted models (spend 0), some with quoted fields holding commas: the rows are
made up, the layout is the one docs/usage-import.md describes.

    tests/bench/make-usage-export.py OUT.csv [SIZE_MB]
"""
import random
import sys

out = sys.argv[1]
target = int(float(sys.argv[2]) if len(sys.argv) > 2 else 100) * 1024 * 1024
rng = random.Random(20261203)
models = [("gpt-4o", "openai", 2.5e-6, 10e-6), ("claude-sonnet-4-5", "anthropic", 3e-6, 15e-6),
          ("ollama/llama3.1:8b", "ollama", 0.0, 0.0), ("gpt-4o-mini", "openai", 0.15e-6, 0.6e-6)]
header = "request_id,call_type,api_key,spend,total_tokens,prompt_tokens,completion_tokens,startTime,endTime,model,model_group,custom_llm_provider,user,cache_hit\n"
written = 0
n = 0
with open(out, "w", newline="") as f:
    f.write(header)
    written += len(header)
    while written < target:
        n += 1
        model, provider, pin, pout = models[n % len(models)]
        prompt = rng.randint(50, 8000)
        completion = rng.randint(10, 2000)
        spend = prompt * pin + completion * pout
        month = 9 + (n * 7 // 1000003) % 7  # Sep 2025 .. Mar 2026
        year = 2025 if month <= 12 else 2026
        month = month if month <= 12 else month - 12
        day = 1 + n % 28
        user = '"team, %d"' % (n % 13) if n % 5 == 0 else "user%d" % (n % 13)
        row = "req-%d,acompletion,sk-%04x,%.8f,%d,%d,%d,%04d-%02d-%02d %02d:%02d:%02d.000,%04d-%02d-%02d %02d:%02d:%02d.500,%s,%s,%s,%s,False\n" % (
            n, n % 65536, spend, prompt + completion, prompt, completion,
            year, month, day, n % 24, n % 60, n % 60, year, month, day, n % 24, n % 60, n % 60,
            model, model.split("/")[-1], provider, user)
        f.write(row)
        written += len(row)
print("%s: %d rows, %.1f MB" % (out, n, written / 1048576))

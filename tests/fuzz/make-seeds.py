#!/usr/bin/env python3
"""Writes the seed corpus under tests/fuzz/corpus/ from the project's own files.

Run it from the source tree after a format change, then commit the result; the fuzzers only
read the corpus. Seeds are kept small (a few hundred bytes to a few KiB) so libFuzzer's
default input length stays short and the runs stay fast.
"""
import json
import pathlib

root = pathlib.Path(__file__).resolve().parents[2]
corpus = root / "tests" / "fuzz" / "corpus"


def write(target, name, content):
    path = corpus / target / name
    path.parent.mkdir(parents=True, exist_ok=True)
    if not isinstance(content, str):
        content = json.dumps(content, ensure_ascii=False, separators=(",", ":"))
    path.write_text(content + "\n", encoding="utf-8")


# --- scenarios -------------------------------------------------------------------------------
example = (root / "docs" / "examples" / "gpt4-12m.json").read_text(encoding="utf-8").strip()
write("fuzz_scenario", "gpt4-12m.json", example)
base = json.loads(example)


def variant(**changes):
    s = json.loads(json.dumps(base))
    for dotted, value in changes.items():
        node = s
        *parents, key = dotted.split("__")
        for p in parents:
            node = node[p]
        if value is ...:
            node.pop(key, None)
        else:
            node[key] = value
    return s


write("fuzz_scenario", "minimal.json", {"lowregret": 1})
write("fuzz_scenario", "unanswered.json",
      {"lowregret": 1, "answers": {"monthly_tokens": None, "usage_stable": None, "exclusions": []}})
write("fuzz_scenario", "high-sensitive.json",
      variant(answers__monthly_tokens=50_000_000, answers__data_sensitive=True, horizon_months=240))
write("fuzz_scenario", "low.json", variant(answers__monthly_tokens=999_999.5, input_share=0.25))
write("fuzz_scenario", "excluded.json", variant(answers__exclusions=["occasional_use", "validating"]))
write("fuzz_scenario", "catalog-model.json",
      {"lowregret": 1, "answers": {"monthly_tokens": 12e6, "usage_stable": False},
       "cloud": {"model": "openai/gpt-4o"}})
write("fuzz_scenario", "maintenance.json",
      variant(local__maintenance_hours_per_month=10, local__hourly_rate_usd=45.5, breakeven_threshold_months=6.5))
write("fuzz_scenario", "bad-version.json", variant(lowregret=2))
write("fuzz_scenario", "bad-types.json",
      {"lowregret": "1", "answers": {"monthly_tokens": -1, "usage_stable": "yes", "exclusions": ["nope", 3]},
       "input_share": 1.5, "cloud": [], "horizon_months": 12.5, "extra": True})
write("fuzz_scenario", "huge-number.json", '{"lowregret": 1, "answers": {"monthly_tokens": 1e400}}')
write("fuzz_scenario", "truncated.json", example[: len(example) // 2])
write("fuzz_scenario", "deep.json", "[" * 40 + "]" * 40)
write("fuzz_scenario", "not-object.json", '"lowregret"')

# --- guide -----------------------------------------------------------------------------------
guide = json.loads((root / "resources" / "guide.json").read_text(encoding="utf-8"))


def shrink(value):
    """The real guide's structure with every text cut short."""
    if isinstance(value, dict):
        if set(value) == {"en", "zh-Hant"}:
            return {"en": "e", "zh-Hant": "中"}
        return {k: shrink(v) for k, v in value.items()}
    if isinstance(value, list):
        return [shrink(v) for v in value]
    return value


small = shrink(guide)
small["premise"] = small["premise"][:1]
small["caveats"] = small["caveats"][:1]
small["presets"] = {"cloud": small["presets"]["cloud"][:1], "local": small["presets"]["local"][:1]}
small["excluded_products"] = small["excluded_products"][:1]
for p in small["products"]:
    p["link"] = "https://x"
write("fuzz_guide", "small-guide.json", small)


def guide_variant(change):
    g = json.loads(json.dumps(small))
    change(g)
    return g


def cycle(g):
    g["nodes"][4]["no"] = "mid.usage_stable"


def dangling(g):
    g["leaves"][0]["products"] = ["nowhere"]


def missing_exclusion(g):
    g["exclusions"] = g["exclusions"][1:]


def falling_bands(g):
    g["nodes"][0]["bands"][1]["up_to"] = 10


def two_node_guide(g):
    # The smallest flowchart: one yes/no question, two leaves.
    g["start"] = "q"
    g["nodes"] = [{"id": "q", "kind": "yes_no", "answer": "usage_stable", "question": small["nodes"][1]["question"],
                   "help": small["nodes"][1]["help"], "yes_label": small["nodes"][1]["yes_label"],
                   "no_label": small["nodes"][1]["no_label"], "yes": "cloud.free_tier", "no": "mid.cloud.unstable"}]
    g["leaves"] = g["leaves"][:2]


write("fuzz_guide", "cycle.json", guide_variant(cycle))
write("fuzz_guide", "dangling-product.json", guide_variant(dangling))
write("fuzz_guide", "missing-exclusion.json", guide_variant(missing_exclusion))
write("fuzz_guide", "falling-bands.json", guide_variant(falling_bands))
write("fuzz_guide", "two-nodes.json", guide_variant(two_node_guide))
write("fuzz_guide", "bad-version.json", {"guide_format": 2})

# --- catalog ---------------------------------------------------------------------------------
offers = json.loads((root / "resources" / "catalog" / "mainstream.json").read_text(encoding="utf-8"))["offers"]
write("fuzz_catalog", "two-offers.json", {"lowregret_catalog": 1, "offers": offers[:2]})
write("fuzz_catalog", "empty.json", {"lowregret_catalog": 1, "offers": []})
minimal_offer = {"id": "acme/tiny-1", "model": "Tiny 1", "provider": "Acme", "input_usd_per_mtok": 0.1,
                 "output_usd_per_mtok": 0.4, "as_of": "2024-02-29", "source": "hand-made"}
write("fuzz_catalog", "minimal-offer.json", {"lowregret_catalog": 1, "offers": [minimal_offer]})
write("fuzz_catalog", "duplicate.json", {"lowregret_catalog": 1, "offers": [minimal_offer, minimal_offer]})
write("fuzz_catalog", "bad-fields.json", {"lowregret_catalog": 1, "offers": [
    dict(minimal_offer, id="Acme Tiny", as_of="2023-02-29", modality="audio", speed="warp",
         use_cases=["chat", "dreaming", 7], context_tokens=-5, strengths=[{"kind": ""}, "fast"], extra=1)]})
write("fuzz_catalog", "bad-version.json", {"lowregret_catalog": 2, "offers": []})
write("fuzz_catalog", "not-object.json", "[]")

# --- LiteLLM import --------------------------------------------------------------------------
litellm = json.loads((root / "tests" / "data" / "litellm-sample.json").read_text(encoding="utf-8"))


def entry(name):
    return name, litellm[name]


chat = [k for k, v in litellm.items() if v.get("mode") == "chat"]
vision_reasoning = next(k for k in chat if litellm[k].get("supports_vision") and litellm[k].get("supports_reasoning"))
plain = next(k for k in chat if not litellm[k].get("supports_vision"))
other = next(k for k, v in litellm.items() if v.get("mode") != "chat")
write("fuzz_import", "excerpt.json", dict([entry(vision_reasoning), entry(plain), entry(other)]))
write("fuzz_import", "one-chat.json", dict([entry(plain)]))
write("fuzz_import", "prefixed-and-spec.json", {
    "sample_spec": {"mode": "chat", "input_cost_per_token": 0},
    "groq/llama-3.1-8b-instant": {"mode": "chat", "litellm_provider": "groq", "input_cost_per_token": 5e-08,
                                  "output_cost_per_token": 8e-08, "max_input_tokens": 128000},
})
write("fuzz_import", "skipped.json", {
    "no-price": {"mode": "chat", "litellm_provider": "x"},
    "negative": {"mode": "chat", "litellm_provider": "x", "input_cost_per_token": -1, "output_cost_per_token": 1},
    "no-provider": {"mode": "chat", "input_cost_per_token": 1e-6, "output_cost_per_token": 1e-6},
    "": {"mode": "chat"},
    "list": [],
})
write("fuzz_import", "not-object.json", "[1, 2]")

# --- genai-prices import ---------------------------------------------------------------------
genai = json.loads((root / "tests" / "data" / "genai-prices" / "data.json").read_text(encoding="utf-8"))


def genai_model(provider_id, model_id):
    provider = next(p for p in genai if p["id"] == provider_id)
    model = next(m for m in provider["models"] if m["id"] == model_id)
    return {"id": provider["id"], "name": provider["name"], "pricing_urls": provider["pricing_urls"][:1],
            "models": [model]}


write("fuzz_genai", "dated.json", [genai_model("anthropic", "claude-sonnet-5"), genai_model("openai", "o3")])
write("fuzz_genai", "tiered.json", [genai_model("anthropic", "claude-sonnet-4-5")])
write("fuzz_genai", "time-of-day.json", [genai_model("deepseek", "deepseek-chat")])
write("fuzz_genai", "per-request.json", [genai_model("perplexity", "sonar")])
write("fuzz_genai", "hand-written.json", [{"id": "acme", "name": "Acme", "pricing_urls": ["https://acme.example"],
    "models": [
        {"id": "chat-1", "context_window": 128000, "deprecated": True,
         "prices": {"input_mtok": 1, "output_mtok": 4, "cache_read_mtok": 0.1, "input_audio_mtok": 40}},
        {"id": "long-1", "prices": {"input_mtok": {"base": 2, "tiers": [{"start": 128000, "price": 4}]},
                                    "output_mtok": {"base": 8, "tiers": [{"start": 256000, "price": 12}]}}},
        {"id": "soon-1", "prices": [{"prices": {"input_mtok": 1, "output_mtok": 2}},
                                    {"constraint": {"start_date": "2027-01-01"},
                                     "prices": {"input_mtok": 1.5, "output_mtok": 3}}]},
        {"id": "embed-1", "prices": {"input_mtok": 0.02}},
        {"id": "free-1", "prices": {"input_mtok": 0, "output_mtok": 0}},
        {"id": "odd-1", "prices": {"input_mtok": -1, "output_mtok": {"base": 1, "steps": []}}},
        {"id": "Chat-1", "prices": {"input_mtok": 3, "output_mtok": 6}},
        42]}])
write("fuzz_genai", "not-list.json", '{"id": "acme", "models": []}')

# --- llama-bench runs ------------------------------------------------------------------------
bench = root / "tests" / "data" / "llama-bench"


def bench_rows(name):
    return json.loads((bench / name).read_text(encoding="utf-8"))


# As llama-bench prints them (its own layout), and compact.
write("fuzz_llamabench", "rtx4090-llama-8b.json", (bench / "rtx4090-llama-3.1-8b.json").read_text(encoding="utf-8").strip())
write("fuzz_llamabench", "2x-rtx3090-70b.json", bench_rows("2x-rtx3090-llama-3.3-70b.json"))
write("fuzz_llamabench", "m2-ultra-no-depth.json", bench_rows("m2-ultra-llama-3.1-8b.json"))
write("fuzz_llamabench", "gpt-oss-depth.json", bench_rows("rtx4090-gpt-oss-20b-depth.json"))
write("fuzz_llamabench", "cpu-and-unknown.json",
      bench_rows("cpu-llama-3.1-8b.json") + bench_rows("rtx5090-unknown-model.json"))
write("fuzz_llamabench", "bad-rows.json", bench_rows("bad-rows.json"))
minimal_run = {"model_type": "qwen3moe 30B.A3B Q4_K - Medium", "model_n_params": 30532122624, "n_prompt": 0,
               "n_gen": 128, "avg_ts": 196.5, "gpu_info": "NVIDIA A100-SXM4-80GB, NVIDIA A100-SXM4-80GB",
               "backends": "CUDA", "n_gpu_layers": 99}
write("fuzz_llamabench", "minimal-runs.json", [
    minimal_run,
    dict(minimal_run, n_prompt=512, n_gen=0, avg_ts=4100.25, n_depth=8192),
    dict(minimal_run, n_gpu_layers=0),
    dict(minimal_run, n_prompt=0, n_gen=0),
    {"model_type": "", "model_n_params": -1, "n_prompt": 1.5, "n_gen": "128", "avg_ts": 0},
    [], None, 7])
write("fuzz_llamabench", "object.json", bench_rows("rtx4090-llama-3.1-8b.json")[0])
write("fuzz_llamabench", "empty.json", "[]")
write("fuzz_llamabench", "markdown.md", (bench / "not-json.md").read_text(encoding="utf-8").strip())

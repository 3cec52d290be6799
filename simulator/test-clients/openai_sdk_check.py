"""Drives the simulator with the official `openai` Python SDK and checks its wire format from
Python's side: tokens counted with the exported Hugging Face tokenizer (transformers), /metrics
parsed with the Prometheus client's own text parser. Prints one JSON object for the jest test.

    python openai_sdk_check.py BASE_URL MODEL TOKENIZER_DIR
"""
import json
import sys
import time
import urllib.request

from openai import OpenAI
from prometheus_client.parser import text_string_to_metric_families
from transformers import AutoTokenizer

base, model, tokdir = sys.argv[1], sys.argv[2], sys.argv[3]
client = OpenAI(base_url=f"{base}/v1", api_key="unused", max_retries=0)
tok = AutoTokenizer.from_pretrained(tokdir)
out = {"models": [m.id for m in client.models.list()]}

# Non-streaming completion.
prompt = "Capacity planning for language models starts with the KV cache, then the batch."
r = client.completions.create(model=model, prompt=prompt, max_tokens=25)
out["completion"] = {
    "finish_reason": r.choices[0].finish_reason,
    "usage": r.usage.model_dump(),
    "prompt_tokens_hf": len(tok(prompt).input_ids),
    "completion_tokens_hf": len(tok(r.choices[0].text).input_ids),
}

# Streaming chat with usage; TTFT measured here.
messages = [{"role": "user", "content": "How many tokens does this message have?"}]
t0 = time.perf_counter()
first = None
chunks = []
usage = None
for c in client.chat.completions.create(model=model, messages=messages, max_tokens=12, stream=True, stream_options={"include_usage": True}):
    if c.usage:
        usage = c.usage.model_dump()
    if c.choices and c.choices[0].delta.content:
        if first is None:
            first = time.perf_counter() - t0
        chunks.append(c.choices[0].delta.content)
    if c.choices and c.choices[0].finish_reason:
        out["chat_finish_reason"] = c.choices[0].finish_reason
chat_prompt = tok.apply_chat_template(messages, tokenize=False, add_generation_prompt=True)
out["chat"] = {
    "chunks": len(chunks),
    "usage": usage,
    "prompt_tokens_hf": len(tok(chat_prompt).input_ids),
    "completion_tokens_hf": len(tok("".join(chunks)).input_ids),
    "ttft_s": first,
}

# The same ids from the server's /tokenize and the exported tokenizer.
text = "The scheduler admits requests while the token budget and KV blocks allow."
req = urllib.request.Request(f"{base}/tokenize", data=json.dumps({"model": model, "prompt": text}).encode(), headers={"content-type": "application/json"})
server_ids = json.load(urllib.request.urlopen(req))["tokens"]
out["tokenize_ids_equal"] = server_ids == tok(text).input_ids

# /metrics through the Prometheus client's parser.
metrics = urllib.request.urlopen(f"{base}/metrics").read().decode()
fams = {f.name: f for f in text_string_to_metric_families(metrics)}
def total(name, **labels):
    return sum(s.value for s in fams[name].samples if s.name.endswith("_total") and all(s.labels.get(k) == v for k, v in labels.items()))
ttft = fams["vllm:time_to_first_token_seconds"]
out["metrics"] = {
    "types": {n: fams[n].type for n in ["vllm:request_success", "vllm:num_requests_running", "vllm:time_to_first_token_seconds", "vllm:generation_tokens"]},
    "success": total("vllm:request_success"),
    "prompt_tokens": total("vllm:prompt_tokens"),
    "generation_tokens": total("vllm:generation_tokens"),
    "ttft_count": next(s.value for s in ttft.samples if s.name.endswith("_count")),
    "ttft_buckets": [s.labels["le"] for s in ttft.samples if s.name.endswith("_bucket")],
    "ttft_labels": sorted({k for s in ttft.samples for k in s.labels if k != "le"}),
}
print(json.dumps(out))

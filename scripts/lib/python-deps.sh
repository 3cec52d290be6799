#!/usr/bin/env bash
# Source this file: it makes the Python clients the simulator's tests run as independent
# processes (the official `openai` SDK, with Hugging Face transformers for the exported tokenizer,
# GuideLLM, and the Prometheus client's text parser) available in a virtualenv under
# $SERVEPLAN_CACHE, outside the checkout, and exports SERVEPLAN_PYTHON_VENV pointing at it.
# Idempotent and quiet when warm: pip runs only when the pinned requirements below or the
# constraints file (python-constraints.txt: every package of the venv, pinned) change.
#
#   SERVEPLAN_CACHE        where caches live (set by toolchain.sh; default ~/.cache/serveplan)
#   SERVEPLAN_PYTHON       the interpreter to build the venv with (default: python3, >= 3.10)

SERVEPLAN_CACHE="${SERVEPLAN_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/serveplan}"
export SERVEPLAN_CACHE

_sp_py_log() { printf '[serveplan] %s\n' "$*" >&2; }

# Pinned so every machine tests against the same clients (versions current in 2026-11);
# transformers loads the tokenizer the simulator exports (test-clients/openai_sdk_check.py).
_SP_PY_REQUIREMENTS="openai==3.51.0
guidellm==0.8.1
prometheus-client==0.26.0
transformers==5.24.0"
# ...and their dependencies too: every package of the venv pinned in a constraints file.
_SP_PY_CONSTRAINTS="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)/python-constraints.txt"

_sp_python_deps() {
  local py="${SERVEPLAN_PYTHON:-python3}"
  command -v "$py" >/dev/null || { _sp_py_log "need $py (3.10 or newer) for the Python test clients"; return 1; }
  local venv="$SERVEPLAN_CACHE/python-venv"
  local stamp="$venv/.serveplan-requirements"
  [ -f "$_SP_PY_CONSTRAINTS" ] || { _sp_py_log "missing $_SP_PY_CONSTRAINTS"; return 1; }
  # The stamp holds the requirements and the constraints: a change to either reinstalls.
  local want
  want="$_SP_PY_REQUIREMENTS
# constraints
$(cat "$_SP_PY_CONSTRAINTS")"
  if [ ! -x "$venv/bin/python" ] || [ "$(cat "$stamp" 2>/dev/null)" != "$want" ]; then
    _sp_py_log "installing the Python test clients (openai, guidellm, prometheus-client, transformers) into $venv"
    if [ ! -x "$venv/bin/python" ]; then
      "$py" -m venv "$venv" || { _sp_py_log "could not create a virtualenv with $py (Debian: apt-get install python3-venv)"; return 1; }
    fi
    printf '%s\n' "$_SP_PY_REQUIREMENTS" >"$venv/requirements.txt"
    PIP_CACHE_DIR="$SERVEPLAN_CACHE/pip" "$venv/bin/python" -m pip install --quiet --disable-pip-version-check \
      -r "$venv/requirements.txt" -c "$_SP_PY_CONSTRAINTS" || { _sp_py_log "pip install of the Python test clients failed"; return 1; }
    printf '%s' "$want" >"$stamp"
  fi
  export SERVEPLAN_PYTHON_VENV="$venv"
}

_sp_python_deps

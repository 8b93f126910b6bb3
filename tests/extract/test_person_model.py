"""The learned person-name tagger, on text written for these tests."""

from __future__ import annotations

import pytest

from kg.extract.person_model import bio_spans, features, person_spans, sentences


@pytest.mark.parametrize(
    ("tags", "spans"),
    [
        (["O", "B-PER", "I-PER", "O"], [(1, 3)]),
        (["B-PER", "B-PER", "I-PER"], [(0, 1), (1, 3)]),
        (["I-PER", "I-PER", "O"], [(0, 2)]),  # a run the model opens with I- is still one span
        (["B-LOC", "I-LOC", "O"], []),
    ],
)
def test_person_model_bio_spans(tags, spans):
    assert bio_spans(tags) == spans


def test_person_model_features_one_list_per_character():
    text = "比赛中，韦晓岚发挥出色。"
    rows = features(text)
    assert len(rows) == len(text)
    assert all(row[0] == "c=" + c for row, c in zip(rows, text, strict=True))


def test_person_model_features_hold_no_character_pairs_as_text():
    """Pairs and triples of characters reach the model file hashed, never as text."""
    text = "韦晓岚"
    attrs = {a for row in features(text) for a in row}
    assert not any(text[i : i + 2] in a for a in attrs for i in range(2))


def test_person_model_sentences_cover_the_text_and_cut_long_runs():
    text = "甲说。" + "乙，" * 150 + "丙！"
    spans = list(sentences(text))
    assert "".join(text[s:e] for s, e in spans) == text
    assert max(e - s for s, e in spans) <= 200


def test_person_model_spans_carry_a_confidence():
    text = "本届比赛冠军由邱晨阳获得。"
    spans = person_spans(text)
    assert [text[s:e] for s, e, _ in spans] == ["邱晨阳"]
    assert all(0.0 <= c <= 1.0 for _, _, c in spans)


def test_person_model_threads_tag_as_one_thread_does():
    # Dask's threaded workers run extraction in threads: each thread tags with its own tagger
    from concurrent.futures import ThreadPoolExecutor

    from kg.extract.person_model import person_spans

    texts = [
        f"{i}日，村民甄永年说，今年收成不错。记者卫思齐、闵思远报道。老党员何秋生和妻子在家中接待了来访的客人。"
        * (1 + i % 3)
        for i in range(24)
    ]
    serial = [person_spans(t) for t in texts]
    with ThreadPoolExecutor(max_workers=6) as pool:
        for _ in range(3):
            assert list(pool.map(person_spans, texts)) == serial

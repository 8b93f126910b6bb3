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


def _trainer_script():
    """``scripts/make_person_model.py`` as a module (its readers; pycrfsuite is imported only to train)."""
    import importlib.util
    from pathlib import Path

    path = Path(__file__).resolve().parents[2] / "scripts" / "make_person_model.py"
    spec = importlib.util.spec_from_file_location("make_person_model", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _named(rows, kind="PER"):
    return [[text[s:e] for s, e in bio_spans(tags, kind)] for text, tags in rows]


def test_person_model_reader_boson_markup(tmp_path):
    """BosonNLP markup: kinds mapped (companies are organisations, times and products nothing),
    spaces inside the braces stay ``O``, documents cut into kg's sentences, ``\\n`` a break."""
    src = tmp_path / "boson.txt"
    src.write_text(
        "{{time:昨天}}{{location:青禾县}}召开会议，{{person_name: 韦晓岚}}出席。"
        "{{company_name:青禾农机公司}}发布{{product_name:新型播种机}}。\\n"
        "{{org_name:青禾县农业局}}局长{{person_name:邱晨阳}}讲话\n",
        encoding="utf-8",
    )
    rows = list(_trainer_script()._boson(src, ("PER", "LOC", "ORG")))
    assert [text for text, _ in rows] == [
        "昨天青禾县召开会议， 韦晓岚出席。",
        "青禾农机公司发布新型播种机。",
        "青禾县农业局局长邱晨阳讲话",
    ]
    assert all(len(text) == len(tags) for text, tags in rows)
    assert _named(rows) == [["韦晓岚"], [], ["邱晨阳"]]
    assert _named(rows, "LOC") == [["青禾县"], [], []]
    assert _named(rows, "ORG") == [[], ["青禾农机公司"], ["青禾县农业局"]]


def test_person_model_reader_boson_drops_sentences_with_handles_and_latin_names(tmp_path):
    src = tmp_path / "boson.txt"
    src.write_text(
        "转发{{person_name:@青禾小满}}的微博。{{person_name:Anna Lee}}来了。"
        "{{person_name:韦晓岚}}说好。{{person_name:伊莎·罗文}}到访。\n",
        encoding="utf-8",
    )
    rows = list(_trainer_script()._boson(src, ("PER",)))
    assert _named(rows) == [["韦晓岚"], ["伊莎·罗文"]]


def test_person_model_reader_column_files(tmp_path):
    """Resume NER's BMES tags (``NAME`` is a person) and Weibo NER's ``char<digit>`` tokens
    (named mentions only; a nominal ``PER.NOM`` is no name) read as BIO."""
    script = _trainer_script()
    resume = tmp_path / "resume.bmes"
    resume.write_text(
        "邱 B-NAME\n晨 M-NAME\n阳 E-NAME\n： O\n男 O\n\n韦 S-NAME\n任 O\n董 B-TITLE\n事 E-TITLE\n",
        encoding="utf-8",
    )
    assert list(script._bio(resume, ("PER",))) == [
        ("邱晨阳：男", ["B-PER", "I-PER", "I-PER", "O", "O"]),
        ("韦任董事", ["B-PER", "O", "O", "O"]),
    ]
    weibo = tmp_path / "weibo.conll"
    weibo.write_text(
        "韦0\tB-PER.NAM\n晓1\tI-PER.NAM\n岚2\tI-PER.NAM\n和0\tO\n老0\tB-PER.NOM\n师1\tI-PER.NOM\n在0\tO\n"
        "青0\tB-GPE.NAM\n禾1\tI-GPE.NAM\n",
        encoding="utf-8",
    )
    [(text, tags)] = script._bio(weibo, ("PER", "LOC"))
    assert text == "韦晓岚和老师在青禾"
    assert tags == ["B-PER", "I-PER", "I-PER", "O", "O", "O", "O", "B-LOC", "I-LOC"]


def test_person_model_tags_what_it_knows_as_it_tags_every_feature():
    """The tagger is handed only attributes the model file knows (most hashed pairs it lacks): the
    tags and every marginal are those of the whole :func:`features`, to the bit."""
    from kg.extract.person_model import _known, _model_features, _tagger, _word_tags

    known, tagger = _known().attrs, _tagger()
    for text in ("运动员赵小满在比赛中夺冠。", "外长阿尔贝托·卡尔多延科说，司马光和王五出席。", "Ab1２，市长韦晓岚"):
        words = _word_tags(text)
        whole, given = features(text, words), _model_features(text, words)
        fewer = [[a.decode() if isinstance(a, bytes) else a for a in f] for f in given]  # some come in UTF-8
        assert [[a for a in f if a in known] for f in whole] == [[a for a in f if a in known] for f in fewer]
        assert all(set(b) <= set(a) for a, b in zip(whole, fewer, strict=True))
        runs = []
        for rows in (whole, given):
            tags = tagger.tag(rows)
            runs.append((tags, [tagger.marginal(t, i) for i in range(len(text)) for t in tagger.labels()]))
        assert runs[0] == runs[1]


def test_person_model_attributes_read_from_the_file_are_those_with_weights():
    from kg.extract.person_model import _model_attributes, _tagger

    assert _model_attributes() == {a for a, _ in _tagger().info().state_features}

#!/usr/bin/env python3
"""Makes the broken cases of tests/broken/ as overlays on tests/broken/_base.

Each case is the small valid tree in _base/ with one mistake (or several)
made in it. A case folder holds only what differs from _base/: the content
files the mistake changes, a `removed` file listing the paths of _base/ it
takes away, and whatever the case adds (templates/, out). tests/diagnostics.rs
puts the whole tree back together in a temporary directory before running it.

The edits below are the record of what each case changes; this script
replays them on a copy of _base/ and writes the files that came out
different. Run it for a new case, and for every case after _base/ changes
(a case's copy of a changed file would otherwise keep the old base text).
It never touches expected.txt: run `BLESS=1 cargo test --test diagnostics`
for that, then read every changed expected.txt as a clerk would.

    python3 tests/broken/make_cases.py            # all cases
    python3 tests/broken/make_cases.py tab-indent # some
"""

import filecmp
import os
import shutil
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
BASE = os.path.join(HERE, "_base")
TEMPLATES = os.path.join(HERE, "..", "..", "templates")


def sub(path, old, new, count=1):
    """Replaces `old` by `new` in content file `path` (it must be there)."""
    p = os.path.join("content", path)
    with open(p, encoding="utf-8") as f:
        s = f.read()
    assert old in s, (path, old)
    s = s.replace(old, new, count)
    with open(p, "w", encoding="utf-8") as f:
        f.write(s)


def tsub(path, old, new):
    """The same in a template of templates/ (copied from the built-ins)."""
    if not os.path.isdir("templates"):
        os.mkdir("templates")
    p = os.path.join("templates", path)
    if not os.path.exists(p):
        shutil.copy(os.path.join(TEMPLATES, path), p)
    with open(p, encoding="utf-8") as f:
        s = f.read()
    assert old in s, (path, old)
    with open(p, "w", encoding="utf-8") as f:
        f.write(s.replace(old, new, 1))


def write_bytes(path, data):
    with open(path, "wb") as f:
        f.write(data)


# name → (what it shows, edit, command); the command runs in the assembled case
# (_base/ with the edit made); "check" cases are also run as `build` by the test.
CASES = {
    # --- malformed YAML
    "yaml-colon-in-text": (
        "an unquoted text containing `: `",
        lambda: sub("economy.yaml", "title: Kinh tế", "title: Kinh tế: tổng quan"),
        None,
    ),
    "yaml-unclosed-quote": (
        "a quote opened and never closed on its line",
        lambda: sub("economy.yaml", 'heading: Sản xuất nông nghiệp', 'heading: "Sản xuất nông nghiệp'),
        None,
    ),
    "yaml-bad-indent": (
        "a key indented one space less than its neighbours",
        lambda: sub("economy.yaml", "    unit: triệu đồng", "   unit: triệu đồng"),
        None,
    ),
    "yaml-block-underindented": (
        "the text of a `>-` block not indented under its key",
        lambda: sub(
            "economy.yaml",
            "            - >-\n              Giá trị sản xuất nông",
            "            - >-\n            Giá trị sản xuất nông",
        ),
        None,
    ),
    "yaml-unquoted-template": (
        "a sentence starting with `{{` and not quoted",
        lambda: sub(
            "society.yaml",
            "        - text: Tỷ lệ hộ nghèo giảm còn dưới 1%.",
            "        - text: {{ doc.next_term[1] }} tỷ lệ hộ nghèo giảm còn dưới 1%.",
        ),
        None,
    ),
    "yaml-next-line-swallowed": (
        "a key indented further than the key above it, read as part of its value",
        lambda: sub("economy.yaml", "    unit: triệu đồng", "      unit: triệu đồng"),
        None,
    ),
    "tab-indent": (
        "tabs in the indentation",
        lambda: sub(
            "society.yaml",
            "      body:\n        - text",
            "      body:\n\t\t- text",
        ),
        None,
    ),
    "invalid-utf8": (
        "a section file saved in Windows-1252 rather than UTF-8",
        lambda: write_bytes(
            "content/society.yaml",
            open("content/society.yaml", encoding="utf-8")
            .read()
            .replace("title: Văn hóa - xã hội", "title: V\u00e3n h\u00f3a")
            .encode("cp1252", errors="replace"),
        ),
        None,
    ),
    "empty-file": (
        "a section file with nothing in it",
        lambda: write_bytes("content/society.yaml", b"# yaml-language-server: $schema=../../../../schema/section.schema.json\n"),
        None,
    ),
    # --- the content's shape
    "wrong-type-number": (
        "a word where a whole number belongs",
        lambda: sub("report.yaml", "congress: 6", "congress: sáu"),
        None,
    ),
    "wrong-type-list": (
        "a text where a list belongs",
        lambda: sub("economy.yaml", "      body:\n        - >-\n          Giá trị sản xuất năm", "      body: >-\n          Giá trị sản xuất năm"),
        None,
    ),
    "wrong-type-bool": (
        "`có` where true/false belongs",
        lambda: sub("economy.yaml", "run_in: true", "run_in: có"),
        None,
    ),
    "wrong-length": (
        "a term of three years",
        lambda: sub("report.yaml", "previous_term: [2020, 2025]", "previous_term: [2020, 2025, 2030]"),
        None,
    ),
    "missing-key-figure": (
        "a figure without its `label`",
        lambda: sub("economy.yaml", "    label: Giá trị sản xuất\n", ""),
        None,
    ),
    "missing-key-document": (
        "`document` without `issuing_body`",
        lambda: sub("report.yaml", "  issuing_body: ĐẢNG ỦY THỊ TRẤN BẾN SUNG\n", ""),
        None,
    ),
    "missing-key-top": (
        "report.yaml without its list of section files",
        lambda: sub("report.yaml", "sections:\n  - economy\n  - society\n", ""),
        None,
    ),
    "yaml-list-misaligned": (
        "a list item indented one space less than the one above",
        lambda: sub("economy.yaml", "        - heading: Sản xuất nông nghiệp", "       - heading: Sản xuất nông nghiệp"),
        None,
    ),
    "unknown-key-figure": (
        "`yaer` for `year` in a figure",
        lambda: sub("economy.yaml", "    year: 2025", "    yaer: 2025"),
        None,
    ),
    "unknown-key-paragraph": (
        "`clauss` in a structured paragraph (an untagged enum hid it before)",
        lambda: sub("society.yaml", "          clauses:", "          clauss:"),
        None,
    ),
    "unknown-key-item": (
        "`heding` in a numbered item",
        lambda: sub("economy.yaml", "        - heading: Sản xuất nông nghiệp", "        - heding: Sản xuất nông nghiệp"),
        None,
    ),
    "unknown-key-report": (
        "`sectons` at the top of report.yaml",
        lambda: sub("report.yaml", "sections:", "sectons:"),
        None,
    ),
    "unknown-key-settings": (
        "`margin_lef_mm` in the format settings (a struct of the DOCX writer)",
        lambda: sub("report.yaml", "sections:", "format:\n  settings:\n    margin_lef_mm: 35\n\nsections:"),
        None,
    ),
    "bad-line-spacing": (
        "a line spacing given two ways at once",
        lambda: sub("report.yaml", "sections:", "format:\n  settings:\n    line_spacing: {lines: 1.15, exact: 18}\n\nsections:"),
        None,
    ),
    "bad-verdict": (
        "a misspelt verdict",
        lambda: sub("economy.yaml", "    target: 1785.7", "    target: 1785.7\n    verdict: exceded"),
        None,
    ),
    # --- ids
    "duplicate-figure-id": (
        "one figure id in two section files",
        lambda: sub("society.yaml", "  tong_gtsx:", "  gtsx_nong_nghiep:"),
        None,
    ),
    "duplicate-figure-id-same-file": (
        "one figure id twice in a file (serde kept the last silently)",
        lambda: sub("economy.yaml", "  gtsx_nong_nghiep:", "  gia_tri_san_xuat:"),
        None,
    ),
    "duplicate-key": (
        "`unit:` twice in a figure",
        lambda: sub("economy.yaml", "    unit: tỷ đồng\n    year: 2025", "    unit: tỷ đồng\n    unit: triệu đồng\n    year: 2025"),
        None,
    ),
    "duplicate-section": (
        "a section file listed twice in report.yaml",
        lambda: sub("report.yaml", "  - society\n", "  - society\n  - economy\n"),
        None,
    ),
    # --- references
    "unknown-target-figure": (
        "a target naming a figure that does not exist",
        lambda: sub("economy.yaml", "        - figure: thu_nhap_2030", "        - figure: thu_nhap_2031"),
        None,
    ),
    "unknown-same-as": (
        "`same_as` naming a figure that does not exist",
        lambda: sub("society.yaml", "same_as: gia_tri_san_xuat", "same_as: gia_tri_sanxuat"),
        None,
    ),
    "unknown-part-figure": (
        "a part naming a figure that does not exist",
        lambda: sub("economy.yaml", "parts: { cong_nghiep: 617.47, dich_vu: 1912.51 }", "parts: { cong_nghiep: gtsx_cong_nghiep, dich_vu: 1912.51 }"),
        None,
    ),
    "unknown-figure-in-sentence": (
        "`f.<id>` with a misspelt id in a sentence",
        lambda: sub("economy.yaml", "{{ f.gtsx_nong_nghiep.value | num }}", "{{ f.gtsx_nong_nghep.value | num }}"),
        None,
    ),
    "unknown-figure-field": (
        "a misspelt field, and a field the figure lacks the data for",
        lambda: (
            sub("economy.yaml", "{{ f.gia_tri_san_xuat.change | num }}", "{{ f.gia_tri_san_xuat.chage | num }}"),
            sub("economy.yaml", "{{ f.gtsx_nong_nghiep.value | num }}", "{{ f.gtsx_nong_nghiep.pct_target | pct }}"),
        ),
        None,
    ),
    "unknown-slot": (
        "material for a slot the outline does not have",
        lambda: sub("society.yaml", "  targets:\n", "  target:\n"),
        None,
    ),
    "missing-section-file": (
        "report.yaml lists a section file that does not exist",
        lambda: sub("report.yaml", "  - society", "  - societi"),
        None,
    ),
    # --- numbers and dates
    "bad-number-separators": (
        "`2,732.16` written the English way, in quotes",
        lambda: sub("economy.yaml", "    value: 2732.16", "    value: '2,732.16'"),
        None,
    ),
    "bad-number-vietnamese": (
        "`1.912,51` written the Vietnamese way in a part",
        lambda: sub("economy.yaml", "dich_vu: 1912.51", "dich_vu: 1.912,51"),
        None,
    ),
    "bad-number-text": (
        "a word where a number belongs",
        lambda: sub("economy.yaml", "    value: 202.18", "    value: abc"),
        None,
    ),
    "invalid-date": (
        "30 February",
        lambda: sub("report.yaml", "date: 2025-02-05", "date: 2025-02-30"),
        None,
    ),
    # --- templates
    "unknown-filter-sentence": (
        "`nm` for `num` in a target's sentence",
        lambda: sub("economy.yaml", "{{ value | num }}", "{{ value | nm }}"),
        None,
    ),
    "unknown-variable-sentence": (
        "`{{ value }}` in a target that names no figure",
        lambda: sub("society.yaml", "        - text: Tỷ lệ hộ nghèo giảm còn dưới 1%.", '        - text: "Tỷ lệ hộ nghèo giảm còn dưới {{ value | pct }}."'),
        None,
    ),
    "sentence-syntax": (
        "a filter argument left empty in a sentence",
        lambda: sub("economy.yaml", "{{ f.gia_tri_san_xuat.change | num }}", "{{ f.gia_tri_san_xuat.change | num(p=) }}"),
        None,
    ),
    "template-unknown-variable": (
        "`doc.titel` in a --templates file",
        lambda: tsub("title.md", "doc.title", "doc.titel"),
        "check --content content --templates templates",
    ),
    "template-unknown-filter": (
        "unknown filters in two --templates files, reported together",
        lambda: (tsub("title.md", "doc.title | md", "doc.title | upper2"), tsub("header.md", "doc.issuing_body | md", "doc.issuing_body | mdd")),
        "check --content content --templates templates",
    ),
    "template-missing-include": (
        "an include of a template that does not exist",
        lambda: tsub("report.md", '"closing.md"', '"closng.md"'),
        "check --content content --templates templates",
    ),
    "template-syntax": (
        "`}` for `}}` in one --templates file, `}}` left out in another: both reported",
        lambda: (
            tsub("title.md", "{{ doc.title | md }}", "{{ doc.title | md }"),
            tsub("header.md", "{{ doc.place_date | md }}", "{{ doc.place_date | md "),
        ),
        "check --content content --templates templates",
    ),
    # --- files and directories
    "missing-content-dir": (
        "--content names a directory that does not exist",
        lambda: shutil.rmtree("content"),
        "check --content content",
    ),
    "missing-report": (
        "a content directory without report.yaml",
        lambda: os.remove("content/report.yaml"),
        None,
    ),
    "missing-templates-dir": (
        "--templates names a directory that does not exist",
        lambda: None,
        "check --content content --templates templats",
    ),
    "out-not-writable": (
        "--out under a regular file",
        lambda: write_bytes("out", b"a file, not a directory\n"),
        "build --content content --out out/reports",
    ),
    # --- several at once
    "several-files-broken": (
        "a YAML error in one section file and an unknown key in the other: both reported",
        lambda: (
            sub("economy.yaml", "title: Kinh tế", "title: Kinh tế: tổng quan"),
            sub("society.yaml", "          clauses:", "          clauss:"),
        ),
        None,
    ),
    "several-report-broken": (
        "report.yaml cannot be read, and the section files are still checked",
        lambda: (
            sub("report.yaml", "  place: Bến Sung", "  place: Bến Sung\n\tyear: 2025"),
            sub("economy.yaml", "    value: 2732.16", "    value: '2,732.16'"),
        ),
        None,
    ),
    "several-references": (
        "a bad date, an unknown `same_as`, an unknown filter and an unknown slot in one run",
        lambda: (
            sub("report.yaml", "date: 2025-02-05", "date: 2025-02-30"),
            sub("society.yaml", "same_as: gia_tri_san_xuat", "same_as: gia_tri_sanxuat"),
            sub("economy.yaml", "{{ value | num }}", "{{ value | nm }}"),
            sub("society.yaml", "  targets:\n", "  target:\n"),
        ),
        None,
    ),
    "json-format": (
        "the same diagnostics, machine-readable",
        lambda: (
            sub("economy.yaml", "    year: 2025", "    yaer: 2025"),
            sub("society.yaml", "          clauses:", "          clauss:"),
        ),
        "check --content content --format json",
    ),
    # editing without programming (issue 12)
    "blank-first-congress": (
        "a first congress whose subtitle prints the previous congress",
        lambda: (
            sub("report.yaml", "  congress: 6", "  congress: 1"),
            sub("report.yaml", "Báo cáo chính trị tại Đại hội lần thứ", "Báo cáo chính trị của Ban Chấp hành lần thứ {{ doc.previous_congress_roman }} tại Đại hội lần thứ"),
        ),
        None,
    ),
    "blank-superior-body": (
        "a sentence printing the superior body of a report that has none",
        lambda: (
            sub("report.yaml", "  superior_body: ĐẢNG BỘ HUYỆN NHƯ THANH\n", ""),
            sub("report.yaml", "  - Đảng bộ thị trấn có 24 chi bộ trực thuộc.", "  - Dưới sự lãnh đạo của {{ doc.superior_body }}, Đảng bộ thị trấn có 24 chi bộ trực thuộc."),
        ),
        None,
    ),
    "short-name-unknown": (
        "a sentence using a short name its paragraph does not give",
        lambda: sub(
            "economy.yaml",
            "        - >-\n          Giá trị sản xuất năm {{ f.gia_tri_san_xuat.year }} {{ f.gia_tri_san_xuat.verb }}\n          {{ f.gia_tri_san_xuat.value | num }} {{ f.gia_tri_san_xuat.unit }}, tăng\n          {{ f.gia_tri_san_xuat.change | num }} {{ f.gia_tri_san_xuat.unit }} so với năm 2020.",
            "        - with: { gt: gia_tri_san_xuat }\n          text: >-\n            Giá trị sản xuất năm {{ gt.year }} {{ gt.verb }} {{ gtt | qty }},\n            {{ gt | change }}.",
        ),
        None,
    ),
    "short-name-bad-field": (
        "a short name with a field its figure does not have",
        lambda: sub(
            "economy.yaml",
            "        - >-\n          Giá trị sản xuất năm {{ f.gia_tri_san_xuat.year }} {{ f.gia_tri_san_xuat.verb }}\n          {{ f.gia_tri_san_xuat.value | num }} {{ f.gia_tri_san_xuat.unit }}, tăng\n          {{ f.gia_tri_san_xuat.change | num }} {{ f.gia_tri_san_xuat.unit }} so với năm 2020.",
            "        - with: { gt: gia_tri_san_xuat }\n          text: >-\n            Giá trị sản xuất năm {{ gt.yaer }} {{ gt.verb }} {{ gt | qty }},\n            {{ gt | change }}.",
        ),
        None,
    ),
    "short-name-unknown-figure": (
        "a short name for a figure id that does not exist",
        lambda: sub(
            "economy.yaml",
            "        - >-\n          Giá trị sản xuất năm {{ f.gia_tri_san_xuat.year }} {{ f.gia_tri_san_xuat.verb }}\n          {{ f.gia_tri_san_xuat.value | num }} {{ f.gia_tri_san_xuat.unit }}, tăng\n          {{ f.gia_tri_san_xuat.change | num }} {{ f.gia_tri_san_xuat.unit }} so với năm 2020.",
            "        - with: { gt: gia_tri_san_xua }\n          text: >-\n            Giá trị sản xuất năm {{ gt.year }} {{ gt.verb }} {{ gt | qty }},\n            {{ gt | change }}.",
        ),
        None,
    ),
    "figure-filter-lacks": (
        "`change` of a figure without a baseline",
        lambda: sub("economy.yaml", "đạt {{ value | num }} {{ unit }}.", "đạt {{ value | num }} {{ unit }}, {{ f.thu_nhap_2030 | change }}."),
        None,
    ),
    "count-stated-differs": (
        "a heading that states a count its list contradicts (a warning)",
        lambda: sub("economy.yaml", "    - heading: Về phát triển kinh tế", "    - heading: Về phát triển kinh tế, 02 lĩnh vực"),
        "check --content content --strict",
    ),
    "count-id-twice": (
        "one `id:` given to two lists",
        lambda: (
            sub("economy.yaml", "    - heading: Về phát triển kinh tế\n", "    - heading: Về phát triển kinh tế\n      id: kinh_te\n"),
            sub("economy.yaml", "    - heading: Chỉ tiêu về kinh tế\n", "    - heading: Chỉ tiêu về kinh tế\n      id: kinh_te\n"),
        ),
        None,
    ),
    "several-errors-one-file": (
        "three mistakes in one file: all three are reported at once",
        lambda: (
            sub("economy.yaml", "    value: 2732.16", "    value: 2,732.16"),
            sub("economy.yaml", "    baseline: 814.4", "    baselin: 814.4"),
            sub("economy.yaml", "        - figure: thu_nhap_2030\n", "        - figure: thu_nhap_2030\n          txt: x\n"),
        ),
        None,
    ),
    # --- hostile and careless input (issue 13)
    "section-path-outside": (
        "a section listed with `..`, which would read a file outside the content folder",
        lambda: sub("report.yaml", "  - society\n", "  - society\n  - ../../../x/private\n"),
        None,
    ),
    "section-path-absolute": (
        "a section listed with an absolute path",
        lambda: sub("report.yaml", "  - society\n", "  - society\n  - /etc/passwd\n"),
        None,
    ),
    "section-path-dot": (
        "`./economy` beside `economy`: one error, not a duplicate of every figure",
        lambda: sub("report.yaml", "  - economy\n", "  - economy\n  - ./economy\n"),
        None,
    ),
    "doc-stem-path": (
        "`stem:` with a path, which would write outside --out",
        lambda: sub("report.yaml", "document:\n", "document:\n  stem: ../../elsewhere/notes\n"),
        None,
    ),
    "doc-stem-empty": (
        "an empty `stem:`, which would write hidden files",
        lambda: sub("report.yaml", "document:\n", "document:\n  stem: ''\n"),
        None,
    ),
    "doc-stem-newline": (
        "a line break in `stem:`, which would put it in the file names",
        lambda: sub("report.yaml", "document:\n", 'document:\n  stem: "bao-cao\\nchinh-tri"\n'),
        None,
    ),
    "yaml-nested-too-deep": (
        "`[` nested 200 deep, which the YAML parser would take quadratic time over",
        lambda: sub("economy.yaml", "title: Kinh tế\n", "title: Kinh tế\nnote_extra: " + "[" * 200 + "]" * 200 + "\n"),
        None,
    ),
    "sentence-loop": (
        "nested `range` loops in a sentence (10⁸ iterations)",
        lambda: sub(
            "economy.yaml",
            "{{ f.gtsx_nong_nghiep.value | num }} tỷ đồng.",
            "{% for i in range(end=10000) %}{% for j in range(end=10000) %}x{% endfor %}{% endfor %} tỷ đồng.",
        ),
        None,
    ),
    "sentence-set-global": (
        "`set_global` doubling a string in a sentence",
        lambda: sub(
            "economy.yaml",
            "Giá trị sản xuất nông nghiệp đạt {{ f.gtsx_nong_nghiep.value | num }}",
            "{% set_global s = 'xx' %}{% set_global s = s ~ s %}{% set_global s = s ~ s %}{{ s }}",
        ),
        None,
    ),
    "figure-overflow": (
        "area 7.0e+28 × yield 7.0e+28: too large for a decimal (it panicked)",
        lambda: sub(
            "economy.yaml",
            "    unit: tỷ đồng\n  thu_nhap_2030:",
            "    unit: tỷ đồng\n  san_luong_qua_lon:\n    label: Sản lượng gõ nhầm\n    area: 7.0e+28\n"
            "    yield: 7.0e+28\n    unit: tấn\n  thu_nhap_2030:",
        ),
        None,
    ),
    "figure-overflow-derived": (
        "parts, change, over_target, growth_over_target and per_year each too large for a decimal (they panicked)",
        lambda: sub(
            "economy.yaml",
            "    unit: tỷ đồng\n  thu_nhap_2030:",
            "    unit: tỷ đồng\n"
            "  tong_qua_lon:\n    label: Tổng gõ nhầm\n    parts: { a: 7.0e+28, b: 7.0e+28 }\n    unit: tỷ đồng\n"
            "  tang_qua_lon:\n    label: Mức tăng gõ nhầm\n    value: 7.0e+28\n    baseline: -7.0e+28\n    unit: tỷ đồng\n"
            "  vuot_qua_lon:\n    label: Mức vượt gõ nhầm\n    value: 7.0e+28\n    target: -7.0e+28\n    unit: tỷ đồng\n"
            "  toc_do_qua_lon:\n    label: Tốc độ tăng gõ nhầm\n    value: 2\n    baseline: 1\n    year: 2025\n"
            "    stated: { growth: 7.0e+28 }\n    growth_target: -7.0e+28\n    unit: tỷ đồng\n"
            "  moi_nam_qua_lon:\n    label: Bình quân mỗi năm gõ nhầm\n    value: 7.0e+28\n    years: 0.5\n    unit: tỷ đồng\n"
            "  thu_nhap_2030:",
        ),
        None,
    ),
    "control-character": (
        "a raw U+0001 inside a paragraph (line 40), which would make document.xml malformed",
        lambda: sub("economy.yaml", "Giá trị sản xuất nông nghiệp đạt", "Giá trị sản\x01 xuất nông nghiệp đạt"),
        None,
    ),
    "escaped-control-character": (
        'a NUL written as a YAML escape in a unit ("tỷ\\0 đồng"), which would reach the DOCX',
        lambda: sub("economy.yaml", "    unit: tỷ đồng", '    unit: "tỷ\\0 đồng"'),
        None,
    ),
    "escaped-control-character-x01": (
        '`\\x01` written as a YAML escape in a heading (as `"A\\x01B"`), which would make document.xml malformed',
        lambda: sub("economy.yaml", "heading: Sản xuất nông nghiệp", 'heading: "Sản xuất\\x01 nông nghiệp"'),
        None,
    ),
    "doc-issuing-body-vertical-tab": (
        '`"\\x0b"` (a vertical tab) in `issuing_body`: one error, at its value',
        lambda: sub("report.yaml", "issuing_body: ĐẢNG ỦY THỊ TRẤN BẾN SUNG", 'issuing_body: "ĐẢNG ỦY\\x0bTHỊ TRẤN BẾN SUNG"'),
        None,
    ),
    "noncharacter-in-text": (
        "U+FFFE written as a YAML escape in a target, and a raw U+FFFF in a heading: neither may be in XML",
        lambda: (
            sub("society.yaml", "- text: Tỷ lệ hộ nghèo giảm còn dưới 1%.", '- text: "Tỷ lệ hộ nghèo\\uFFFE giảm còn dưới 1%."'),
            sub("economy.yaml", "heading: Sản xuất nông nghiệp", "heading: Sản xuất\uffff nông nghiệp"),
        ),
        None,
    ),
    "settings-lang-markup": (
        "`lang: 'vi-VN <&>'`, which would be written unescaped into the XML",
        lambda: sub("report.yaml", "\nsections:", "\nformat:\n  settings:\n    lang: 'vi-VN <&>'\nsections:"),
        None,
    ),
    "settings-negative-page": (
        "a negative page width and a zero body size",
        lambda: sub("report.yaml", "\nsections:", "\nformat:\n  settings:\n    page_width_mm: -10\n    body_size_pt: 0\nsections:"),
        None,
    ),
    "settings-bad-margins": (
        "a negative margin, and a bottom margin leaving no room on the page",
        lambda: sub("report.yaml", "\nsections:", "\nformat:\n  settings:\n    margin_left_mm: -5\n    margin_bottom_mm: 290\nsections:"),
        None,
    ),
    "node-number-markup": (
        "a `number:` and a `count_label:` holding Markdown and line breaks, which would inject a heading",
        lambda: (
            sub("economy.yaml", "    - heading: Về phát triển kinh tế\n", '    - heading: Về phát triển kinh tế\n      number: "**9** [a](b)\\n\\n# X {.title}"\n'),
            sub("economy.yaml", "count_label: chỉ tiêu", 'count_label: "**9** [a](b)\\n\\n# X {.title}"'),
        ),
        None,
    ),
    "doc-congress-zero": (
        "`congress: 0`, which would print “lần thứ ,”",
        lambda: sub("report.yaml", "congress: 6", "congress: 0"),
        None,
    ),
    "doc-congress-too-large": (
        "`congress: 4000`, which would print “lần thứ ,”",
        lambda: sub("report.yaml", "congress: 6", "congress: 4000"),
        None,
    ),
    "doc-date-out-of-range": (
        "a date of year 0000",
        lambda: sub("report.yaml", "date: 2025-02-05", "date: 0000-01-01"),
        None,
    ),
    "doc-date-negative": (
        "a date before year 0 (`-2025-01-01`)",
        lambda: sub("report.yaml", "date: 2025-02-05", "date: -2025-01-01"),
        None,
    ),
    "doc-draft-zero": (
        "`draft: 0`",
        lambda: sub("report.yaml", "draft: 1", "draft: 0"),
        None,
    ),
    "doc-term-reversed": (
        "a reversed term",
        lambda: sub("report.yaml", "next_term: [2025, 2030]", "next_term: [2030, 2025]"),
        None,
    ),
    "doc-issuing-body-newline": (
        "a line break in `issuing_body`, which would break the header table",
        lambda: sub("report.yaml", "issuing_body: ĐẢNG ỦY THỊ TRẤN BẾN SUNG", 'issuing_body: "ĐẢNG ỦY\\nTHỊ TRẤN BẾN SUNG"'),
        None,
    ),
    # --- messages that misled (issue 13)
    "number-too-large": (
        "a congress number too large for any integer: said as a number too large, not as u128",
        lambda: sub("report.yaml", "congress: 6", "congress: 99999999999999999999999"),
        None,
    ),
    "str-tag-number": (
        "`!!str 76.6`: the hint says to remove the tag, not to write 76.6",
        lambda: sub("economy.yaml", "    value: 2732.16", "    value: !!str 2732.16"),
        None,
    ),
    "yaml-document-end": (
        "`...` (the end of a YAML document) before more keys: said as `...`, at its line",
        lambda: sub("economy.yaml", "{{ unit }}.\"\n", "{{ unit }}.\"\n...\nnote_extra: 1\n"),
        None,
    ),
}


def overlay(tree):
    """What `tree` (an edited copy of _base/) changes: the files to write,
    as paths relative to it, and the paths of _base/ it removed."""
    changed, removed = [], []
    for top, dirs, files in os.walk(tree):
        for f in files:
            p = os.path.relpath(os.path.join(top, f), tree)
            b = os.path.join(BASE, p)
            if not os.path.isfile(b) or not filecmp.cmp(b, os.path.join(tree, p), shallow=False):
                changed.append(p)
    for top, dirs, files in os.walk(BASE):
        rel = os.path.relpath(top, BASE)
        for d in list(dirs):
            p = os.path.normpath(os.path.join(rel, d))
            if not os.path.isdir(os.path.join(tree, p)):
                removed.append(p)  # a whole folder gone: list it, not its files
                dirs.remove(d)
        for f in files:
            p = os.path.normpath(os.path.join(rel, f))
            if not os.path.exists(os.path.join(tree, p)):
                removed.append(p)
    return sorted(changed), sorted(removed)


def make(name):
    what, edit, cmd = CASES[name]
    d = os.path.join(HERE, name)
    expected = None
    if os.path.exists(os.path.join(d, "expected.txt")):
        with open(os.path.join(d, "expected.txt"), "rb") as f:
            expected = f.read()
    with tempfile.TemporaryDirectory() as tmp:
        tree = os.path.join(tmp, name)
        shutil.copytree(BASE, tree)
        cwd = os.getcwd()
        os.chdir(tree)
        try:
            edit()
        finally:
            os.chdir(cwd)
        changed, removed = overlay(tree)
        if os.path.exists(d):
            shutil.rmtree(d)
        os.mkdir(d)
        for p in changed:
            os.makedirs(os.path.dirname(os.path.join(d, p)), exist_ok=True)
            shutil.copyfile(os.path.join(tree, p), os.path.join(d, p))
    if removed:
        with open(os.path.join(d, "removed"), "w", encoding="utf-8") as f:
            f.write("".join(p.replace(os.sep, "/") + "\n" for p in removed))
    if expected is not None:
        write_bytes(os.path.join(d, "expected.txt"), expected)
    with open(os.path.join(d, "case.txt"), "w", encoding="utf-8") as f:
        f.write(what + "\n")
    if cmd:
        with open(os.path.join(d, "cmd"), "w", encoding="utf-8") as f:
            f.write(cmd + "\n")


if __name__ == "__main__":
    for n in sys.argv[1:] or CASES:
        make(n)

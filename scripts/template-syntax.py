#!/usr/bin/env python3
"""How much of the report's sentences is template syntax.

Usage: python3 scripts/template-syntax.py [CONTENT_DIR ...]   (default: content)

Reads every YAML file of each content folder (PyYAML) and takes the texts
that become the report: the paragraphs, clauses, counted paragraphs,
headings, numbered texts, targets and their lines of the section files'
`slots:`, and report.yaml's opening, closing, outline titles, title and
subtitle. In each text, whitespace is collapsed to one space (as the
renderer does) and the template syntax is every `{{ … }}`, `{% … %}` and
`{# … #}` tag, braces included. A paragraph's or target's `with:` (short
names of figures) and a paragraph's `figure:` are typed by the editor for
the sentences too, so they are counted as syntax as well, as `name: id`
per entry (`syntax + bindings`).

Prints, per folder: the characters of text, of template syntax, of
bindings, and the share of syntax in all text and in the texts that have
any. Compare two folders (before and after an edit) by naming both.
"""
import re
import sys
from pathlib import Path

import yaml

TAG = re.compile(r"\{\{.*?\}\}|\{%.*?%\}|\{#.*?#\}", re.S)
TEXT_KEYS = {"text", "heading", "title", "subtitle"}
LIST_KEYS = {"body", "clauses", "counted", "lines", "opening", "closing"}


def squash(s):
    return " ".join(s.split())


def texts(node, key=None, out=None, binds=None):
    """Collects (text) strings that are sentences, and binding sizes."""
    if isinstance(node, dict):
        for k, v in node.items():
            if k == "figures" or k == "format" or k == "sections":
                continue
            if k == "with" and isinstance(v, dict):
                binds.append(sum(len(f"{n}: {i}") for n, i in v.items()))
                continue
            if k == "figure" and isinstance(v, str) and ("text" in node and "targets" not in node and "lines" not in node and key == "para"):
                binds.append(len(f"figure: {v}"))
                continue
            if k in TEXT_KEYS and isinstance(v, str):
                out.append(v)
            elif k in LIST_KEYS and isinstance(v, list):
                for item in v:
                    if isinstance(item, str):
                        out.append(item)
                    else:
                        texts(item, "para", out, binds)
            else:
                texts(v, k, out, binds)
    elif isinstance(node, list):
        for item in node:
            texts(item, key, out, binds)
    return out


def measure(folder):
    all_texts, binds = [], []
    for path in sorted(Path(folder).glob("*.yaml")):
        doc = yaml.safe_load(path.read_text(encoding="utf-8"))
        texts(doc, None, all_texts, binds)
    total = syntax = total_t = syntax_t = 0
    for t in all_texts:
        t = squash(t)
        tags = sum(len(squash(m.group(0))) for m in TAG.finditer(t))
        total += len(t)
        syntax += tags
        if tags:
            total_t += len(t)
            syntax_t += tags
    b = sum(binds)
    return {
        "texts": len(all_texts),
        "text_chars": total,
        "syntax_chars": syntax,
        "binding_chars": b,
        "syntax_plus_bindings": syntax + b,
        "share_all_%": round(100 * syntax / total, 1) if total else 0,
        "share_templated_%": round(100 * syntax / total_t, 1) if total_t else 0,
    }


def main(argv):
    folders = argv[1:] or ["content"]
    results = [(f, measure(f)) for f in folders]
    for f, r in results:
        print(f"{f}: " + ", ".join(f"{k} {v}" for k, v in r.items()))
    if len(results) == 2:
        (a, ra), (b, rb) = results
        for k in ("syntax_chars", "syntax_plus_bindings"):
            if ra[k]:
                print(f"{k}: {ra[k]} → {rb[k]} ({100 * (ra[k] - rb[k]) / ra[k]:.1f}% smaller)")


if __name__ == "__main__":
    main(sys.argv)

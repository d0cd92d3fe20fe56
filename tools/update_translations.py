"""Refresh the translation catalogues from the source code and compile them.

    .venv/bin/python tools/update_translations.py           # update .ts, compile .qm
    .venv/bin/python tools/update_translations.py --check   # exit 1 if out of date or unfinished

`pyside6-lupdate` scans all of `serre_desk/`: `self.tr(...)` in the window, and the
`QT_TRANSLATE_NOOP(context, text)` markers of the Qt-free code. Two kinds of call it cannot
attribute are mapped here: `ctx.tr(...)` of the command line (lupdate names the context after the
variable; `Context.tr` translates under "Cli"), and bare `tr(...)` helpers that wrap
`translate("Context", ...)` in a module. Literal `translate("Context", "text", ...)` calls are
collected too. Strings of modules whose `tr` is not catalogue-based are left out.

Existing translations are kept; new Italian strings are marked unfinished (the translation test
fails on them); the English catalogue translates every source to itself.
"""

from __future__ import annotations

import argparse
import ast
import re
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
SOURCES = REPO / "serre_desk"
CATALOGUES = REPO / "resources" / "translations"
BIN = Path(sys.executable).parent
LANGUAGES = ("it", "en")
CONTEXT_ALIASES = {"ctx": "Cli"}  # `ctx.tr(text)` is `translate("Cli", text)` (cli/context.py)
_LITERAL_CALLS = {"translate": False, "translate_n": True, "QT_TRANSLATE_N_NOOP": True}  # plural?
_TRANSLATE_HELPER = re.compile(r"def tr\([^)]*\)[^:]*:.*?translate\(\s*\"(\w+)\"", re.S)

Message = tuple[str, str]  # (context, source)
Translation = str | list[str]  # a text, or the plural forms of a "%n" message


def _helper_context(path: Path) -> str | None:
    """The context of a module's own `tr(text)` helper, when it wraps `translate("X", ...)`."""
    match = _TRANSLATE_HELPER.search(path.read_text(encoding="utf-8"))
    return match.group(1) if match else None


def _literal_translate_calls(path: Path) -> list[tuple[Message, bool]]:
    """`translate("Context", "literal", ...)` calls, which lupdate does not see, and the plural
    ones: `translate_n("Context", "%n ...", n)` and `QT_TRANSLATE_N_NOOP("Context", "%n ...")`."""
    found: list[tuple[Message, bool]] = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if not (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Name)
            and node.func.id in _LITERAL_CALLS
            and len(node.args) >= 2
        ):
            continue
        context, text = node.args[0], node.args[1]
        if (
            isinstance(context, ast.Constant)
            and isinstance(context.value, str)
            and isinstance(text, ast.Constant)
            and isinstance(text.value, str)
        ):
            found.append(((context.value, text.value), _LITERAL_CALLS[node.func.id]))
    return found


def extract() -> tuple[list[Message], set[Message]]:
    """Every translatable (context, source) of `serre_desk/` in a stable order, and which of
    them have plural forms (`tr("%n events", "", n)`)."""
    with tempfile.TemporaryDirectory() as folder:
        raw = Path(folder) / "extract.ts"
        subprocess.run(
            [
                str(BIN / "pyside6-lupdate"),
                "-silent",
                "-extensions",
                "py",
                "-locations",
                "absolute",
                str(SOURCES),
                "-ts",
                str(raw),
            ],
            check=True,
        )
        root = ET.parse(raw).getroot()
    messages: list[Message] = []
    plurals: set[Message] = set()
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            location = message.find("location")
            filename = location.get("filename", "") if location is not None else ""
            target = CONTEXT_ALIASES.get(name, name)
            if not target and filename:
                target = _helper_context(_resolve(filename))
            if target:
                messages.append((target, source))
                if message.get("numerus") == "yes":
                    plurals.add((target, source))
    for path in sorted(SOURCES.rglob("*.py")):
        for message, plural in _literal_translate_calls(path):
            messages.append(message)
            if plural:
                plurals.add(message)
    unique = dict.fromkeys(messages)
    return sorted(unique, key=lambda m: (m[0].lower(), m[0])), plurals


def _resolve(filename: str) -> Path:
    """lupdate writes locations relative to the .ts file; find the source by its tail."""
    tail = filename.split("serre_desk/", 1)[-1]
    return SOURCES / tail


def _existing(lang: str) -> dict[Message, Translation]:
    path = CATALOGUES / f"serre_desk_{lang}.ts"
    if not path.exists():
        return {}
    done: dict[Message, Translation] = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") in (
                "unfinished",
                "obsolete",
                "vanished",
            ):
                continue
            forms = [form.text or "" for form in translation.iter("numerusform")]
            text: Translation | None = forms if forms and all(forms) else translation.text
            if text:
                done[(name, message.findtext("source") or "")] = text
    return done


def render(lang: str, messages: list[Message], plurals: set[Message]) -> tuple[str, list[Message]]:
    """The .ts text for `lang` and the messages still without a translation (the English
    catalogue needs its plural forms written by hand, like the Italian one)."""
    known = _existing(lang)
    root = ET.Element(
        "TS", version="2.1", language="it_IT" if lang == "it" else "en_GB", sourcelanguage="en_GB"
    )
    missing: list[Message] = []
    current: ET.Element | None = None
    current_name = None
    for name, source in messages:
        if name != current_name:
            current = ET.SubElement(root, "context")
            ET.SubElement(current, "name").text = name
            current_name = name
        assert current is not None
        plural = (name, source) in plurals
        message = (
            ET.SubElement(current, "message", numerus="yes")
            if plural
            else ET.SubElement(current, "message")
        )
        ET.SubElement(message, "source").text = source
        translation = ET.SubElement(message, "translation")
        text = known.get((name, source)) or (source if lang == "en" and not plural else None)
        if plural:
            forms = text if isinstance(text, list) else ["", ""]
            for form in forms:
                ET.SubElement(translation, "numerusform").text = form
        elif isinstance(text, str):
            translation.text = text
        if not text or (plural and not isinstance(text, list)):
            translation.set("type", "unfinished")
            missing.append((name, source))
    ET.indent(root, space="    ")
    body = ET.tostring(root, encoding="unicode")
    return '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", missing


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument(
        "--check",
        action="store_true",
        help="change nothing; exit 1 if a catalogue is out of date or unfinished",
    )
    args = parser.parse_args()
    messages, plurals = extract()
    status = 0
    for lang in LANGUAGES:
        text, missing = render(lang, messages, plurals)
        path = CATALOGUES / f"serre_desk_{lang}.ts"
        current = path.read_text(encoding="utf-8") if path.exists() else ""
        for name, source in missing:
            print(f"{lang}: untranslated [{name}] {source}")
        if args.check:
            if current != text:
                print(f"{path.relative_to(REPO)} is out of date: run tools/update_translations.py")
                status = 1
            status = status or (1 if missing else 0)
            continue
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
        subprocess.run(
            [
                str(BIN / "pyside6-lrelease"),
                "-silent",
                str(path),
                "-qm",
                str(path.with_suffix(".qm")),
            ],
            check=True,
        )
        print(f"{path.relative_to(REPO)}: {len(messages)} messages, {len(missing)} unfinished")
    return status


if __name__ == "__main__":
    sys.exit(main())

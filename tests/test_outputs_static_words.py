"""Static images (svg, png, pdf) carry no instructions to click, drag or hover; pages do."""

from __future__ import annotations

import re
import zlib
from pathlib import Path

import pytest

from timeline.case import Case
from timeline.outputs import canonical_pdf, export_case
from timeline.outputs.pdf import _parse_pdf
from timeline.outputs.static import vl_options
from timeline.outputs.vegalite import chart_spec

INSTRUCTIONS = re.compile(r"click|drag|hover", re.IGNORECASE)

_FONT_DICT = re.compile(rb"/Font <<(.*?)>>", re.DOTALL)
_FONT_ENTRY = re.compile(rb"/(\w+) (\d+) 0 R")
_TO_UNICODE = re.compile(rb"/ToUnicode (\d+) 0 R")
_BFCHAR = re.compile(rb"beginbfchar(.*?)endbfchar", re.DOTALL)
_BFRANGE = re.compile(rb"beginbfrange(.*?)endbfrange", re.DOTALL)
_HEX = re.compile(rb"<([0-9A-Fa-f]+)>")
# a font chosen, or a string shown (literal or hex, alone or in an array)
_TEXT_OP = re.compile(
    rb"/(\w+) [\d.]+ Tf|\(((?:\\.|[^\\)])*)\)\s*Tj|<([0-9A-Fa-f]*)>\s*Tj|\[(.*?)\]\s*TJ",
    re.DOTALL,
)
_ESCAPE = re.compile(rb"\\([0-7]{1,3}|.)", re.DOTALL)


def _stream(head: bytes, stream: bytes) -> bytes:
    return zlib.decompress(stream) if b"/FlateDecode" in head else stream


def _cmap(text: bytes) -> dict[int, str]:
    """A ToUnicode CMap's glyph codes and the characters they stand for."""
    out: dict[int, str] = {}
    for block in _BFCHAR.findall(text):
        values = _HEX.findall(block)
        for src, dst in zip(values[::2], values[1::2], strict=True):
            out[int(src, 16)] = bytes.fromhex(dst.decode()).decode("utf-16-be")
    for block in _BFRANGE.findall(text):
        values = _HEX.findall(block)
        for lo, hi, dst in zip(values[::3], values[1::3], values[2::3], strict=True):
            first = int(dst, 16)
            for n, code in enumerate(range(int(lo, 16), int(hi, 16) + 1)):
                out[code] = chr(first + n)
    return out


def _literal(raw: bytes) -> bytes:
    """A PDF literal string's bytes, its escapes undone."""

    def undo(match: re.Match[bytes]) -> bytes:
        code = match[1]
        if code[:1].isdigit():
            return bytes([int(code, 8)])
        named = {b"n": b"\n", b"r": b"\r", b"t": b"\t", b"b": b"\b", b"f": b"\f"}
        return named.get(code, code)

    return _ESCAPE.sub(undo, raw)


def pdf_text(data: bytes) -> str:
    """The text a vl-convert PDF shows, glyph by glyph, read through its fonts' CMaps."""
    _, objects, _ = _parse_pdf(data)
    fonts: dict[bytes, dict[int, str]] = {}
    for head, _stream_bytes in objects.values():
        for body in _FONT_DICT.findall(head):
            for name, ref in _FONT_ENTRY.findall(body):
                to_unicode = _TO_UNICODE.search(objects[int(ref)][0])
                assert to_unicode is not None
                cmap_head, cmap_stream = objects[int(to_unicode[1])]
                fonts[name] = _cmap(_stream(cmap_head, cmap_stream or b""))
    assert fonts, "no fonts found: the PDF is not laid out as expected"
    shown: list[str] = []
    for head, stream in objects.values():
        if stream is None or b"/Length1" in head:  # no content, or a font file
            continue
        content = _stream(head, stream)
        if b"\nBT\n" not in content:
            continue
        font: dict[int, str] = {}
        for match in _TEXT_OP.finditer(content):
            if match[1] is not None:
                font = fonts[match[1]]
                continue
            if match[2] is not None:
                raw = _literal(match[2])
            elif match[3] is not None:
                raw = bytes.fromhex(match[3].decode())
            else:
                parts = re.findall(rb"\(((?:\\.|[^\\)])*)\)", match[4])
                raw = b"".join(_literal(p) for p in parts)
            codes = [int.from_bytes(raw[i : i + 2], "big") for i in range(0, len(raw), 2)]
            shown.append("".join(font.get(code, "") for code in codes))
    return "".join(shown)


@pytest.fixture(scope="module")
def first_export(first_case: Case, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The first case's svg, pdf, html page and embed."""
    out = tmp_path_factory.mktemp("first")
    export_case(first_case, ["svg", "pdf", "html", "embed"], out)
    return out


def test_svg_has_no_instructions(first_export: Path) -> None:
    svg = (first_export / "chart.svg").read_text(encoding="utf-8")
    assert INSTRUCTIONS.findall(svg) == []
    # a plain legend title and axis title, drawn and named for screen readers
    assert ">Lanes</text>" in svg
    assert "legend titled 'Lanes'" in svg
    assert ">The whole period</text>" in svg


def test_pdf_has_no_instructions(first_export: Path, first_case: Case) -> None:
    import vl_convert as vlc

    text = re.sub(r"\s+", "", pdf_text((first_export / "chart.pdf").read_bytes()))
    assert "Lanes" in text and "Thewholeperiod" in text
    assert INSTRUCTIONS.findall(text) == []
    # the reading works: the live chart's spec, drawn the same way, shows its instructions
    live = vlc.vegalite_to_pdf(chart_spec(first_case, 900), **vl_options())
    live_text = re.sub(r"\s+", "", pdf_text(canonical_pdf(bytes(live))))
    assert "Lanes(clicktoshoworhide)" in live_text
    assert "dragacrossthisstriptozoom" in live_text


def test_static_spec_has_no_instructions(first_case: Case) -> None:
    """The spec the png (and the svg and pdf) is drawn from says nothing of clicks."""
    from timeline.outputs.static import static_spec

    spec = static_spec(first_case, None)
    assert spec["vconcat"][1]["layer"]
    titles = re.findall(r'"title": "([^"]*)"', str(spec).replace("'", '"'))
    assert "Lanes" in titles and "The whole period" in titles
    assert not [t for t in titles if INSTRUCTIONS.search(t)]


def test_pages_keep_their_instructions(first_export: Path) -> None:
    for name in ("timeline.html", "embed.html"):
        page = (first_export / name).read_text(encoding="utf-8")
        assert "Lanes (click to show or hide)" in page, name
        assert "drag across this strip to zoom" in page, name

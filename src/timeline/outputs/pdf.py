"""PDF: the chart as a static image for print, in one byte-for-byte form."""

from __future__ import annotations

import re
import zlib

from timeline.case import Case
from timeline.outputs.static import static_spec, vl_options

__all__ = ["canonical_pdf", "write_pdf"]

_OBJ = re.compile(rb"(\d+) 0 obj\n")
_REF = re.compile(rb"(\d+) 0 R\b")
_LENGTH = re.compile(rb"/Length (\d+)\b")
_FONT_DICT = re.compile(rb"/Font <<\n(?P<body>(?:\s*/\w+ \d+ 0 R\n)+)(?P<indent>\s*)>>")
_FONT_ENTRY = re.compile(rb"/(\w+) (\d+) 0 R")
_SUBSET_TAG = re.compile(rb"/([A-Z]{6})\+")
_REF_DICT = re.compile(rb"(/\w+ <<\n)((?:[ \t]*/\w+ \d+ 0 R\n)+)([ \t]*>>)")


def canonical_pdf(data: bytes) -> bytes:
    """Give a vl-convert PDF one byte-for-byte form.

    vl-convert (svg2pdf) numbers objects, orders resources and fonts, and names font
    subsets differently from run to run; the pages are the same. This orders the fonts by
    name and content and renames their resources and subset tags to match, sorts every
    resource dictionary, renumbers the objects in the order they are reached from the
    catalogue, and rebuilds the cross-reference table. A PDF that is not laid out as
    expected is returned unchanged.
    """
    try:
        return _canonical_pdf(data)
    except (ValueError, KeyError, IndexError, zlib.error):
        return data


_PdfObject = tuple[bytes, bytes | None]


def _parse_pdf(data: bytes) -> tuple[bytes, dict[int, _PdfObject], bytes]:
    """Split a simple PDF into its header, objects (dictionary, stream) and trailer."""
    first = _OBJ.search(data)
    xref = data.rfind(b"\nxref\n")
    if first is None or xref < 0:
        raise ValueError("no objects or no cross-reference table")
    header = data[: first.start()]
    trailer_at = data.find(b"trailer\n", xref)
    trailer = data[trailer_at + len(b"trailer\n") : data.rfind(b"startxref")]
    objects: dict[int, _PdfObject] = {}
    pos = first.start()
    while pos < xref:
        match = _OBJ.match(data, pos)
        if match is None:
            if data[pos : pos + 1] in (b"\n", b"\r", b" "):
                pos += 1
                continue
            raise ValueError(f"unexpected bytes at {pos}")
        number = int(match[1])
        body_start = match.end()
        stream_at = data.find(b"\nstream\n", body_start)
        end_at = data.find(b"\nendobj", body_start)
        if 0 <= stream_at < end_at:
            head = data[body_start:stream_at]
            length = _LENGTH.search(head)
            if length is None:
                raise ValueError("stream without a direct length")
            start = stream_at + len(b"\nstream\n")
            stream = data[start : start + int(length[1])]
            if data[start + len(stream) : start + len(stream) + 10] != b"\nendstream":
                raise ValueError("stream length does not match")
            end_at = data.index(b"\nendobj", start + len(stream))
            objects[number] = (head, stream)
        else:
            objects[number] = (data[body_start:end_at], None)
        pos = end_at + len(b"\nendobj")
    return header, objects, trailer


def _canonical_pdf(data: bytes) -> bytes:
    header, objects, trailer = _parse_pdf(data)
    objects, tags = _order_fonts(objects)
    objects = {n: (_sort_entries(head), stream) for n, (head, stream) in objects.items()}
    return _renumber(header, objects, trailer, tags)


def _sort_entries(head: bytes) -> bytes:
    """Sort the entries of every dictionary of references (``/XObject``, ``/ExtGState``...)."""

    def sort(match: re.Match[bytes]) -> bytes:
        lines = match[2].splitlines(keepends=True)
        return match[1] + b"".join(sorted(lines, key=lambda line: line.split()[0])) + match[3]

    return _REF_DICT.sub(sort, head)


def _font_identity(objects: dict[int, _PdfObject], ref: int) -> bytes:
    """A font's name and everything it leads to, without object numbers or subset tags."""
    name = re.search(rb"/BaseFont /(?:[A-Z]{6}\+)?(\S+)", objects[ref][0])
    parts: list[bytes] = [name[1] if name else b""]
    seen: set[int] = set()
    pending = [ref]
    while pending:
        number = pending.pop(0)
        if number in seen or number not in objects:
            continue
        seen.add(number)
        head, stream = objects[number]
        parts.append(_SUBSET_TAG.sub(b"/", _REF.sub(b"R", head)))
        parts.append(stream or b"")
        pending.extend(int(m[1]) for m in _REF.finditer(head))
    return b"\0".join(parts)


def _rename_in_stream(head: bytes, stream: bytes, names: dict[bytes, bytes]) -> _PdfObject:
    """Rename font resources (``/fo1`` to ``/fo0``, all at once) in a content stream."""
    flate = b"/FlateDecode" in head
    raw = zlib.decompress(stream) if flate else stream
    pattern = re.compile(
        rb"/(" + b"|".join(re.escape(n) for n in sorted(names)) + rb")(?=[\s/\[\]<>()]|$)"
    )
    raw = pattern.sub(lambda m: b"/" + names[m[1]], raw)
    packed = zlib.compress(raw, 9) if flate else raw
    return _LENGTH.sub(b"/Length %d" % len(packed), head), packed


def _order_fonts(
    objects: dict[int, _PdfObject],
) -> tuple[dict[int, _PdfObject], dict[bytes, bytes]]:
    """Give each resource dictionary's fonts a canonical order, names and subset tags."""
    result = dict(objects)
    tags: dict[bytes, bytes] = {}
    for number, (head, stream) in objects.items():
        fonts = _FONT_DICT.search(head)
        if fonts is None:
            continue
        entries = [(m[1], int(m[2])) for m in _FONT_ENTRY.finditer(fonts["body"])]
        identities = {ref: _font_identity(objects, ref) for _, ref in entries}
        ordered = sorted(entries, key=lambda entry: identities[entry[1]])
        new_names = sorted(old for old, _ in entries)
        names = {old: new_names[i] for i, (old, _) in enumerate(ordered)}
        indent = fonts["indent"] + b"  "
        body = b"".join(b"%s/%s %d 0 R\n" % (indent, names[old], ref) for old, ref in ordered)
        head = head[: fonts.start("body")] + body + head[fonts.end("body") :]
        if stream is not None:  # a form XObject: its own stream draws with these fonts
            head, stream = _rename_in_stream(head, stream, names)
        result[number] = (head, stream)
        contents = re.search(rb"/Contents (\d+) 0 R", head)
        if contents is not None:
            chead, cstream = result[int(contents[1])]
            if cstream is None:
                raise ValueError("page contents without a stream")
            result[int(contents[1])] = _rename_in_stream(chead, cstream, names)
        for i, (_, ref) in enumerate(ordered):
            base = re.search(rb"/BaseFont /([A-Z]{6})\+", objects[ref][0])
            if base is not None:
                tags[base[1]] = _tag(i, identities[ref])
    return result, tags


def _renumber(
    header: bytes, objects: dict[int, _PdfObject], trailer: bytes, tags: dict[bytes, bytes]
) -> bytes:
    """Number objects in the order they are first reached from the trailer; rebuild xref."""
    order: list[int] = []
    seen: set[int] = set()
    pending = [int(m[1]) for m in _REF.finditer(trailer)] + sorted(objects)
    while pending:
        number = pending.pop(0)
        if number in seen or number not in objects:
            continue
        seen.add(number)
        order.append(number)
        pending[:0] = [int(m[1]) for m in _REF.finditer(objects[number][0])]
    new_number = {old: i + 1 for i, old in enumerate(order)}

    def rewrite(text: bytes) -> bytes:
        text = _REF.sub(lambda m: b"%d 0 R" % new_number[int(m[1])], text)
        return _SUBSET_TAG.sub(lambda m: b"/" + tags.get(m[1], m[1]) + b"+", text)

    out = bytearray(header)
    offsets: list[int] = []
    for old in order:
        head, stream = objects[old]
        offsets.append(len(out))
        out += b"%d 0 obj\n" % new_number[old] + rewrite(head)
        if stream is not None:
            out += b"\nstream\n" + stream + b"\nendstream"
        out += b"\nendobj\n\n"
    xref_at = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f\r\n" % (len(order) + 1)
    for offset in offsets:
        out += b"%010d 00000 n\r\n" % offset
    trailer = re.sub(rb"/Size \d+", b"/Size %d" % (len(order) + 1), rewrite(trailer))
    out += b"trailer\n" + trailer + b"startxref\n%d\n%%%%EOF\n" % xref_at
    return bytes(out)


def _tag(index: int, identity: bytes) -> bytes:
    """A six-letter subset tag from the font's place and content."""
    value = zlib.crc32(identity) ^ index
    letters = bytearray()
    for _ in range(6):
        value, digit = divmod(value, 26)
        letters.append(ord("A") + digit)
    return bytes(letters)


def write_pdf(case: Case, width: int | None, scale: float) -> dict[str, bytes]:
    """The ``pdf`` format: ``chart.pdf``, made canonical by :func:`canonical_pdf`."""
    import vl_convert as vlc

    spec = static_spec(case, width)
    return {"chart.pdf": canonical_pdf(bytes(vlc.vegalite_to_pdf(spec, **vl_options())))}

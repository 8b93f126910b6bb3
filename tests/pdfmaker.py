"""A tiny PDF writer for tests: lines of Chinese text as a real text layer (Type0 font, ToUnicode map).

No font is embedded (glyph ids are just numbers); text extraction reads the
ToUnicode map, as it does for e-paper PDFs. ``text_pdf([])`` is a page with
no text layer, like a scan.
"""

from __future__ import annotations


def text_pdf(lines: list[str], title: str = "") -> bytes:
    chars = sorted({c for line in lines for c in line})
    cid = {c: i + 1 for i, c in enumerate(chars)}
    body = ["BT /F1 12 Tf 40 800 Td 16 TL"]
    for line in lines:
        body.append("<" + "".join(f"{cid[c]:04X}" for c in line) + "> Tj T*")
    body.append("ET")
    content = "\n".join(body).encode("ascii") if lines else b""
    maps = []
    for i in range(0, len(chars), 100):
        block = chars[i : i + 100]
        entries = "\n".join(f"<{cid[c]:04X}> <{c.encode('utf-16-be').hex().upper()}>" for c in block)
        maps.append(f"{len(block)} beginbfchar\n{entries}\nendbfchar")
    cmap = (
        "/CIDInit /ProcSet findresource begin 12 dict begin begincmap\n"
        "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n"
        "/CMapName /Adobe-Identity-UCS def /CMapType 2 def\n"
        "1 begincodespacerange <0000> <FFFF> endcodespacerange\n" + "\n".join(maps) + "\n"
        "endcmap CMapName currentdict /CMap defineresource pop end end"
    ).encode("ascii")
    info = f"<< /Title <FEFF{title.encode('utf-16-be').hex().upper()}> >>" if title else "<< >>"
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R >> >> "
        b"/Contents 4 0 R >>",
        _stream(content),
        b"<< /Type /Font /Subtype /Type0 /BaseFont /KgTest /Encoding /Identity-H /DescendantFonts [6 0 R] "
        b"/ToUnicode 7 0 R >>",
        b"<< /Type /Font /Subtype /CIDFontType2 /BaseFont /KgTest /CIDSystemInfo << /Registry (Adobe) "
        b"/Ordering (Identity) /Supplement 0 >> /FontDescriptor 8 0 R /DW 1000 >>",
        _stream(cmap),
        b"<< /Type /FontDescriptor /FontName /KgTest /Flags 4 /FontBBox [0 -120 1000 880] /ItalicAngle 0 "
        b"/Ascent 880 /Descent -120 /CapHeight 700 /StemV 80 >>",
        info.encode("ascii"),
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for n, obj in enumerate(objects, start=1):
        offsets.append(len(out))
        out += f"{n} 0 obj\n".encode() + obj + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    out += b"".join(f"{o:010d} 00000 n \n".encode() for o in offsets)
    out += f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R /Info 9 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    return bytes(out)


def _stream(data: bytes) -> bytes:
    return f"<< /Length {len(data)} >>\nstream\n".encode() + data + b"\nendstream"

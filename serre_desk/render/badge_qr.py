"""The QR code of a badge, drawn as vector squares (sharp at any printer resolution)."""

from __future__ import annotations

from functools import lru_cache

from reportlab.lib.colors import black, white
from reportlab.pdfgen.canvas import Canvas

QUIET_ZONE = 4  # modules of white around the symbol, as the QR standard asks


@lru_cache(maxsize=256)
def qr_matrix(code: str) -> tuple[tuple[bool, ...], ...]:
    """The modules of `code` in alphanumeric mode, error correction M, quiet zone included."""
    import qrcode
    from qrcode.util import MODE_ALPHA_NUM, QRData

    symbol = qrcode.QRCode(error_correction=qrcode.constants.ERROR_CORRECT_M, border=QUIET_ZONE)
    symbol.add_data(QRData(code, mode=MODE_ALPHA_NUM))
    symbol.make(fit=True)
    return tuple(tuple(row) for row in symbol.get_matrix())


def draw_qr(canvas: Canvas, code: str, x: float, y: float, side: float) -> None:
    """The symbol with its quiet zone in the square of `side` at lower-left (x, y): the white
    square first, so nothing printed beneath shows through the quiet zone."""
    matrix = qr_matrix(code)
    module = side / len(matrix)
    canvas.setFillColor(white)
    canvas.rect(x, y, side, side, stroke=0, fill=1)
    canvas.setFillColor(black)
    path = canvas.beginPath()
    for row_number, row in enumerate(matrix):
        top = y + side - (row_number + 1) * module
        column = 0
        while column < len(row):
            if not row[column]:
                column += 1
                continue
            start = column
            while column < len(row) and row[column]:
                column += 1
            path.rect(x + start * module, top, (column - start) * module, module)
    canvas.drawPath(path, stroke=0, fill=1)

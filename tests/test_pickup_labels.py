"""The label pair printed at a drop-off: read back from the real PDF (text and QR code)."""

from __future__ import annotations

import io
from datetime import datetime

import pypdfium2
import pytest
import zxingcpp
from pypdf import PdfReader

from serre_desk.clock import VENUE_TZ
from serre_desk.domain.errors import Refusal
from serre_desk.render.pickup_labels import SIZES_MM, pickup_pair_pdf
from serre_desk.services.kids import PickupPair, first_name

DROPPED = datetime(2026, 11, 25, 9, 5, tzinfo=VENUE_TZ)
MM = 72 / 25.4


def _pages(pdf: bytes) -> list[str]:
    return [page.extract_text() or "" for page in PdfReader(io.BytesIO(pdf)).pages]


def _qr_codes(pdf: bytes) -> list[list[str]]:
    document = pypdfium2.PdfDocument(pdf)
    try:
        images = [document[i].render(scale=300 / 72).to_pil() for i in range(len(document))]
    finally:
        document.close()
    return [[r.text for r in zxingcpp.read_barcodes(image.convert("L"))] for image in images]


@pytest.mark.parametrize("size", list(SIZES_MM))
def test_the_label_and_the_slip_carry_the_name_and_the_code(size: str) -> None:
    pair = PickupPair(7, "Emma", "K7X3", True, DROPPED)
    pdf = pickup_pair_pdf(pair, size, lang="en")
    reader = PdfReader(io.BytesIO(pdf))
    width, height = SIZES_MM[size]
    assert [
        (round(float(p.mediabox.width) / MM), round(float(p.mediabox.height) / MM))
        for p in reader.pages
    ] == [(width, height)] * 2
    label, slip = _pages(pdf)
    assert "Emma" in label and "K7X3" in label and "09:05" in label and "ALLERGY" in label
    assert "Emma" in slip and "K7X3" in slip and "Pickup slip" in slip
    assert _qr_codes(pdf) == [[], ["K7X3"]]  # the QR code is on the slip only: just the code


def test_no_allergy_no_mark() -> None:
    label, _slip = _pages(pickup_pair_pdf(PickupPair(7, "Leo", "HN4W", False, DROPPED)))
    assert "Leo" in label and "ALLERGY" not in label.upper() and "ALLERGIA" not in label.upper()


def test_only_the_first_name_is_printed_whatever_the_script() -> None:
    for full, first in (("Zoë Li", "Zoë"), ("李小龍", "李小龍"), ("Maria Chiara Rossi", "Maria")):
        assert first_name(full) == first
    pdf = pickup_pair_pdf(PickupPair(7, first_name("Zoë Li"), "7XC3", False, DROPPED), "62x100")
    assert all("Zoë" in page and "Li" not in page.replace("slip", "") for page in _pages(pdf))


def test_an_unknown_size_is_refused() -> None:
    with pytest.raises(Refusal) as refused:
        pickup_pair_pdf(PickupPair(7, "Leo", "HN4W", False, DROPPED), "A4")
    assert refused.value.code == "unknown_label_size"

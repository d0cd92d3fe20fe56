"""The week at the desk runs the real window: the desk factory and the clean-up of the window tests
(tests/ui/conftest.py), printers that write PDF files."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.ui.conftest import make_desk, no_catalogue_left_installed
from tests.ui.print_helpers import PdfPrinters

__all__ = ["make_desk", "no_catalogue_left_installed"]


@pytest.fixture
def printers(tmp_path: Path) -> PdfPrinters:
    out = tmp_path / "printed"
    out.mkdir()
    return PdfPrinters(out)

"""The frozen bundle's entry point (both executables). A windowed program on Windows has no
standard streams: give it empty ones, so that a message written to stderr before the window
(which then says it in a dialog) never becomes a crash."""

import os
import sys

if sys.stdout is None:
    sys.stdout = open(os.devnull, "w")  # noqa: SIM115 (open for the whole run)
if sys.stderr is None:
    sys.stderr = open(os.devnull, "w")  # noqa: SIM115

from serre_desk.cli.main import main

raise SystemExit(main())

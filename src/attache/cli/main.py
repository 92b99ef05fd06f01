"""Entry point: run the app and turn every error into one line and an exit code."""

from __future__ import annotations

import sys

import typer

from ..store import StoreError
from .common import UsageError, app, err


def main(argv: list[str] | None = None) -> int:
    """Entry point: run the app and turn every error into one line and an exit code."""
    try:
        rc = app(args=argv, prog_name="attache", standalone_mode=False)
        return rc if isinstance(rc, int) else 0
    except typer.Exit as exc:
        return exc.exit_code
    except UsageError as exc:
        err.print(f"usage error: {exc}", markup=False)
        return 2
    except StoreError as exc:
        err.print(f"error: {exc}", markup=False)
        return 1
    except KeyboardInterrupt:
        err.print("interrupted; everything stored before this point is kept", markup=False)
        return 130
    except Exception as exc:  # the CLI library's usage errors, and anything unexpected
        code = getattr(exc, "exit_code", None)
        show = getattr(exc, "show", None)
        if show is not None and isinstance(code, int):
            show(file=sys.stderr)  # usage errors (exit 2) and other CLI errors
            return code
        if type(exc).__name__ == "Abort":
            return 1
        err.print(f"error: {type(exc).__name__}: {exc}", markup=False)
        return 1
    return 0


def run() -> None:  # console_scripts entry point
    sys.exit(main())


if __name__ == "__main__":
    run()

"""Print the report notebook's parameters as papermill sees them: ``python -m timeline.report``."""

from __future__ import annotations

import json

from timeline.report.run import notebook_parameters


def main() -> None:
    """Print :func:`timeline.report.run.notebook_parameters` as JSON."""
    print(json.dumps(notebook_parameters(), indent=2))


if __name__ == "__main__":  # pragma: no cover
    main()

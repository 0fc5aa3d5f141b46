"""Deprecated: use timeline.chart."""

from __future__ import annotations

from timeline.chart import *  # noqa: F403  (the old name serves every public name of the new one)
from timeline.chart import __all__ as __all__
from timeline.chart.frame import _frame as _frame
from timeline.chart.layout import _layout as _layout
from timeline.chart.page import _detail_columns as _detail_columns
from timeline.chart.page import _html_spec as _html_spec
from timeline.chart.page import _variants as _variants

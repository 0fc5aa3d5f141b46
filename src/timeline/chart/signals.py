"""The names the chart, the exploration widget and the page share: data sets, views, signals."""

from __future__ import annotations

from typing import Final

__all__ = [
    "BANDS",
    "BINS",
    "BRUSH",
    "CONNECTORS",
    "DENSITY",
    "DETAIL",
    "DETAIL_LAYER",
    "DETAIL_ON",
    "DIM",
    "EVENTS",
    "EVENT_BARS",
    "EVENT_BARS_APPROXIMATE",
    "EVENT_POINTS",
    "HIGHLIGHT",
    "LABELS",
    "LABEL_HALO",
    "LANES",
    "LANES_STORE",
    "LANE_HEADS",
    "LANE_ON",
    "LANE_TOGGLE",
    "LEADERS",
    "LINKS",
    "LINK_ENDS",
    "LINK_ON",
    "MAIN",
    "MINOR_LABELS",
    "MINOR_LABEL_HALO",
    "OVERVIEW",
    "OV_BAND",
    "OV_BINS",
    "OV_EVENTS",
    "PERIOD_SELECTIONS",
    "PICK",
    "PICK_STORE",
    "SEL_ID",
    "SEL_IDS",
    "TAILS",
    "TIME_FIELD",
    "ZOOM",
]

# --- named data sets -----------------------------------------------------------------------

EVENTS: Final = "events"
"""The events drawn as single marks."""
LINKS: Final = "links"
"""One row a link between two events."""
LANES: Final = "lanes"
"""One row a lane drawn."""
BINS: Final = "bins"
"""A large case's counts: one row a lane and period."""
DETAIL: Final = "detail"
"""A large case's binned events of the zoomed-in period, which the page fills in."""

# --- parameters and signals ----------------------------------------------------------------

PICK: Final = "pick"
"""The point selection of a clicked event (by ``id``)."""
PICK_STORE: Final = f"{PICK}_store"
LANE_TOGGLE: Final = "lanes"
"""The point selection of the lanes shown (by ``lane_label``), bound to the legend."""
LANES_STORE: Final = f"{LANE_TOGGLE}_store"
ZOOM: Final = "zoom"
"""The main view's own interval selection of time, bound to its scales (pan and zoom)."""
BRUSH: Final = "brush"
"""The overview strip's interval selection of time."""
SEL_ID: Final = "sel_id"
"""The id of the event clicked last, or ``""``."""
SEL_IDS: Final = "sel_ids"
"""The ids of the selected events (a click, and each shift-click), joined by ``|``; or ``""``."""
DETAIL_ON: Final = "detail_on"
"""Whether the page has put a zoomed-in period's binned events into :data:`DETAIL`."""
TIME_FIELD: Final = "s0"
"""The field :data:`ZOOM` and :data:`BRUSH` hold their range of instants under."""
PERIOD_SELECTIONS: Final = (ZOOM, BRUSH)
"""The interval selections of a period, the main view's own zoom first (it wins)."""

# --- views -----------------------------------------------------------------------------------
# Altair names the layers of concatenated views ``<name>_<position>``; each layer is given
# that name from the start (``_0`` in the main view, ``_1`` in the overview), so Altair
# keeps it and an interaction can name the one layer it belongs to.

MAIN: Final = "main"
OVERVIEW: Final = "overview"
BANDS: Final = "bands_0"
DENSITY: Final = "density_0"
DETAIL_LAYER: Final = "detail_0"
TAILS: Final = "tails_0"
CONNECTORS: Final = "connectors_0"
LEADERS: Final = "leaders_0"
LANE_HEADS: Final = "lane_heads_0"
EVENT_BARS: Final = "event_bars_0"
EVENT_BARS_APPROXIMATE: Final = "event_bars_approximate_0"
EVENT_POINTS: Final = "event_points_0"
LINK_ENDS: Final = "link_ends_0"
MINOR_LABEL_HALO: Final = "minor_label_halo_0"
MINOR_LABELS: Final = "minor_labels_0"
LABEL_HALO: Final = "label_halo_0"
LABELS: Final = "labels_0"
OV_BAND: Final = "ov_band_1"
OV_BINS: Final = "ov_bins_1"
OV_EVENTS: Final = "ov_events_1"

# --- expressions over the signals ------------------------------------------------------------

HIGHLIGHT: Final = f"(!{SEL_IDS} || test(regexp('[|](' + {SEL_IDS} + ')[|]'), datum.group))"
"""True for the selected events and everything linked to them, or for all when none is.

``datum.group`` is ``|``-delimited ids (an event's own and those linked to it); ids are
slugs, so they are safe in the pattern."""
LANE_ON: Final = f"(!length(data('{LANES_STORE}')) || vlSelectionTest('{LANES_STORE}', datum))"
"""True for a datum of a lane that is shown."""
LINK_ON: Final = (
    f"(!length(data('{LANES_STORE}')) || (indexof({LANE_TOGGLE}.lane_label, datum.lane_a) >= 0"
    f" && indexof({LANE_TOGGLE}.lane_label, datum.lane_b) >= 0))"
)
"""True for a link both of whose lanes are shown."""
DIM: Final = 0.13
"""The opacity of an event that is not highlighted."""

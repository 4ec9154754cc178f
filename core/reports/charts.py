"""The charts of the year report, drawn with reportlab's own graphics.

Bars are drawn in whole euros and whole percents (the figures themselves, to the cent, are in
the tables beside them): no float enters a money path.
"""

from __future__ import annotations

import textwrap
from collections.abc import Callable, Sequence
from decimal import Decimal

from reportlab.graphics.charts.barcharts import HorizontalBarChart, VerticalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors
from reportlab.lib.units import mm

from core.documents.layout import FONT, INK, MUTED, RULE, WIDTH, fonts

#: one colour per size class (micro, small, medium, large, unknown)
SIZE_COLOURS = (
    colors.HexColor("#1f6f8b"),
    colors.HexColor("#4a9fb5"),
    colors.HexColor("#9fd3df"),
    colors.HexColor("#d9822b"),
    colors.HexColor("#b8bec6"),
)
BAR = colors.HexColor("#1f6f8b")


def _title(drawing: Drawing, title: str, y: float) -> None:
    drawing.add(String(0, y, title, fontName=FONT, fontSize=9, fillColor=INK))


def value_bars(
    title: str, labels: Sequence[str], values: Sequence[Decimal], amount: Callable[[int], str]
) -> Drawing:
    """One bar per contract type: the value awarded (whole euros on the axis)."""
    fonts()
    height = 56 * mm
    drawing = Drawing(WIDTH, height)
    _title(drawing, title, height - 10)
    chart = VerticalBarChart()
    chart.x, chart.y = 28 * mm, 12 * mm
    chart.width, chart.height = WIDTH - 34 * mm, height - 22 * mm
    chart.data = [[int(v) for v in values]]
    chart.bars[0].fillColor = BAR
    chart.bars[0].strokeColor = None
    chart.valueAxis.valueMin = 0
    chart.valueAxis.labelTextFormat = amount
    chart.valueAxis.labels.fontName = FONT
    chart.valueAxis.labels.fontSize = 7
    chart.valueAxis.labels.fillColor = MUTED
    chart.valueAxis.gridStrokeColor = RULE
    chart.valueAxis.visibleGrid = True
    if not any(chart.data[0]):
        chart.valueAxis.valueMax = 1
    chart.categoryAxis.categoryNames = [textwrap.fill(label, 24) for label in labels]
    chart.categoryAxis.labels.fontName = FONT
    chart.categoryAxis.labels.fontSize = 7
    chart.categoryAxis.labels.fillColor = INK
    chart.categoryAxis.labels.boxAnchor = "n"
    drawing.add(chart)
    return drawing


def share_bars(
    title: str,
    labels: Sequence[str],
    shares: Sequence[Sequence[Decimal]],
    sizes: Sequence[str],
    percent: Callable[[int], str],
) -> Drawing:
    """One 100 % bar per contract type, split by the size of the winners (share of value).

    ``shares[s][c]`` is the share of size ``s`` in contract type ``c``, in percent.
    """
    fonts()
    rows = max(len(labels), 1)
    height = (30 + 9 * rows) * mm
    drawing = Drawing(WIDTH, height)
    _title(drawing, title, height - 10)
    chart = HorizontalBarChart()
    chart.x, chart.y = 48 * mm, 20 * mm
    chart.width, chart.height = WIDTH - 52 * mm, height - 34 * mm
    chart.data = [[int(v.quantize(Decimal(1))) for v in series] for series in shares]
    chart.categoryAxis.style = "stacked"
    chart.categoryAxis.categoryNames = [textwrap.fill(label, 30) for label in labels]
    chart.categoryAxis.labels.fontName = FONT
    chart.categoryAxis.labels.fontSize = 7
    chart.categoryAxis.labels.fillColor = INK
    chart.categoryAxis.reverseDirection = True
    chart.valueAxis.valueMin, chart.valueAxis.valueMax, chart.valueAxis.valueStep = 0, 100, 25
    chart.valueAxis.labelTextFormat = percent
    chart.valueAxis.labels.fontName = FONT
    chart.valueAxis.labels.fontSize = 7
    chart.valueAxis.labels.fillColor = MUTED
    for index, colour in enumerate(SIZE_COLOURS[: len(shares)]):
        chart.bars[index].fillColor = colour
        chart.bars[index].strokeColor = colors.white
    drawing.add(chart)
    legend = Legend()
    legend.x, legend.y = 0, 8 * mm
    legend.alignment = "right"
    legend.columnMaximum = 1
    legend.deltax = WIDTH / 5
    legend.dxTextSpace = 4
    legend.fontName = FONT
    legend.fontSize = 7
    legend.colorNamePairs = list(zip(SIZE_COLOURS, sizes, strict=False))
    drawing.add(legend)
    return drawing

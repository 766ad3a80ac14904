"""Text contrast at least WCAG AA's 4.5:1: the theme's colours (.streamlit/config.toml) and the
colours charts draw text in (relations/charts/_look.py). axe-core in the browser suite checks
the page's HTML text; it does not measure text inside a chart's SVG, so these are held here."""

import tomllib
from pathlib import Path

import pytest

from relations.charts import _look

THEME = tomllib.loads((Path(__file__).resolve().parents[1] / ".streamlit/config.toml").read_text())[
    "theme"
]
AA = 4.5


def rgb(colour: str) -> tuple[int, int, int]:
    return tuple(int(colour.lstrip("#")[i : i + 2], 16) for i in (0, 2, 4))


def luminance(colour: str) -> float:
    """WCAG 2.2 relative luminance."""
    channels = [c / 255 for c in rgb(colour)]
    linear = [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def contrast(text: str, background: str) -> float:
    light, dark = sorted((luminance(text), luminance(background)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def over(text: str, background: str, opacity: float) -> str:
    """`text` drawn at `opacity` over `background`, as one colour."""
    mixed = [
        round(opacity * t + (1 - opacity) * b)
        for t, b in zip(rgb(text), rgb(background), strict=True)
    ]
    return "#" + "".join(f"{c:02x}" for c in mixed)


def test_the_contrast_measure_matches_known_pairs():
    assert contrast("#000000", "#ffffff") == pytest.approx(21)
    assert contrast("#767676", "#ffffff") == pytest.approx(4.54, abs=0.01)
    assert contrast("#808495", "#ffffff") < AA  # Streamlit's chart text, which _look replaces
    assert over("#1f1f1f", "#ffffff", 0.6) == "#797979"  # the caption colour axe measured


@pytest.mark.parametrize("background", ["backgroundColor", "secondaryBackgroundColor"])
def test_body_text_and_captions_pass_aa_on_both_backgrounds(background):
    behind = THEME[background]
    assert contrast(THEME["textColor"], behind) >= AA
    # Captions are the text colour at 60 % opacity (Streamlit's fadedText60).
    assert contrast(over(THEME["textColor"], behind, 0.6), behind) >= AA


def test_the_primary_colour_passes_aa_as_text():
    # Slider values and selected choices are written in it.
    assert contrast(THEME["primaryColor"], THEME["backgroundColor"]) >= AA


@pytest.mark.parametrize(
    "name",
    [
        "TEXT",
        "INK",
        "LABEL",
        "MUTED",
        "AGREES",
        "DISAGREES",
        "CONFLICTS",
        "PART_OF_YEAR",
        "RUSSIA",
        "LAOS",
    ],
)
def test_chart_text_colours_pass_aa_on_white(name):
    assert contrast(getattr(_look, name), "#ffffff") >= AA


def test_words_inside_a_shaded_gap_pass_aa():
    assert contrast(_look.GAP_INK, _look.SHADE) >= AA


def test_chart_axes_and_legends_use_the_aa_text_colour():
    for part in ("axis", "legend"):
        assert _look.CONFIG[part]["labelColor"] == _look.CONFIG[part]["titleColor"] == _look.TEXT

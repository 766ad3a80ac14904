"""The words of the app's frame: page config, navigation titles and the sidebar note."""

from __future__ import annotations

import pandas as pd

from relations import words
from relations.i18n import N_, _

PAGE_TITLE = N_("Laos–Russia relations")

# Navigation titles, by page file.
OVERVIEW = N_("Overview")
TRADE = N_("Trade")
TOURISM = N_("Tourism")
TIMELINE = N_("Timeline")
QUOTES = N_("Quotes")
SOURCES = N_("Sources & data")

ABOUT = N_(
    "A public dashboard on Laos–Russia relations since 1960: trade, tourism, a timeline and "
    "what leaders said. Every figure carries its source, its reporter and whether it is "
    "reported, estimated or derived."
)
RUNS_TO = N_("The collection runs to {day}.")
# The language choice reads the same in every language, so a reader who cannot read the
# current one still finds it; each language is named in itself (relations.i18n.LANGUAGES).
LANGUAGE_LABEL = "Language · Язык · ພາສາ"
LANGUAGE_HELP = (
    "English, Russian or Lao. The Russian and Lao interface texts are this dashboard's own "
    "translations. · Интерфейс на русском — перевод этого дашборда. · "
    "ພາສາລາວຂອງໜ້ານີ້ແມ່ນການແປຂອງແຜງຂໍ້ມູນນີ້."
)
CHOOSE = N_("Choose options")  # an empty multiselect's placeholder
SOURCES_LINK = N_("Where every number comes from")


def runs_to(latest: pd.Timestamp) -> str:
    """'The collection runs to 13 December 2025.'"""
    return _(RUNS_TO).format(day=words.day(latest))

"""Synthetic data for timing only: the shipped rows repeated under new ids. Never shown to users."""

from __future__ import annotations

import shutil
from pathlib import Path

import numpy as np
import pandas as pd

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "data"


def _read(name: str) -> pd.DataFrame:
    return pd.read_csv(DATA / name, dtype=str, keep_default_na=False)


def _with_sources(folder: Path, count: int) -> None:
    sources = _read("sources.csv")
    extra = pd.DataFrame(
        {
            "source_id": [f"synthetic-{i}" for i in range(count)],
            "title": "Synthetic source (benchmark)",
            "publisher": "benchmark",
            "author": "",
            "url": "",
            "published": "",
            "kind": "reference",
            "caution": "",
        }
    )
    pd.concat([sources, extra]).to_csv(folder / "sources.csv", index=False)


def data_folder(
    folder: Path, *, trade_rows: int | None = None, quote_rows: int | None = None
) -> Path:
    """A copy of data/ where trade.csv and/or quotes.csv are scaled to the given row counts."""
    folder.mkdir(parents=True, exist_ok=True)
    for path in DATA.glob("*.csv"):
        shutil.copy(path, folder / path.name)
    rng = np.random.default_rng(0)
    sources_needed = 0
    if trade_rows:
        base = _read("trade.csv")
        base = base[(base["first_month"] == "1") & (base["last_month"] == "12")].reset_index(
            drop=True
        )
        picks = base.iloc[rng.integers(0, len(base), trade_rows)].reset_index(drop=True)
        k = np.arange(trade_rows)
        picks["year"] = (1950 + k % 150).astype(str)
        picks["source_id"] = [f"synthetic-{i}" for i in k // 150]
        picks["value_usd_m"] = np.round(rng.random(trade_rows) * 200, 3).astype(str)
        picks.to_csv(folder / "trade.csv", index=False)
        sources_needed = max(sources_needed, trade_rows // 150 + 1)
    if quote_rows:
        base = _read("quotes.csv")
        picks = base.iloc[np.arange(quote_rows) % len(base)].reset_index(drop=True)
        k = np.arange(quote_rows)
        picks["quote_id"] = [f"synthetic-{i}" for i in k]
        picks["source_id"] = [f"synthetic-{i}" for i in k // 50]
        picks["sequence"] = (k % 50 + 1).astype(str)
        picks.to_csv(folder / "quotes.csv", index=False)
        claims = _read("claims.csv")
        claims = claims[claims["quote_id"].isin(set(picks["quote_id"]))]
        claims.to_csv(folder / "claims.csv", index=False)
        sources_needed = max(sources_needed, quote_rows // 50 + 1)
    if sources_needed:
        _with_sources(folder, sources_needed)
    return folder


def gdp_csv(path: Path) -> Path:
    """The GDP template's shape: 217 countries × 1960–2022, wide (about 13,700 values once melted)."""
    rng = np.random.default_rng(1)
    codes = ["DEU", "FRA", "GBR", "BRA", "MEX", "JPN"] + [f"C{i:03d}" for i in range(211)]
    years = [str(y) for y in range(1960, 2023)]
    values = np.cumprod(1 + rng.normal(0.03, 0.02, (len(codes), len(years))), axis=1) * 1e10
    frame = pd.DataFrame(values, columns=years)
    frame.insert(0, "Country Code", codes)
    frame.to_csv(path, index=False)
    return path

"""Chart builders, one module a domain: tidy frame in, Altair chart out. No Streamlit, no I/O.

`_look` holds the palette and the layers every chart shares; `vega` turns a chart into the
Vega-Lite spec Streamlit draws.
"""

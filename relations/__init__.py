"""Laos–Russia relations: the data contract, pure pandas per domain, their words and charts.

Nothing here writes to a page; only `relations.data.load` imports Streamlit (for its cache).
"""

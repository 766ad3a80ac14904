"""The data contract: vocab (allowed values), schemas (one pandera model a CSV), errors (our
DataError), read (bytes -> validated frame, pure) and load (the only cache, and the only module
of the package that imports Streamlit). Import the one you need: `from relations.data import load`.
"""

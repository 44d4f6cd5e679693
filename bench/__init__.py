"""Benchmarks: one module per figure group, run together by `python -m bench`."""

"""Benchmarks for textmend: accuracy on injected defects, speed, and a published
whitespace-correction benchmark.  Not part of the installed package; run them from
the repository root:

    python -m benchmarks.accuracy      # defects injected into clean news paragraphs
    python -m benchmarks.speed         # throughput, cold start, memory, scaling
    python -m benchmarks.published     # F1 over space edits (Bast, Hertel et al.)

See docs/benchmarks.md for the figures and how to read them.
"""

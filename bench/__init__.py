"""Benchmarks: `make bench` runs every module named bench_*.py here and prints its figures."""

"""Demo and training data: realistic Belgian tenders made from a seed, kept out of the store.

``tenders.make_demo`` fills a workspace (``main.py demo-data``, the screenshots, the benchmarks)
with buyers and suppliers from ``organisations``, drawn from the words of ``vocabulary``,
deciding many procedures in a row through ``procedure_memo``. It writes through the store's
bulk import and decides through the engine, as a user's tenders would be.
"""

"""The decision wizards (procedure, advance, bid compensation, ranking) on one base: input
pages build a core request, the answer page shows the result with its legal explanation."""

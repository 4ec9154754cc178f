"""Child processes of the tests copied from a server that imported their module once.

``multiprocessing``'s forkserver: a child is a copy of a small process that loaded the
writer, the app and its libraries at its start, so it starts in milliseconds, where a new
Python imports them again (a fifth to half a second) and a copy of the test's own process (a
``fork``) copies its Qt, its threads and everything the run loaded.

The server is one for the whole process, the PDF pool's included (``core.documents.batch``),
and keeps what it imported when it started; :func:`server_with` therefore stops one already
running before it starts its own, and stops that one when the tests are done with it, so that
the next user starts the server it wants.
"""

from __future__ import annotations

import multiprocessing
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from multiprocessing import forkserver


@contextmanager
def server_with(modules: Sequence[str]) -> Iterator[multiprocessing.context.ForkServerContext]:
    """The context whose processes are copies of a server that imported ``modules``."""
    forkserver._forkserver._stop()  # the method CPython's own tests stop it with
    context = multiprocessing.get_context("forkserver")
    context.set_forkserver_preload(list(modules))
    try:
        yield context
    finally:
        forkserver._forkserver._stop()

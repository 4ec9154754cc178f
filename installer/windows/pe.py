"""The DLL names a Windows executable or DLL imports (normal and delay-loaded imports).

Enough of the PE format to prune a Qt wheel down to the libraries its kept modules load.
"""

from __future__ import annotations

import struct
from pathlib import Path

IMPORT_DIRECTORY = 1
DELAY_IMPORT_DIRECTORY = 13


def imports(path: Path) -> set[str]:
    """Lower-case names of the DLLs ``path`` imports."""
    data = path.read_bytes()
    (pe,) = struct.unpack_from("<I", data, 0x3C)
    if data[pe : pe + 4] != b"PE\0\0":
        raise ValueError(f"{path}: not a PE file")
    sections_count, optional_size = struct.unpack_from("<H12xH", data, pe + 6)
    optional = pe + 24
    (magic,) = struct.unpack_from("<H", data, optional)
    directories = optional + (112 if magic == 0x20B else 96)
    sections = [
        struct.unpack_from("<8xIIII", data, optional + optional_size + 40 * i)
        for i in range(sections_count)
    ]

    def offset(rva: int) -> int:
        for virtual_size, address, raw_size, raw_offset in sections:
            if address <= rva < address + max(virtual_size, raw_size):
                return rva - address + raw_offset
        raise ValueError(f"{path}: address {rva:#x} is in no section")

    def name_at(rva: int) -> str:
        start = offset(rva)
        return data[start : data.index(b"\0", start)].decode("ascii").lower()

    names: set[str] = set()
    for directory, size, name_field in (
        (IMPORT_DIRECTORY, 20, 12),
        (DELAY_IMPORT_DIRECTORY, 32, 4),
    ):
        (rva,) = struct.unpack_from("<I", data, directories + 8 * directory)
        if not rva:
            continue
        entry = offset(rva)
        while any(data[entry : entry + size]):
            (name_rva,) = struct.unpack_from("<I", data, entry + name_field)
            names.add(name_at(name_rva))
            entry += size
    return names

"""A bare PySide6 window: the yardstick of the installed app's start.

A main window with a 50-row table (as ``bench/bench_start.py`` uses), which prints
``first page painted`` at its table's first paint and quits, the way the app does with
``--measure-start``. ``installer/measure_start.py`` runs it frozen like the app (the same
Python, Qt and PyInstaller options, ``tender-desk.spec``) and, to compare, with a Python
environment's PySide6.
"""

import sys

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow, QTableWidget, QTableWidgetItem

PAINTED = "first page painted"


class FirstPaint(QObject):
    def eventFilter(self, watched, event):  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, lambda: (print(PAINTED, flush=True), app.quit()))
        return False


app = QApplication(sys.argv)
window = QMainWindow()
table = QTableWidget(50, 9)
for row in range(50):
    for column in range(9):
        table.setItem(row, column, QTableWidgetItem(f"{row} {column}"))
window.setCentralWidget(table)
window.resize(1280, 760)
first = FirstPaint()
table.viewport().installEventFilter(first)
window.show()
app.exec()

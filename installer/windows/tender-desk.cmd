@echo off
rem The tender desk from a command prompt: tender-desk --help, tender-desk scenarios FILE ...
setlocal
set PYTHONIOENCODING=utf-8
"%~dp0python\python.exe" "%~dp0app\main.py" %*

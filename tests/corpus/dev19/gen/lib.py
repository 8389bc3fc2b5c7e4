"""Helpers for the dev19 batches: inline label markup. dev19's writer copied dev18's lib.py
unchanged apart from its docstring, so this module re-exports dev18's (../../dev18/gen/lib.py)
instead of keeping a copy."""
import importlib.util
import os

_path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "dev18", "gen", "lib.py")
_spec = importlib.util.spec_from_file_location("dev18_lib", _path)
_lib = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_lib)
globals().update({k: v for k, v in vars(_lib).items() if not k.startswith("__")})

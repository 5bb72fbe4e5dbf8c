"""The dependency direction of ../shared/DESIGN.md: a module imports from its
own layer or below, never above (at the top of the file or inside a function).
Where a lower layer needs something of a higher one, it defines an interface
(``chronik.link.Curation``) and the higher layer plugs into it."""
import ast
from pathlib import Path

from tests.conftest import ROOT

LAYERS = {  # bottom up
    "records": 0, "ids": 0, "errors": 0, "lang": 0, "models": 0,
    "ingest": 1, "clean": 1, "extract": 1,
    "store": 2,
    "link": 3,
    "review": 4, "export": 4, "chronicle": 4, "pipeline": 4, "annotate": 4, "spacy_components": 4,
    "web": 5, "cli": 5, "__main__": 5, "__init__": 5,
}


def _part(module: str) -> str:
    return module.split(".")[1] if module.count(".") else "__init__"


def _imports(path: Path):
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("chronik."):
            yield node.module
        elif isinstance(node, ast.Import):
            yield from (a.name for a in node.names if a.name.startswith("chronik."))


def test_no_module_imports_a_higher_layer():
    package = ROOT / "chronik"
    upward = []
    for path in sorted(package.rglob("*.py")):
        rel = path.relative_to(package)
        own = rel.parts[0].removesuffix(".py")
        for module in _imports(path):
            if LAYERS[_part(module)] > LAYERS[own]:
                upward.append(f"{rel} imports {module}")
    assert upward == []


def test_every_part_of_the_package_has_a_layer():
    parts = {p.name.removesuffix(".py") for p in (ROOT / "chronik").iterdir()
             if p.suffix == ".py" or (p.is_dir() and (p / "__init__.py").exists())}
    assert parts - set(LAYERS) == set()

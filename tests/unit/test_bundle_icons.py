"""The bundle's Windows and macOS icons, made from the SVG (packaging/bundle_icons.py) and read
back with Qt's own ICO and ICNS readers: every size is there, and it is the design."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

from PySide6.QtGui import QImage, QImageReader

ROOT = Path(__file__).resolve().parents[2]


def bundle_icons() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "bundle_icons", ROOT / "packaging" / "bundle_icons.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("bundle_icons", module)
    spec.loader.exec_module(module)
    return module


def images(path: Path) -> list[QImage]:
    reader = QImageReader(str(path))
    assert reader.canRead(), f"{path}: {reader.errorString()}"
    out = []
    for index in range(reader.imageCount()):
        assert reader.jumpToImage(index)
        image = reader.read()
        assert not image.isNull(), f"{path} #{index}: {reader.errorString()}"
        out.append(image)
    return out


def blue_share(image: QImage) -> float:
    """How much of the image is the design's blue tile (#1a5fb4), sampled on a grid."""
    step = max(1, image.width() // 16)
    hits = total = 0
    for y in range(0, image.height(), step):
        for x in range(0, image.width(), step):
            colour = image.pixelColor(x, y)
            total += 1
            hits += colour.alpha() > 200 and colour.blue() > 150 and colour.red() < 80
    return hits / total


def test_the_ico_and_icns_hold_every_size_of_the_design(qapp, tmp_path: Path) -> None:
    icons = bundle_icons()
    ico, icns = icons.write_icons(tmp_path)

    read = images(ico)
    assert sorted(i.width() for i in read) == sorted(icons.ICO_SIZES)
    assert all(i.width() == i.height() for i in read)
    for image in read:
        assert image.pixelColor(0, 0).alpha() == 0  # the rounded corner is transparent
        assert 0.3 < blue_share(image) < 0.9, image.width()  # the tile, and white shapes on it

    big = images(icns)
    assert {i.width() for i in big} >= {16, 32, 64, 128, 256, 512, 1024}
    for image in big:
        assert 0.3 < blue_share(image) < 0.9, image.width()

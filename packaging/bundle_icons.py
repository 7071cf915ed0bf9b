"""The bundle's icon files, made from the app's one SVG design when the bundle is built.

Windows wants an `.ico` for the executable and macOS an `.icns` for the app; both are made here
from `softphone/resources/icons/contact-softphone.svg`, drawn by Qt's SVG renderer at each size
the system asks for and stored as PNG, which both formats hold (Windows since Vista, macOS
since 10.7). No binary icon is committed: the SVG stays the one source.

    python packaging/bundle_icons.py OUT_DIR    # writes OUT_DIR/contact-softphone.{ico,icns}

The spec (`contact-softphone.spec`) calls `write_icons` itself, so a build on Windows or macOS
needs no make.
"""

from __future__ import annotations

import struct
import sys
from pathlib import Path

NAME = "contact-softphone"
SVG = Path(__file__).resolve().parents[1] / "softphone" / "resources" / "icons" / f"{NAME}.svg"
# Windows: the shell picks among these for its views and scales (16 to 256 px).
ICO_SIZES = (16, 20, 24, 32, 40, 48, 64, 96, 128, 256)
# macOS: each element type and the pixels it holds ("@2x" types are the Retina ones).
ICNS_TYPES = (
    (b"icp4", 16),
    (b"icp5", 32),
    (b"icp6", 64),
    (b"ic07", 128),
    (b"ic08", 256),
    (b"ic09", 512),
    (b"ic10", 1024),  # 512@2x
    (b"ic11", 32),  # 16@2x
    (b"ic12", 64),  # 32@2x
    (b"ic13", 256),  # 128@2x
    (b"ic14", 512),  # 256@2x
)


def render_png(svg: Path, size: int) -> bytes:
    """The SVG drawn at size x size on a transparent square, as PNG."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    if QGuiApplication.instance() is None:  # QPainter needs one; no window is shown
        _keep.append(QGuiApplication(["bundle_icons", "-platform", "offscreen"]))
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise ValueError(f"{svg}: not an SVG Qt can draw")
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(0)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter, QRectF(0, 0, size, size))
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not image.save(buffer, "PNG"):
        raise RuntimeError(f"could not encode the {size} px icon")
    buffer.close()
    return bytes(data.data())


_keep: list[object] = []  # the QGuiApplication made for rendering, kept alive


def ico_bytes(pngs: dict[int, bytes]) -> bytes:
    """An ICO file: a directory of PNG images, smallest first."""
    sizes = sorted(pngs)
    header = struct.pack("<HHH", 0, 1, len(sizes))  # reserved, type 1 (icon), count
    offset = len(header) + 16 * len(sizes)
    entries, images = b"", b""
    for size in sizes:
        png = pngs[size]
        side = 0 if size >= 256 else size  # 0 means 256
        entries += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(png), offset)
        images += png
        offset += len(png)
    return header + entries + images


def icns_bytes(pngs: dict[int, bytes]) -> bytes:
    """An ICNS file: one PNG element per type of ICNS_TYPES."""
    body = b""
    for kind, size in ICNS_TYPES:
        png = pngs[size]
        body += kind + struct.pack(">I", 8 + len(png)) + png
    return b"icns" + struct.pack(">I", 8 + len(body)) + body


def write_icons(out_dir: Path, svg: Path = SVG) -> tuple[Path, Path]:
    """Write NAME.ico and NAME.icns into `out_dir`; returns their paths."""
    sizes = sorted(set(ICO_SIZES) | {size for _, size in ICNS_TYPES})
    pngs = {size: render_png(svg, size) for size in sizes}
    out_dir.mkdir(parents=True, exist_ok=True)
    ico, icns = out_dir / f"{NAME}.ico", out_dir / f"{NAME}.icns"
    ico.write_bytes(ico_bytes({size: pngs[size] for size in ICO_SIZES}))
    icns.write_bytes(icns_bytes(pngs))
    return ico, icns


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit("usage: python packaging/bundle_icons.py OUT_DIR")
    for path in write_icons(Path(sys.argv[1])):
        print(path)

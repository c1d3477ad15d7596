#!/usr/bin/env python3
"""Makes the bundled CJK font, timeline/src/main/resources/lockstep/timeline/font/LockstepSansSC-Regular.otf.

Run once by hand when the font is to change (the build never runs it; it needs fontTools, `pip install fonttools`
or Debian's python3-fonttools):

    npm pack @embedpdf/fonts-sc@1.0.0
    python3 timeline/fonts/subset.py embedpdf-fonts-sc-1.0.0.tgz

It checks the package's checksum, takes fonts/NotoSansHans-Regular.otf (Noto Sans S Chinese 1.000, Adobe and
Google), keeps the characters Chinese text needs (all of GB 2312, Latin, Greek and Cyrillic, punctuation, symbols,
full-width forms) and renames the family to Lockstep Sans SC, since the licence reserves the name "Noto Sans" for
the unmodified font. The output is the same bytes for the same input.
"""
import hashlib
import io
import os
import sys
import tarfile

from fontTools import subset
from fontTools.ttLib import TTFont

PACKAGE_SHA256 = "589e6a5f2168430b4ae5a46bfdc4606f1798f5c06be5a2369ab89f75b804a0ad"
MEMBER = "package/fonts/NotoSansHans-Regular.otf"
FAMILY = "Lockstep Sans SC"
POSTSCRIPT = "LockstepSansSC-Regular"
TARGET = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "src", "main", "resources", "lockstep",
                      "timeline", "font", POSTSCRIPT + ".otf")

# Beside GB 2312: blocks of Latin, Greek, Cyrillic, punctuation and symbols that labels, program output and
# narration use, whatever of them the font has.
RANGES = [
    (0x0020, 0x007E), (0x00A0, 0x024F), (0x02B0, 0x02FF), (0x0370, 0x03FF), (0x0400, 0x04FF),
    (0x2000, 0x206F), (0x20A0, 0x20CF), (0x2100, 0x218F), (0x2190, 0x21FF), (0x2200, 0x22FF),
    (0x2300, 0x23FF), (0x2460, 0x24FF), (0x2500, 0x259F), (0x25A0, 0x25FF), (0x2600, 0x26FF),
    (0x2700, 0x27BF), (0x3000, 0x303F), (0x3200, 0x32FF), (0xFB00, 0xFB06), (0xFE10, 0xFE1F),
    (0xFE30, 0xFE4F), (0xFF00, 0xFFEF),
]


def gb2312():
    chars = set()
    for high in range(0xA1, 0xF8):
        for low in range(0xA1, 0xFF):
            try:
                chars.add(ord(bytes([high, low]).decode("gb2312")))
            except UnicodeDecodeError:
                pass
    return chars


def source_font(package):
    with open(package, "rb") as f:
        data = f.read()
    digest = hashlib.sha256(data).hexdigest()
    if digest != PACKAGE_SHA256:
        sys.exit(f"{package}: sha256 {digest}, expected {PACKAGE_SHA256}")
    with tarfile.open(fileobj=io.BytesIO(data), mode="r:gz") as tar:
        return TTFont(io.BytesIO(tar.extractfile(MEMBER).read()), recalcTimestamp=False)


def rename(font):
    name = font["name"]
    unique = f"{FAMILY} Regular; subset of NotoSansHans-Regular 1.000 by Lockstep"
    for record in list(name.names):
        if record.nameID in (16, 17):
            name.removeNames(nameID=record.nameID)
    for name_id, text in ((1, FAMILY), (2, "Regular"), (3, unique), (4, FAMILY + " Regular"), (6, POSTSCRIPT)):
        name.setName(text, name_id, 3, 1, 0x409)
        name.setName(text, name_id, 1, 0, 0)
    cff = font["CFF "].cff
    cff.fontNames = [POSTSCRIPT]
    top = cff.topDictIndex[0]
    top.FamilyName = FAMILY
    top.FullName = FAMILY + " Regular"


def main(package):
    font = source_font(package)
    options = subset.Options()
    options.name_IDs = ["*"]
    options.notdef_outline = True  # a character the font lacks shows as a box, not as nothing
    options.recalc_timestamp = False
    subsetter = subset.Subsetter(options)
    unicodes = gb2312()
    for first, last in RANGES:
        unicodes.update(range(first, last + 1))
    subsetter.populate(unicodes=unicodes)
    subsetter.subset(font)
    rename(font)
    os.makedirs(os.path.dirname(TARGET), exist_ok=True)
    font.save(TARGET)
    print(f"{os.path.normpath(TARGET)}: {len(font.getBestCmap())} characters, {os.path.getsize(TARGET)} bytes")


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit("usage: subset.py embedpdf-fonts-sc-1.0.0.tgz")
    main(sys.argv[1])

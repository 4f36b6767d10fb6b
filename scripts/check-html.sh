#!/usr/bin/env bash
# Renders the HTML export of the timeline example's embedded sample in headless Chromium and checks that
#
#  1. the page is not blank: the screenshot has enough non-white pixels and enough distinct colours (the
#     actor lanes and cards are drawn in ten colours);
#  2. Arabic is shaped: the same word is rendered twice, once as written and once with a zero-width non-joiner
#     (U+200C) between its letters. A shaping engine with an Arabic font joins the letters of the first and
#     draws the isolated forms in the second, so the two pictures differ; without shaping (no Arabic font,
#     tofu boxes, or a renderer that draws code points one by one) the invisible non-joiners change nothing
#     and the two pictures are the same. Comparing two renders of the same machine needs no reference image,
#     so the check does not depend on the fonts installed, only on shaping happening.
#
# The PNG screenshots are decoded with python3's zlib (no packages). Needs Debian's `chromium` and an Arabic
# font: apt-get install -y chromium fonts-noto-core
#
# Usage: scripts/check-html.sh [--keep DIR]      (DIR keeps timeline.html and the screenshots)
# Environment: CHROMIUM (the browser binary), CARGO_TARGET_DIR (as for cargo).
# Exit status: 0 the page renders and its Arabic is shaped, 1 it does not (or the browser failed), 2 no browser.
set -euo pipefail
cd "$(dirname "$0")/.."

keep=""
if [[ "${1:-}" == "--keep" ]]; then
    keep="${2:?--keep needs a directory}"
fi

browser="${CHROMIUM:-}"
if [[ -z "$browser" ]]; then
    for candidate in chromium chromium-browser google-chrome; do
        if command -v "$candidate" >/dev/null 2>&1; then
            browser="$candidate"
            break
        fi
    done
fi
if [[ -z "$browser" ]]; then
    echo "check-html: no Chromium found; install it: apt-get install -y chromium fonts-noto-core" >&2
    exit 2
fi

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

# The dev profile, as `cargo test` builds it (it builds the examples too): in CI after `cargo test` this reuses
# the binary instead of compiling the crate and its dependencies again with optimizations.
cargo run --quiet --example timeline -- --format html --out "$work/timeline.html"

shoot() { # shoot PAGE PNG WIDTH,HEIGHT
    local profile
    profile="$(mktemp -d)"
    timeout 120 "$browser" --headless --no-sandbox --disable-gpu --disable-dev-shm-usage --disable-quic --no-first-run \
        --disable-background-networking --disable-component-update --disable-sync \
        --user-data-dir="$profile" --screenshot="$2" --window-size="$3" "file://$1" >/dev/null 2>&1
    rm -rf "$profile"
    if [[ ! -s "$2" ]]; then
        echo "check-html: $browser wrote no screenshot of $1" >&2
        exit 1
    fi
}

word="تاريخ"
zwnj=$'\u200c'
split="ت${zwnj}ا${zwnj}ر${zwnj}ي${zwnj}خ"
probe() { # probe TEXT FILE
    cat >"$2" <<EOF
<!DOCTYPE html><html lang="ar" dir="rtl"><head><meta charset="utf-8"><style>
body { margin: 0; background: #fff; }
p { margin: 40px; font-size: 120px; line-height: 1.4; color: #000;
    font-family: "Noto Naskh Arabic", "Noto Sans Arabic", "Amiri", "DejaVu Sans", sans-serif; }
</style></head><body><p>$1</p></body></html>
EOF
}
probe "$word" "$work/joined.html"
probe "$split" "$work/split.html"

shoot "$work/timeline.html" "$work/timeline.png" 1200,1600
shoot "$work/joined.html" "$work/joined.png" 600,300
shoot "$work/split.html" "$work/split.png" 600,300

python3 - "$work" <<'PY'
import struct
import sys
import zlib

def decode(path):
    """Width, height and rows of RGB(A) bytes of an 8-bit PNG."""
    data = open(path, "rb").read()
    assert data[:8] == b"\x89PNG\r\n\x1a\n", f"{path} is not a PNG"
    pos, idat = 8, []
    while pos < len(data):
        length, kind = struct.unpack(">I4s", data[pos:pos + 8])
        body = data[pos + 8:pos + 8 + length]
        if kind == b"IHDR":
            width, height, depth, colour, _, _, interlace = struct.unpack(">IIBBBBB", body)
            assert depth == 8 and colour in (2, 6) and interlace == 0, f"{path}: unsupported PNG layout"
        elif kind == b"IDAT":
            idat.append(body)
        pos += 12 + length
    bpp = 4 if colour == 6 else 3
    raw = zlib.decompress(b"".join(idat))
    stride = width * bpp
    rows, prev = [], bytearray(stride)
    for y in range(height):
        start = y * (stride + 1)
        ftype, line = raw[start], bytearray(raw[start + 1:start + 1 + stride])
        if ftype == 1:
            for i in range(bpp, stride):
                line[i] = (line[i] + line[i - bpp]) & 255
        elif ftype == 2:
            line = bytearray((a + b) & 255 for a, b in zip(line, prev))
        elif ftype == 3:
            for i in range(stride):
                left = line[i - bpp] if i >= bpp else 0
                line[i] = (line[i] + ((left + prev[i]) >> 1)) & 255
        elif ftype == 4:
            for i in range(stride):
                a = line[i - bpp] if i >= bpp else 0
                b, c = prev[i], (prev[i - bpp] if i >= bpp else 0)
                p = a + b - c
                pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
                line[i] = (line[i] + (a if pa <= pb and pa <= pc else b if pb <= pc else c)) & 255
        rows.append(bytes(line))
        prev = line
    return width, height, bpp, rows

def pixels(rows, bpp):
    for row in rows:
        for i in range(0, len(row), bpp):
            yield row[i:i + 3]

work = sys.argv[1]
failures = []

width, height, bpp, rows = decode(f"{work}/timeline.png")
colours, ink = set(), 0
for px in pixels(rows, bpp):
    colours.add(px)
    if min(px) < 235:
        ink += 1
share = ink / (width * height)
print(f"timeline.png: {width}x{height}, {len(colours)} distinct colours, {share:.1%} of pixels not white")
if share < 0.02 or len(colours) < 50:
    failures.append("the timeline page looks blank")

def ink_box(rows, bpp):
    cols = [x for row in rows for x in range(0, len(row) // bpp) if min(row[x * bpp:x * bpp + 3]) < 128]
    return (min(cols), max(cols)) if cols else None

_, _, jbpp, joined = decode(f"{work}/joined.png")
_, _, sbpp, split = decode(f"{work}/split.png")
differ = sum(1 for a, b in zip(pixels(joined, jbpp), pixels(split, sbpp)) if a != b)
jbox, sbox = ink_box(joined, jbpp), ink_box(split, sbpp)
print(f"shaping probe: joined ink columns {jbox}, with non-joiners {sbox}, {differ} pixels differ")
if jbox is None:
    failures.append("the Arabic probe rendered nothing")
elif differ < 500:
    failures.append("Arabic is not shaped: the word renders the same with and without zero-width non-joiners")

if failures:
    for f in failures:
        print(f"check-html: FAIL: {f}", file=sys.stderr)
    sys.exit(1)
print("check-html: ok")
PY

if [[ -n "$keep" ]]; then
    mkdir -p "$keep"
    cp "$work"/timeline.html "$work"/*.png "$keep"/
    echo "check-html: kept the page and screenshots in $keep"
fi

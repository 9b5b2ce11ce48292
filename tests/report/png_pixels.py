"""Decoding PNG screenshots with the standard library only (zlib, struct): 8-bit greyscale, RGB,
RGBA, grey+alpha and palette images, non-interlaced, as Chromium writes them."""
import struct
import zlib


def read_png(path):
    """Returns (width, height, rows) with rows a list of bytes objects of RGB triples."""
    with open(path, 'rb') as f:
        data = f.read()
    if data[:8] != b'\x89PNG\r\n\x1a\n':
        raise ValueError(f'{path}: not a PNG file')
    pos, idat, palette = 8, b'', None
    width = height = depth = colour = interlace = None
    while pos < len(data):
        length, kind = struct.unpack('>I4s', data[pos:pos + 8])
        body = data[pos + 8:pos + 8 + length]
        pos += 12 + length
        if kind == b'IHDR':
            width, height, depth, colour, _, _, interlace = struct.unpack('>IIBBBBB', body)
        elif kind == b'PLTE':
            palette = body
        elif kind == b'IDAT':
            idat += body
        elif kind == b'IEND':
            break
    if depth != 8 or interlace != 0 or colour not in (0, 2, 3, 4, 6):
        raise ValueError(f'{path}: unsupported PNG (depth {depth}, colour {colour})')
    channels = {0: 1, 2: 3, 3: 1, 4: 2, 6: 4}[colour]
    raw = zlib.decompress(idat)
    stride = width * channels
    rows, previous, at = [], bytearray(stride), 0
    for _ in range(height):
        kind, line = raw[at], bytearray(raw[at + 1:at + 1 + stride])
        at += 1 + stride
        for i in range(stride):
            left = line[i - channels] if i >= channels else 0
            up = previous[i]
            up_left = previous[i - channels] if i >= channels else 0
            if kind == 1:
                line[i] = (line[i] + left) & 0xFF
            elif kind == 2:
                line[i] = (line[i] + up) & 0xFF
            elif kind == 3:
                line[i] = (line[i] + (left + up) // 2) & 0xFF
            elif kind == 4:
                p = left + up - up_left
                pa, pb, pc = abs(p - left), abs(p - up), abs(p - up_left)
                pred = left if pa <= pb and pa <= pc else (up if pb <= pc else up_left)
                line[i] = (line[i] + pred) & 0xFF
        previous = line
        if colour == 2:
            rgb = bytes(line)
        elif colour == 6:
            rgb = bytes(b for i, b in enumerate(line) if i % 4 != 3)
        elif colour == 0:
            rgb = bytes(v for g in line for v in (g, g, g))
        elif colour == 4:
            rgb = bytes(v for i, g in enumerate(line) if i % 2 == 0 for v in (g, g, g))
        else:
            rgb = bytes(v for p in line for v in palette[3 * p:3 * p + 3])
        rows.append(rgb)
    return width, height, rows


def count_pixels(rows, predicate):
    n = 0
    for row in rows:
        for i in range(0, len(row), 3):
            if predicate(row[i], row[i + 1], row[i + 2]):
                n += 1
    return n


def near(colour, tolerance=40):
    """A predicate: the pixel is within `tolerance` of `colour` ('#rrggbb') in every channel."""
    r0, g0, b0 = (int(colour[i:i + 2], 16) for i in (1, 3, 5))
    return lambda r, g, b: abs(r - r0) <= tolerance and abs(g - g0) <= tolerance and abs(b - b0) <= tolerance

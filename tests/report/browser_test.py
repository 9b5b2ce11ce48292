#!/usr/bin/env python3
"""Opens the HTML audit report of models/, in English and in Chinese (--lang zh), in headless
Chromium, as a person would, and fails on:
console messages, a DOM without the diagrams, a screenshot without drawn diagrams (too few
non-white pixels, none in the run's and the seam's colours), a PDF print that is not a PDF, or a
missing Chinese font (fonts-noto-cjk).

usage: browser_test.py SEAMLESS_BINARY SOURCE_DIR WORK_DIR
"""
import os
import re
import shutil
import subprocess
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from png_pixels import count_pixels, near, read_png  # noqa: E402

PATH_STROKE = '#1565c0'  # report::path_colours (svg_diagram.hpp)
SEAM_STROKE = '#d9480f'  # report::seam_colours
# Headings the report shows in each language (report_texts.cpp) and the page's language.
HEADINGS = {'en': ('<html lang="en">', '>Summary<', '>Case data<'),
            'zh': ('<html lang="zh-CN">', '>概要<', '>办件数据<', '>断点<')}

failures = []


def fail(message):
    failures.append(message)
    print('FAIL: ' + message)


def chromium_binary():
    for name in ('chromium', 'chromium-browser', 'google-chrome'):
        found = shutil.which(name)
        if found:
            return found
    return None


def run_chromium(chromium, work, *arguments):
    command = [chromium, '--headless', '--no-sandbox', '--disable-gpu', '--hide-scrollbars',
               '--enable-logging=stderr', '--v=0', '--user-data-dir=' + os.path.join(work, 'profile'),
               '--host-resolver-rules=MAP * ~NOTFOUND', *arguments]
    return subprocess.run(command, capture_output=True, timeout=120)


def console_messages(stderr):
    text = stderr.decode('utf-8', 'replace')
    return [line for line in text.splitlines() if ':CONSOLE' in line or 'Uncaught' in line]


def check_report(seamless, source, work, chromium, lang):
    """The report of models/ in one language, opened, shot and printed."""
    html = os.path.join(work, f'report-{lang}.html')
    report = subprocess.run([seamless, 'report', 'models', '--lang', lang, '--html', html],
                            cwd=source, capture_output=True, text=True, timeout=300)
    if report.returncode != 1 or not os.path.exists(html):
        fail(f'{lang}: seamless report models exited {report.returncode} (expected 1): {report.stderr}')
        return
    with open(html, encoding='utf-8') as f:
        page = f.read()
    diagrams = page.count('<svg class="diagram"')
    if diagrams == 0:
        fail('the report has no diagram')
    url = 'file://' + os.path.abspath(html)

    # The DOM as the browser built it: every diagram parsed, with its marked elements.
    dom = run_chromium(chromium, work, '--dump-dom', url)
    text = dom.stdout.decode('utf-8', 'replace')
    for line in console_messages(dom.stderr):
        fail('console: ' + line)
    seen = text.count('<svg class="diagram"')
    if seen != diagrams:
        fail(f'the browser sees {seen} diagrams, the file has {diagrams}')
    for needed in ('class="activity seam"', 'class="sequence-flow path"', 'class="message-flow path"',
                   '<table class="summary">', 'class="pool"', 'class="lane"', '浏阳市市场监督管理局',
                   *HEADINGS[lang]):
        if needed not in text:
            fail(f'{lang}: the DOM lacks ' + needed)

    # A screenshot of the first screenful: the summary and the first finding's diagram.
    png = os.path.join(work, f'report-{lang}.png')
    shot = run_chromium(chromium, work, '--window-size=1280,1800', '--screenshot=' + png, url)
    for line in console_messages(shot.stderr):
        fail('console: ' + line)
    if not os.path.exists(png):
        fail('no screenshot: ' + shot.stderr.decode('utf-8', 'replace')[-2000:])
    else:
        width, height, rows = read_png(png)
        total = width * height
        ink = count_pixels(rows, lambda r, g, b: r < 200 or g < 200 or b < 200)
        path = count_pixels(rows, near(PATH_STROKE))
        seam = count_pixels(rows, near(SEAM_STROKE))
        print(f'{lang}: screenshot {width}x{height}: {ink} drawn pixels, {path} in the run colour, '
              f'{seam} in the seam colour')
        if ink < total // 50:
            fail(f'the screenshot is nearly empty ({ink} of {total} pixels drawn)')
        if path < 600:
            fail(f'too few pixels in the run colour {PATH_STROKE}: {path}')
        if seam < 300:
            fail(f'too few pixels in the seam colour {SEAM_STROKE}: {seam}')

    # Printing gives a PDF of several pages.
    pdf = os.path.join(work, f'report-{lang}.pdf')
    printed = run_chromium(chromium, work, '--no-pdf-header-footer', '--print-to-pdf=' + pdf, url)
    for line in console_messages(printed.stderr):
        fail('console: ' + line)
    if not os.path.exists(pdf):
        fail('no PDF printed')
    else:
        with open(pdf, 'rb') as f:
            data = f.read()
        pages = len(re.findall(rb'/Type\s*/Page[^s]', data))
        print(f'{lang}: PDF: {len(data)} bytes, {pages} pages')
        if not data.startswith(b'%PDF-') or pages < 5:
            fail(f'the printed PDF is not a document of the report ({pages} pages)')


def main():
    if len(sys.argv) != 4:
        print(__doc__)
        return 2
    seamless, source, work = sys.argv[1:]
    shutil.rmtree(work, ignore_errors=True)
    os.makedirs(work)
    chromium = chromium_binary()
    if chromium is None:
        fail('chromium not found: scripts/install-deps.sh installs it')
        return 1
    font = subprocess.run(['fc-match', '-f', '%{family}', 'Noto Sans CJK SC:lang=zh-cn'],
                          capture_output=True, text=True)
    if 'Noto Sans CJK SC' not in font.stdout:
        fail('font Noto Sans CJK SC not installed (Debian fonts-noto-cjk): Chinese would not render; '
             'fc-match gives ' + repr(font.stdout))

    for lang in ('en', 'zh'):
        check_report(seamless, source, work, chromium, lang)

    print('browser test: ' + ('failed' if failures else 'passed'))
    return 1 if failures else 0


if __name__ == '__main__':
    sys.exit(main())

// The HTML report's stylesheet (html_style.hpp).
#include "html_style.hpp"

namespace seamless::report::audit {

std::string_view html_style() {
  return R"css(:root{--ink:#22242a;--muted:#5b6170;--line:#d0d4dc;--head:#f3f4f6;--pass:#1a7f37;--fail:#cf222e;--warn:#9a6700;--path:#1565c0;--path-fill:#d6e6fa;--seam:#d9480f;--seam-fill:#ffe0cc;--subject:#a61e4d}
*{box-sizing:border-box}
body{margin:0 auto;max-width:1240px;padding:24px 28px;color:var(--ink);background:#fff;line-height:1.45;font-size:15px;font-family:"Noto Sans","DejaVu Sans","Noto Sans CJK SC","Noto Sans SC","Source Han Sans SC","PingFang SC","Hiragino Sans GB","Microsoft YaHei","WenQuanYi Micro Hei",sans-serif}
h1{font-size:1.7em;margin:0 0 .2em}
h2{font-size:1.3em;border-bottom:2px solid var(--line);padding-bottom:.2em;margin:1.8em 0 .6em}
h3{font-size:1.1em;margin:1.4em 0 .4em}
h4{font-size:.85em;margin:1em 0 .3em;color:var(--muted);text-transform:uppercase;letter-spacing:.04em}
p{margin:.4em 0}
.meta{color:var(--muted)}
table{border-collapse:collapse;margin:.4em 0;font-size:.9em}
th,td{border:1px solid var(--line);padding:3px 8px;text-align:left;vertical-align:top}
th{background:var(--head)}
td.num{text-align:right;font-variant-numeric:tabular-nums}
table.summary td{white-space:nowrap}
table.summary td.file{white-space:normal}
.status-pass{color:var(--pass)}
.status-fail{color:var(--fail);font-weight:bold}
.status-inconclusive{color:var(--warn)}
.status-fail a,.status-inconclusive a{color:inherit}
.sev{display:inline-block;padding:0 .5em;border-radius:3px;color:#fff;font-size:.8em;font-weight:bold;vertical-align:.1em;margin-right:.3em}
.sev-error{background:var(--fail)}
.sev-warning{background:var(--warn)}
.sev-note{background:#57606a}
.sev-baselined{background:#8c959f}
code{font-family:"DejaVu Sans Mono","Noto Sans Mono",monospace;font-size:.88em;background:var(--head);padding:0 .25em;border-radius:3px;overflow-wrap:anywhere}
.finding{border-top:1px solid var(--line);margin-top:1.6em}
h2+.finding{border-top:0;margin-top:.6em}
.message{font-size:1.02em}
figure{margin:.6em 0;border:1px solid var(--line);border-radius:4px;padding:8px;background:#fff}
svg.diagram{display:block;max-width:100%;height:auto}
figcaption{margin-top:6px;font-size:.82em;color:var(--muted)}
.legend{display:flex;flex-wrap:wrap;gap:.4em 1.4em;align-items:center}
.legend span{display:inline-flex;align-items:center;gap:.35em}
tr.seam td{background:var(--seam-fill)}
tr.seam td:first-child{border-left:4px solid var(--seam)}
ul{margin:.3em 0;padding-left:1.4em}
@media print{
body{max-width:none;padding:0;font-size:9.5pt}
section.model{break-before:page}
figure,tr,.legend{break-inside:avoid}
svg.diagram{max-height:120mm}
h2,h3,h4{break-after:avoid}
a{color:inherit;text-decoration:none}
}
@page{size:A4 landscape;margin:12mm}
)css";
}

}  // namespace seamless::report::audit

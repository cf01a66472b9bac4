"""overflow-probe.py REPORT.html WIDTH OUT.html - a page that shows the
report in an iframe WIDTH CSS pixels wide (headless windows have a
minimum width, an iframe has none) and, once loaded, writes into its own
body's data-probe attribute the report's scroll width, its viewport
width and the first elements whose right edge passes it."""
import html
import sys

report, width, out = sys.argv[1], int(sys.argv[2]), sys.argv[3]
page = open(report, encoding="utf-8").read()
probe = """<!DOCTYPE html><html><head><meta charset="utf-8"/></head>
<body style="margin:0"><iframe id="f" style="width:%dpx;height:900px;border:0"
srcdoc="%s"></iframe><script>
document.getElementById('f').onload = function () {
  var d = this.contentDocument.documentElement, w = d.clientWidth, bad = [];
  this.contentDocument.querySelectorAll('body *').forEach(function (e) {
    var r = e.getBoundingClientRect();
    /* an element past the edge, or text running out of its box */
    var spill = e.namespaceURI == 'http://www.w3.org/1999/xhtml' &&
      e.clientWidth > 0 && e.scrollWidth > e.clientWidth + 1 &&
      getComputedStyle(e).overflowX == 'visible';
    if ((r.right > w + 0.5 || spill) && bad.length < 8)
      bad.push(e.tagName.toLowerCase() + '.' + String(e.getAttribute('class')) +
        '@' + Math.round(r.right) + (spill ? '+' + (e.scrollWidth - e.clientWidth) : ''));
  });
  document.body.setAttribute('data-probe', 'scroll=' + d.scrollWidth +
    ' width=' + w + (bad.length ? ' over=' + bad.join(',') : ''));
};
</script></body></html>
""" % (width, html.escape(page, quote=True))
open(out, "w", encoding="utf-8").write(probe)

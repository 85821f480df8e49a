// The page's only style sheet and script, inlined in every report: a report is one file that
// works from a mail attachment, offline, and prints to PDF.

export const CSS = `
:root{--ink:#1a1a1a;--muted:#505050;--line:#c8c8c8;--bg:#fff;--soft:#f4f5f7;--err:#a4161a;--err-bg:#fdecec;--warn:#7a4b00;--warn-bg:#fff4d6;--ok:#176b2c;--ok-bg:#e6f4ea;--link:#0b4f9c}
*{box-sizing:border-box}
body{margin:0;font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif;color:var(--ink);background:var(--bg)}
header.page,main{max-width:1040px;margin:0 auto;padding:0 20px}
header.page{padding-top:20px;border-bottom:1px solid var(--line)}
h1{font-size:1.6em;margin:.2em 0}
h2{font-size:1.35em;margin:0}
h3{font-size:1.12em;margin:1.4em 0 .5em;border-bottom:1px solid var(--line);padding-bottom:.2em}
h4{font-size:1em;margin:0}
a{color:var(--link)}
.muted{color:var(--muted)}
.visually-hidden{position:absolute!important;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
.failures{border:2px solid var(--err);background:var(--err-bg);border-radius:6px;padding:12px 16px;margin:20px 0}
.failures h2{color:var(--err)}
.failures pre{white-space:pre-wrap;margin:.3em 0;font:inherit}
nav.toc ul{padding-left:1.2em}
article.campaign{margin:28px 0 40px;padding-top:8px;border-top:4px solid var(--line)}
.verdict{display:flex;gap:14px;align-items:center;flex-wrap:wrap;border-radius:6px;padding:12px 16px;margin:12px 0}
.verdict.blocked{background:var(--err-bg);border:2px solid var(--err)}
.verdict.ready{background:var(--ok-bg);border:2px solid var(--ok)}
.verdict .badge{font-weight:700;font-size:1.25em}
.blocked .badge{color:var(--err)}
.ready .badge{color:var(--ok)}
.verdict .counts{margin-left:auto;font-weight:600}
dl.facts{display:grid;grid-template-columns:max-content 1fr;gap:2px 16px;margin:0}
dl.facts dt{color:var(--muted)}
dl.facts dd{margin:0}
.message-layout{display:flex;gap:24px;flex-wrap:wrap;align-items:flex-start}
.phone{width:300px;border:2px solid #333;border-radius:26px;padding:14px 12px 22px;background:#fafafa}
.phone .from{text-align:center;font-weight:600;font-size:.9em;margin-bottom:10px;border-bottom:1px solid var(--line);padding-bottom:6px}
.bubble.variant{max-width:420px}
.bubble{background:#e9e9eb;border-radius:16px 16px 16px 4px;padding:8px 12px;white-space:pre-wrap;overflow-wrap:anywhere}
.script{max-width:520px;border-left:4px solid #333;background:var(--soft);padding:10px 14px;white-space:pre-wrap;margin:0}
mark{background:none;color:inherit;padding:0 1px;border-radius:2px}
.m-stop{background:#d9ecff;border-bottom:2px solid #0b4f9c}
.m-adv{background:#e8f5e0;border-bottom:2px dashed #176b2c}
.m-ph{background:#f1e6fb;outline:1px dotted #6b21a8}
.m-ucs2{background:#ffe0e0;outline:2px solid var(--err);border-radius:2px}
.m-val{background:#f1e6fb;border-bottom:2px dotted #6b21a8}
.key{display:flex;gap:12px;flex-wrap:wrap;font-size:.85em;padding:0;list-style:none;margin:.4em 0}
table{border-collapse:collapse;width:100%}
th,td{text-align:left;vertical-align:top;padding:6px 8px;border-bottom:1px solid var(--line)}
thead th{background:var(--soft);font-weight:600}
table.timeline th[scope=row]{width:170px}
table.timeline td.num{text-align:right;white-space:nowrap;width:90px}
.t-day{margin:0 0 6px}
.t-day figcaption{font-size:.86em;color:var(--muted)}
.t-svg{display:block;max-width:680px;height:auto;font-size:11px}
.t-svg text{fill:#333}
.t-svg .t-label{font-weight:600}
.t-closed{fill:#e4e4e4}
.t-allowed{fill:#b9e2c2;stroke:#176b2c;stroke-width:.6}
.t-tolerated{fill:url(#p-tolerated);stroke:#7a4b00;stroke-width:.6}
.t-holiday{fill:url(#p-holiday);stroke:#6b21a8;stroke-width:1}
.t-edge{stroke:#176b2c;stroke-width:1.2;stroke-dasharray:3 2}
.t-tick{stroke:#555}
.t-send.t-in{fill:#1f3f8f}
.t-send.t-tolerated{fill:#7a4b00}
.t-send.t-out{fill:url(#p-out);stroke:#7d0f0a;stroke-width:1}
.t-legend{display:flex;gap:14px;flex-wrap:wrap;list-style:none;padding:0;font-size:.86em}
.t-legend svg{vertical-align:middle}
.out-count{color:var(--err);font-weight:700}
.tol-count{color:var(--warn);font-weight:600}
.ok-count{color:var(--ok)}
.filters{display:flex;gap:16px;align-items:center;flex-wrap:wrap;background:var(--soft);padding:8px 12px;border-radius:6px;margin:8px 0}
section.rule{margin:14px 0 22px;break-inside:avoid-page}
section.rule header{display:flex;gap:10px;align-items:baseline;flex-wrap:wrap}
.sev{display:inline-block;font-weight:700;border-radius:4px;padding:0 6px;font-size:.85em;white-space:nowrap}
.sev-error{color:var(--err);background:var(--err-bg);border:1px solid var(--err)}
.sev-warning{color:var(--warn);background:var(--warn-bg);border:1px solid var(--warn)}
.rule p{margin:.25em 0}
.more{font-style:italic;color:var(--muted)}
td.where{white-space:nowrap;font-family:ui-monospace,Menlo,Consolas,monospace;font-size:.88em}
td.who{white-space:nowrap;font-family:ui-monospace,Menlo,Consolas,monospace;font-size:.88em}
footer.page{max-width:1040px;margin:30px auto;padding:10px 20px;border-top:1px solid var(--line);font-size:.85em;color:var(--muted)}
[hidden]{display:none!important}
/* On paper and narrow screens the drawings take the full width, under their territory. */
@media print,(max-width:820px){
  table.timeline thead{display:none}
  table.timeline tr{display:grid;grid-template-columns:1fr auto auto;gap:0 12px;border-bottom:1px solid var(--line)}
  table.timeline th,table.timeline td{display:block;border:none;width:auto!important}
  table.timeline td:nth-child(3){grid-column:1/-1;grid-row:2}
  .t-svg{max-width:none}
}
@media print{
  *{-webkit-print-color-adjust:exact;print-color-adjust:exact}
  body{font-size:11pt}
  .filters{display:none}
  article.campaign{break-before:page;border-top:none}
  article.campaign:first-of-type{break-before:auto}
  section.timeline tr,.t-day{break-inside:avoid}
  a{color:inherit}
}
`;

/**
 * Filters findings by severity and rule. Without scripts the controls are never shown and every
 * finding stays listed; the script only hides what the reader unticks.
 */
export const SCRIPT = `
(function(){
  document.querySelectorAll('section.findings').forEach(function(box){
    var form=box.querySelector('.filters');
    if(!form)return;
    form.hidden=false;
    var sev=form.querySelectorAll('input[type=checkbox]');
    var rule=form.querySelector('select');
    function apply(){
      var on={};
      sev.forEach(function(c){on[c.value]=c.checked;});
      box.querySelectorAll('section.rule').forEach(function(s){
        var any=false;
        s.querySelectorAll('tr[data-severity]').forEach(function(tr){
          var show=!!on[tr.getAttribute('data-severity')];
          tr.hidden=!show;
          any=any||show;
        });
        s.hidden=!any||(rule.value!==''&&rule.value!==s.getAttribute('data-rule'));
      });
    }
    sev.forEach(function(c){c.addEventListener('change',apply);});
    rule.addEventListener('change',apply);
  });
})();
`;

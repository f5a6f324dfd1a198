import { chromium } from 'playwright-core';
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox','--disable-background-networking','--disable-component-update','--no-first-run'] });
const p = await b.newPage({ viewport: { width: 1920, height: 1080 } });
await p.goto('http://127.0.0.1:4181/index.html?font=xlarge');
await p.waitForSelector('section.present'); await p.waitForTimeout(300);
const r = await p.evaluate(() => {
  const s = document.querySelector('section[data-slide-id="title"]');
  const h = s.querySelector('h1');
  h.textContent = 'Memorandum of Understanding for IoT Cooperation';
  const out = [];
  const box = s.getBoundingClientRect(); const css = getComputedStyle(s);
  out.push(['section', s.scrollHeight, s.clientHeight, s.scrollWidth, s.clientWidth, css.paddingBottom]);
  for (const el of s.querySelectorAll('*')) { const rr = el.getBoundingClientRect(); out.push([el.tagName, el.className, Math.round(rr.top), Math.round(rr.bottom), Math.round(rr.right), el.scrollWidth, el.clientWidth, el.scrollHeight, el.clientHeight]); }
  return out;
});
console.log(r.map(x => x.join(' ')).join('\n'));
await b.close();

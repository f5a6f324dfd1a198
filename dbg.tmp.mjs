import { chromium } from 'playwright-core';
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const p = await b.newPage({ viewport: { width: 1920, height: 1080 } });
await p.goto('http://127.0.0.1:4174/index.html?font=xlarge&motion=reduced');
await p.waitForSelector('.reveal section.present');
const id = process.argv[2];
const r = await p.evaluate((id) => {
  const real = document.querySelector(`.reveal .slides > section[data-slide-id="${id}"]`);
  const stage = document.createElement('div'); stage.className = 'reveal pd-measure';
  const slides = document.createElement('div'); slides.className = 'slides'; stage.append(slides); document.body.append(stage);
  const sec = real.cloneNode(true); slides.append(sec);
  const dump = (s) => [s.scrollHeight, ...[...s.children].map(c => `${c.tagName}.${c.className} ${Math.round(c.getBoundingClientRect().height)}`)];
  return { stage: dump(sec), realStyle: real.getAttribute('style'), stageDisplay: getComputedStyle(sec).display, stageFont: getComputedStyle(sec.querySelector('.body, .text, p')).fontSize };
}, id);
console.log(JSON.stringify(r, null, 1));
await p.keyboard.press('End');
await b.close();

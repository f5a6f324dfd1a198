import { chromium } from 'playwright-core';
const [,, query, prefix] = process.argv;
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox','--disable-background-networking','--disable-component-update','--no-first-run'] });
const p = await b.newPage({ viewport: { width: 1920, height: 1080 } });
p.on('pageerror', e => console.log('pageerror:', e.message));
await p.goto('http://127.0.0.1:4181/index.html?' + query);
await p.waitForSelector('section.present'); await p.evaluate(() => document.fonts.ready);
const ids = await p.locator('.slides > section').evaluateAll(els => els.map(e => e.dataset.slideId + '|' + e.dataset.slideKind));
console.log(ids.length, ids.join(' '));
for (let i = 0; i < ids.length; i++) {
  await p.evaluate((i) => window.__deck?.slide?.(i), i);
  await p.keyboard.press(i === 0 ? 'Home' : 'ArrowRight');
  await p.waitForTimeout(450);
  await p.screenshot({ path: `/tmp/shots/${prefix}-${String(i).padStart(2,'0')}.png`, scale: 'css' });
}
await b.close();

/**
 * SVG images are parsed as XML (src/node/svg-check.ts), not scanned with a pattern: every way a
 * script, an outside reference or a DTD trick can hide in an SVG is refused, and ordinary logos,
 * including editors' output with a public DOCTYPE, fragments and embedded rasters, pass.
 */
import { describe, expect, it } from 'vitest';
import { svgProblem } from '../../../src/node/svg-check';

const svg = (body: string, attributes = '') =>
  `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" viewBox="0 0 10 10"${attributes}>${body}</svg>`;

describe('svgProblem', () => {
  it.each([
    ['a plain logo', `<?xml version="1.0" encoding="UTF-8"?>\n<!-- logo -->\n${svg('<rect width="10" height="10" fill="#1d4f91"/>')}`],
    ['an editor’s public DOCTYPE', `<!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN" "http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd">${svg('<g/>')}`],
    ['gradients, uses and clip paths by #fragment', svg('<defs><linearGradient id="g"/><path id="p" d="M0 0"/></defs><rect fill="url(#g)" style="clip-path: url(\'#p\')"/><use href="#p"/><use xlink:href="#p"/>')],
    ['an embedded PNG', svg('<image href="data:image/png;base64,iVBORw0KGgo="/>')],
    ['editor metadata in other namespaces', svg('<metadata><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"/></metadata><sodipodi:namedview xmlns:sodipodi="http://sodipodi.sourceforge.net/DTD/sodipodi-0.dtd"/>')],
    ['the word script in text', svg('<text>script onload javascript:</text>')],
  ])('accepts %s', (_name, text) => {
    expect(svgProblem(text)).toBeUndefined();
  });

  it.each([
    ['<script>', svg('<script>alert(1)</script>'), 'a script element (<script>)'],
    ['a prefixed svg:script', '<svg:svg xmlns:svg="http://www.w3.org/2000/svg"><svg:script>alert(1)</svg:script></svg:svg>', 'a script element (<svg:script>)'],
    ['a script in another namespace', svg('<x:script xmlns:x="http://www.w3.org/1999/xhtml">alert(1)</x:script>'), 'a script element (<x:script>)'],
    ['a script with no namespace declared', '<svg><script>alert(1)</script></svg>', 'a script element (<script>)'],
    ['an SVG Tiny handler', svg('<handler type="application/ecmascript">alert(1)</handler>'), 'a script handler element'],
    ['onload', svg('<rect/>', ' onload="alert(1)"'), 'the event handler attribute onload on <svg>'],
    ['ONCLICK in capitals', svg('<rect ONCLICK="alert(1)"/>'), 'the event handler attribute ONCLICK on <rect>'],
    ['a prefixed handler attribute', svg('<rect ev:onclick="alert(1)" xmlns:ev="http://www.w3.org/2001/xml-events"/>'), 'the event handler attribute ev:onclick'],
    ['foreignObject', svg('<foreignObject><div xmlns="http://www.w3.org/1999/xhtml">x</div></foreignObject>'), 'a foreignObject element'],
    ['an HTML iframe', svg('<h:iframe xmlns:h="http://www.w3.org/1999/xhtml" src="#x"/>'), 'an element that embeds other content (<h:iframe>)'],
    ['an HTML element', svg('<h:div xmlns:h="http://www.w3.org/1999/xhtml">x</h:div>'), 'an HTML element (<h:div>)'],
    ['an external image', svg('<image xlink:href="https://evil.invalid/track.png"/>'), 'refers to another file or address (xlink:href="https://evil.invalid/track.png" on <image>)'],
    ['another file', svg('<use href="other.svg#a"/>'), 'refers to another file or address (href="other.svg#a" on <use>)'],
    ['a javascript: link', svg('<a href="javascript:alert(1)"><text>x</text></a>'), 'href="javascript:alert(1)"'],
    ['an SVG data URL', svg('<image href="data:image/svg+xml,&lt;svg onload=alert(1)&gt;"/>'), 'href="data:image/svg+xml'],
    ['a CSS url() to the network', svg('<rect style="fill: url(\'https://evil.invalid/x\')"/>'), 'url(https://evil.invalid/x) in style on <rect>'],
    ['@import in a style sheet', svg('<style>@import "https://evil.invalid/x.css";</style>'), '@import in <style>'],
    ['a style sheet url()', svg('<style><![CDATA[@font-face { src: url(https://evil.invalid/f.woff) }]]></style>'), 'url(https://evil.invalid/f.woff) in <style>'],
    ['an animation that sets a link', svg('<a><set attributeName="href" to="javascript:alert(1)"/><text>x</text></a>'), 'animation <set> sets href'],
    ['an entity declaration', `<!DOCTYPE svg [<!ENTITY a "aaaa"><!ENTITY b "&a;&a;&a;">]>${svg('<text>&b;</text>')}`, 'XML entity declarations'],
    ['an external entity', `<!DOCTYPE svg [<!ENTITY x SYSTEM "file:///etc/passwd">]>${svg('<text>&x;</text>')}`, 'XML entity declarations'],
    ['default attributes from the DTD', `<!DOCTYPE svg [<!ATTLIST svg onload CDATA "alert(1)">]>${svg('')}`, 'declarations in its DOCTYPE'],
    ['a style sheet processing instruction', `<?xml-stylesheet href="https://evil.invalid/x.css"?>${svg('')}`, 'processing instruction <?xml-stylesheet?>'],
    ['a broken file', svg('<g>'), 'is not a well-formed SVG'],
    ['an undeclared entity', svg('<text>&nbsp;</text>'), 'is not a well-formed SVG'],
    ['an HTML page', '<html xmlns="http://www.w3.org/1999/xhtml"><body/></html>', 'is not an SVG (its root element is <html>)'],
  ])('refuses %s', (_name, text, message) => {
    expect(svgProblem(text)).toContain(message);
  });
});

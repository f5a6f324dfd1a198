/**
 * Is an SVG logo or photo inert? A real XML parse (@xmldom/xmldom, namespace-aware), then a walk
 * over every node. Release images are only ever shown through <img>, where browsers run no script
 * and load nothing else; these checks keep the file harmless should it ever be opened another way
 * (double-clicked, dragged into a browser, inlined by a later feature), and refuse files a
 * browser would not show (not well-formed, not SVG).
 *
 *   svgProblem('<svg xmlns="http://www.w3.org/2000/svg"><svg:script …') → 'is an SVG with a script element (<svg:script>), which is refused'
 */
import { DOMParser, type Attr, type Document, type Element, type Node } from '@xmldom/xmldom';

const SVG_NS = 'http://www.w3.org/2000/svg';
const XHTML_NS = 'http://www.w3.org/1999/xhtml';

/**
 * Elements that run script or embed other documents, compared by local name in any namespace and
 * with any prefix (`script`, `svg:script`, `h:script`). `handler` and `listener` are SVG Tiny 1.2
 * and XML Events script hooks; `foreignObject` is the door to HTML inside SVG.
 */
const REFUSED_ELEMENTS = new Set(['script', 'handler', 'listener', 'foreignobject', 'iframe', 'object', 'embed', 'frame', 'frameset', 'applet', 'meta', 'link', 'base']);
/** Attributes that name another resource. */
const REFERENCE_ATTRIBUTES = new Set(['href', 'src', 'action', 'formaction', 'data']);
/** SMIL animation, which can set an attribute (an href, an on… handler) after the file is read. */
const ANIMATIONS = new Set(['animate', 'set', 'animatemotion', 'animatetransform', 'animatecolor']);

/** Undefined when `text` is a well-formed, inert SVG document; else what is wrong, for a message. */
export function svgProblem(text: string): string | undefined {
  const errors: string[] = [];
  let doc: Document;
  try {
    doc = new DOMParser({
      // Warnings and recoverable errors are collected (an undeclared entity is one); fatal ones throw.
      onError: (level, message) => {
        if (level !== 'warning') errors.push(firstLine(message));
      },
    }).parseFromString(text, 'image/svg+xml');
  } catch (e) {
    return `is not a well-formed SVG (${firstLine((e as Error).message)})`;
  }
  // The internal subset is where entity bombs and default attributes (an onload on every element)
  // are declared. xmldom expands none of it, but other readers would.
  if (doc.doctype?.internalSubset?.trim()) {
    return /<!ENTITY/i.test(doc.doctype.internalSubset)
      ? 'is an SVG with XML entity declarations (<!ENTITY …>), which are refused'
      : 'is an SVG with declarations in its DOCTYPE ([ … ]), which are refused';
  }
  if (errors.length > 0) return `is not a well-formed SVG (${errors[0]})`;
  const root = doc.documentElement;
  if (!root || root.localName !== 'svg' || root.namespaceURI !== SVG_NS) {
    return `is not an SVG (its root element is <${root?.nodeName ?? 'nothing'}>)`;
  }
  return walk(doc);
}

function walk(doc: Document): string | undefined {
  const stack: Node[] = [doc];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.nodeType === node.PROCESSING_INSTRUCTION_NODE && node.nodeName !== 'xml') {
      // <?xml-stylesheet href="…"?> loads a style sheet.
      return `is an SVG with the processing instruction <?${node.nodeName}?>, which is refused`;
    }
    if (node.nodeType === node.ELEMENT_NODE) {
      const problem = elementProblem(node as Element);
      if (problem) return problem;
    }
    for (let child = node.lastChild; child; child = child.previousSibling) stack.push(child);
  }
  return undefined;
}

function elementProblem(el: Element): string | undefined {
  const local = (el.localName ?? el.nodeName).toLowerCase();
  const tag = `<${el.nodeName}>`;
  if (REFUSED_ELEMENTS.has(local)) {
    if (local === 'foreignobject') return `is an SVG with a foreignObject element (${tag}), which can carry HTML and is refused`;
    const what = local === 'script' ? 'a script element' : local === 'handler' || local === 'listener' ? 'a script handler element' : 'an element that embeds other content';
    return `is an SVG with ${what} (${tag}), which is refused`;
  }
  if (el.namespaceURI === XHTML_NS) return `is an SVG with an HTML element (${tag}), which is refused`;

  for (let i = 0; i < el.attributes.length; i++) {
    const attr = el.attributes.item(i) as Attr;
    const name = (attr.localName ?? attr.name).toLowerCase();
    if (attr.name === 'xmlns' || attr.prefix === 'xmlns') continue;
    if (name.startsWith('on')) return `is an SVG with the event handler attribute ${attr.name} on ${tag}, which is refused`;
    if (REFERENCE_ATTRIBUTES.has(name) && !isLocalReference(attr.value)) {
      return `is an SVG that refers to another file or address (${attr.name}="${clip(attr.value)}" on ${tag}); only #fragments and data:image URLs are allowed`;
    }
    const url = externalCssReference(attr.value);
    if (url !== undefined) return `is an SVG that refers to another file or address (${url} in ${attr.name} on ${tag}); only #fragments and data:image URLs are allowed`;
    if (ANIMATIONS.has(local) && name === 'attributename' && /^(?:(?:xlink:)?href|on)/i.test(attr.value.trim())) {
      return `is an SVG whose animation ${tag} sets ${attr.value.trim()}, which is refused`;
    }
  }
  if (local === 'style') {
    const css = el.textContent ?? '';
    if (/@import/i.test(css)) return `is an SVG whose style sheet imports another (@import in ${tag}), which is refused`;
    const url = externalCssReference(css);
    if (url !== undefined) return `is an SVG that refers to another file or address (${url} in ${tag}); only #fragments and data:image URLs are allowed`;
  }
  return undefined;
}

/** '#logo', '' (this document) and embedded raster images stay inside the file. */
function isLocalReference(value: string): boolean {
  const v = value.trim();
  return v === '' || v.startsWith('#') || /^data:image\/(?:png|jpeg|gif|webp|avif)[;,]/i.test(v);
}

/** The first CSS url(…) that leaves the file, as written, or undefined. */
function externalCssReference(text: string): string | undefined {
  if (!/url\s*\(/i.test(text)) return undefined;
  for (const m of text.matchAll(/url\s*\(\s*(?:"([^"]*)"|'([^']*)'|([^)]*))\s*\)/gi)) {
    const target = m[1] ?? m[2] ?? m[3] ?? '';
    if (!isLocalReference(target)) return `url(${clip(target)})`;
  }
  return undefined;
}

function clip(value: string): string {
  return value.length > 60 ? `${value.slice(0, 59)}…` : value;
}

function firstLine(message: string): string {
  return message.split('\n')[0]!.replace(/^\[xmldom \w+\]\s*/, '').trim();
}

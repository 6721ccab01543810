// A small reader for the XML bodies S3 requests carry (Delete, CompleteMultipartUpload, Tagging, ...).
import { AwsError } from '../protocol/errors.js';

export interface XmlElement {
  name: string;
  children: XmlElement[];
  text: string;
}

const malformedXml = () =>
  new AwsError(
    'MalformedXML',
    'The XML you provided was not well-formed or did not validate against our published schema',
    400,
  );

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decode(s: string): string {
  return s.replace(/&(#x[0-9a-fA-F]+|#\d+|\w+);/g, (m, e: string) => {
    if (e.startsWith('#x')) return String.fromCodePoint(Number.parseInt(e.slice(2), 16));
    if (e.startsWith('#')) return String.fromCodePoint(Number.parseInt(e.slice(1), 10));
    return ENTITIES[e] ?? m;
  });
}

// Sticky patterns, matched at the cursor without copying the rest of the document.
const OPEN = /<([A-Za-z_][\w.:-]*)((?:\s+[\w.:-]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>/y;
const CLOSE = /<\/([A-Za-z_][\w.:-]*)\s*>/y;

/** Parses a document into its root element; namespaces are dropped (`ns:Name` -> `Name`). Throws MalformedXML. */
export function parseXmlBody(body: Buffer): XmlElement {
  const src = body.toString('utf8');
  let i = 0;
  const skipMisc = () => {
    for (;;) {
      while (i < src.length && /\s/.test(src[i])) i++;
      if (src.startsWith('<?', i) || src.startsWith('<!--', i) || src.startsWith('<!DOCTYPE', i)) {
        const end = src.startsWith('<!--', i) ? src.indexOf('-->', i) + 3 : src.indexOf('>', i) + 1;
        if (end <= 0) throw malformedXml();
        i = end;
      } else return;
    }
  };
  const parseElement = (): XmlElement => {
    OPEN.lastIndex = i;
    const open = OPEN.exec(src);
    if (!open) throw malformedXml();
    i += open[0].length;
    const name = open[1].replace(/^.*:/, '');
    const el: XmlElement = { name, children: [], text: '' };
    if (open[3] === '/') return el;
    for (;;) {
      if (i >= src.length) throw malformedXml();
      if (src.startsWith('</', i)) {
        CLOSE.lastIndex = i;
        const close = CLOSE.exec(src);
        if (!close || close[1] !== open[1]) throw malformedXml();
        i += close[0].length;
        return el;
      }
      if (src.startsWith('<![CDATA[', i)) {
        const end = src.indexOf(']]>', i);
        if (end < 0) throw malformedXml();
        el.text += src.slice(i + 9, end);
        i = end + 3;
      } else if (src.startsWith('<!--', i)) {
        const end = src.indexOf('-->', i);
        if (end < 0) throw malformedXml();
        i = end + 3;
      } else if (src[i] === '<') {
        el.children.push(parseElement());
      } else {
        const end = src.indexOf('<', i);
        if (end < 0) throw malformedXml();
        el.text += decode(src.slice(i, end));
        i = end;
      }
    }
  };
  try {
    skipMisc();
    const root = parseElement();
    skipMisc();
    if (i !== src.length) throw malformedXml();
    return root;
  } catch (err) {
    // Nesting deep enough to overflow the stack is malformed too, not a server fault.
    throw err instanceof AwsError ? err : malformedXml();
  }
}

export function child(el: XmlElement, name: string): XmlElement | undefined {
  return el.children.find((c) => c.name === name);
}

export function childrenNamed(el: XmlElement, name: string): XmlElement[] {
  return el.children.filter((c) => c.name === name);
}

/** Text of a direct child, undefined when absent. */
export function childText(el: XmlElement, name: string): string | undefined {
  return child(el, name)?.text;
}

/** The body's root element, which must be `rootName`; an empty body is MalformedXML too. */
export function requireXmlBody(body: Buffer, rootName: string): XmlElement {
  if (body.length === 0) throw malformedXml();
  const root = parseXmlBody(body);
  if (root.name !== rootName) throw malformedXml();
  return root;
}

export { malformedXml };

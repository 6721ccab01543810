// SNS's XML result pieces: attribute maps as `<entry><key/><value/></entry>`, lists as `<member>`.
import { escapeXml } from '../protocol/xml.js';

export function xmlEntries(map: Record<string, string>): string {
  return Object.entries(map)
    .map(([k, v]) => `<entry><key>${escapeXml(k)}</key><value>${escapeXml(v)}</value></entry>`)
    .join('');
}

export function xmlMembers(items: string[]): string {
  return items.map((i) => `<member>${i}</member>`).join('');
}

export function xmlElement(name: string, value: string | undefined): string {
  return value === undefined ? '' : `<${name}>${escapeXml(value)}</${name}>`;
}

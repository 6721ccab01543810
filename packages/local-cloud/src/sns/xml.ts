// SNS's XML result pieces: attribute maps as `<entry><key/><value/></entry>`, lists as `<member>`.
import { element, escapeXml } from '../protocol/xml.js';

export function xmlEntries(map: Record<string, string>): string {
  return Object.entries(map)
    .map(([k, v]) => `<entry><key>${escapeXml(k)}</key><value>${escapeXml(v)}</value></entry>`)
    .join('');
}

export function xmlMembers(items: string[]): string {
  return items.map((i) => `<member>${i}</member>`).join('');
}

export const xmlElement = (name: string, value: string | undefined): string => element(name, value);

// Where each case of a verification spec starts, so an annotation can point at its line.
import { readFileSync } from 'node:fs';
import { isMap, isSeq, LineCounter, parseDocument, type YAMLMap } from 'yaml';

/** Case name -> 1-based line of its entry; cases under `functions[].cases` count too. */
export function caseLines(specFile: string): Map<string, number> {
  const lines = new Map<string, number>();
  let text: string;
  try {
    text = readFileSync(specFile, 'utf8');
  } catch {
    return lines;
  }
  const counter = new LineCounter();
  const doc = parseDocument(text, { lineCounter: counter });
  const collect = (owner: unknown) => {
    if (!isMap(owner)) return;
    const cases = owner.get('cases', true);
    if (!isSeq(cases)) return;
    for (const item of cases.items) {
      if (!isMap(item)) continue;
      const name = (item as YAMLMap).get('name');
      const offset = item.range?.[0];
      if (typeof name === 'string' && offset !== undefined && !lines.has(name)) {
        lines.set(name, counter.linePos(offset).line);
      }
    }
  };
  collect(doc.contents);
  const functions = isMap(doc.contents) ? doc.contents.get('functions', true) : undefined;
  if (isSeq(functions)) for (const fn of functions.items) collect(fn);
  return lines;
}

// Before a template is applied to a local cloud: every function's runtime is one that cloud runs, so an
// unsupported runtime is one clear configuration error instead of a rolled-back stack. Endpoints that
// do not say which runtimes they run (AWS, other emulators) are not asked again.
import { ServiceConfigError } from './configError.js';

interface TemplateResource {
  Type?: string;
  Properties?: { Runtime?: unknown; FunctionName?: unknown };
}

/** The runtime of each function of a template, by logical id. */
export function templateRuntimes(templateBody: string): Map<string, string> {
  const out = new Map<string, string>();
  let resources: Record<string, TemplateResource> = {};
  try {
    resources =
      (JSON.parse(templateBody) as { Resources?: Record<string, TemplateResource> }).Resources ?? {};
  } catch {
    return out;
  }
  for (const [id, r] of Object.entries(resources))
    if (r.Type === 'AWS::Lambda::Function' && typeof r.Properties?.Runtime === 'string')
      out.set(id, r.Properties.Runtime);
  return out;
}

/** Throws ServiceConfigError naming each function whose runtime the local cloud at `endpoint` does not run. */
export async function checkRuntimes(templateBody: string, endpoint: string): Promise<void> {
  const runtimes = templateRuntimes(templateBody);
  if (runtimes.size === 0) return;
  let supported: string[] | undefined;
  try {
    const res = await fetch(`${endpoint}/_localcloud/runtimes?runtime=`, {
      signal: AbortSignal.timeout(5000),
    });
    if (res.ok) supported = ((await res.json()) as { supported?: string[] }).supported;
  } catch {
    // not a local cloud: the cloud itself judges the runtimes
  }
  if (!supported) return;
  const refused = [...runtimes].filter(([, runtime]) => !supported.includes(runtime));
  if (refused.length === 0) return;
  throw new ServiceConfigError(
    `${refused.map(([id, runtime]) => `function ${id.replace(/LambdaFunction$/, '')}: runtime ${runtime}`).join('; ')}: not a runtime the local cloud at ${endpoint} runs (${supported.join(', ')})`,
  );
}

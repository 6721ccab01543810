// The runtimes this local cloud can run, and which bootstrap each family uses.

export type RuntimeFamily = 'nodejs' | 'python' | 'provided';

const SUPPORTED: Record<string, RuntimeFamily> = {
  'nodejs18.x': 'nodejs',
  'nodejs20.x': 'nodejs',
  'nodejs22.x': 'nodejs',
  'nodejs24.x': 'nodejs',
  'python3.9': 'python',
  'python3.10': 'python',
  'python3.11': 'python',
  'python3.12': 'python',
  'python3.13': 'python',
  'python3.14': 'python',
  provided: 'provided',
  'provided.al2': 'provided',
  'provided.al2023': 'provided',
};

export function runtimeFamily(runtime: string | undefined): RuntimeFamily | undefined {
  return runtime === undefined ? undefined : SUPPORTED[runtime];
}

export const SUPPORTED_RUNTIMES = Object.keys(SUPPORTED);

/** `AWS_EXECUTION_ENV` as Lambda sets it (provided runtimes have none). */
export function executionEnv(runtime: string): string | undefined {
  const family = runtimeFamily(runtime);
  if (family === 'nodejs') return `AWS_Lambda_${runtime}`;
  if (family === 'python') return `AWS_Lambda_${runtime}`;
  return undefined;
}

// `local-cloud deploy` and `remove`: not available until the stack engine lands.
export async function deploy(_argv: string[]): Promise<number> {
  console.error('local-cloud deploy is not available yet');
  return 2;
}

export async function remove(_argv: string[]): Promise<number> {
  console.error('local-cloud remove is not available yet');
  return 2;
}

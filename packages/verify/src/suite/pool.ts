// A bound on how many tasks run at once, in the order they were handed in.

export type Pool = <T>(task: () => Promise<T>) => Promise<T>;

export function pool(size: number): Pool {
  let active = 0;
  const waiting: (() => void)[] = [];
  const next = () => {
    if (active >= size) return;
    const start = waiting.shift();
    if (!start) return;
    active++;
    start();
  };
  return (task) =>
    new Promise((resolve, reject) => {
      waiting.push(() =>
        task()
          .then(resolve, reject)
          .finally(() => {
            active--;
            next();
          }),
      );
      next();
    });
}

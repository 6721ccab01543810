// SDK shapes as they travel in awsJson: timestamps are epoch seconds, not Date objects.

export type Wire<T> = T extends Date
  ? number
  : T extends (infer U)[]
    ? Wire<U>[]
    : T extends object
      ? { [K in keyof T]: Wire<T[K]> }
      : T;

export const epochSeconds = (d: Date): number => Math.floor(d.getTime() / 1000);

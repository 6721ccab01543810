import { createRequire as __actionCreateRequire } from 'node:module';
import { fileURLToPath as __actionFileURLToPath } from 'node:url';
const require = __actionCreateRequire(import.meta.url);

// ../deploy/src/command.ts
import { spawn } from "node:child_process";
import { accessSync, constants, statSync } from "node:fs";
import path from "node:path";
var CommandError = class extends Error {
  name = "CommandError";
  /** Everything the command printed, without colours (unset when it could not start). */
  output;
  constructor(message, output) {
    super(message);
    this.output = output;
  }
};
var ERROR_BLOCK = /^(Environment: |Error:$|✖ )/;
var colour = new RegExp(`${String.fromCharCode(27)}\\[[0-9;]*m`, "g");
var plain = (text) => text.replace(colour, "");
function frameworkError(output) {
  const lines = plain(output).split("\n");
  const at = lines.findLastIndex((l) => l.trim() === "Error:");
  if (at < 0) return void 0;
  const text = lines.slice(at + 1).filter((l) => !/^\s+at \S.*(\(.*\)|:\d+:\d+)$/.test(l)).join("\n").trim();
  return text || void 0;
}
function commandExists(commandLine, cwd, env = process.env) {
  const bin = commandLine.trim().split(/\s+/)[0];
  if (!bin) return false;
  const runnable = (file) => {
    try {
      accessSync(file, constants.X_OK);
      return statSync(file).isFile();
    } catch {
      return false;
    }
  };
  if (bin.includes("/") || bin.includes(path.sep)) return runnable(path.resolve(cwd, bin));
  const exts = process.platform === "win32" ? (env.PATHEXT ?? ".EXE;.CMD;.BAT").split(";") : [""];
  return (env.PATH ?? "").split(path.delimiter).filter(Boolean).some((dir) => exts.some((ext) => runnable(path.join(path.resolve(cwd, dir), bin + ext))));
}
function runCommand(commandLine, args, options) {
  const [bin, ...pre] = commandLine.split(/\s+/).filter(Boolean);
  const shown = `'${[commandLine, args[0]].filter(Boolean).join(" ")}'`;
  return new Promise((resolve, reject) => {
    const child = spawn(bin, [...pre, ...args], {
      cwd: options.cwd,
      env: options.env,
      stdio: ["ignore", options.onLine ? "pipe" : 2, options.onLine ? "pipe" : 2]
    });
    let text = "";
    let partial = "";
    let held;
    const line = (l) => {
      if (!l.trim()) return;
      if (!held && ERROR_BLOCK.test(plain(l))) held = [];
      if (held) held.push(l);
      else options.onLine?.(l);
    };
    const take = (chunk) => {
      const part = chunk.toString("utf8");
      text += part;
      const lines = (partial + part).split("\n");
      partial = lines.pop() ?? "";
      for (const l of lines) line(l);
    };
    child.stdout?.on("data", take);
    child.stderr?.on("data", take);
    child.on("error", (err) => reject(new CommandError(`cannot run ${shown}: ${err.message}`)));
    child.on("close", (code, signal) => {
      line(partial);
      if (code === 0) {
        for (const l of held ?? []) options.onLine?.(l);
        return resolve();
      }
      const said = frameworkError(text) ?? text.trim();
      reject(
        new CommandError(
          `${shown} failed (${signal ?? `exit ${code}`})${said ? `:
${said}` : ""}`,
          plain(text)
        )
      );
    });
  });
}

// ../deploy/src/stageName.ts
var STAGE_NAME = /^[a-zA-Z0-9][a-zA-Z0-9-]{0,62}$/;
var STAGE_RULE = "1 to 63 letters, digits or hyphens, starting with a letter or digit";
function isStageName(stage) {
  return STAGE_NAME.test(stage);
}

export {
  CommandError,
  commandExists,
  runCommand,
  STAGE_RULE,
  isStageName
};
//# sourceMappingURL=chunk-6OP734ML.js.map

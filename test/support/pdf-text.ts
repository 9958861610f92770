import { spawn } from "node:child_process";
import path from "node:path";

/**
 * The text of a PDF, read back with pdf-parse 2. It runs in a child Node process: pdf.js loads its worker with a
 * dynamic import, which jest's sandbox refuses ("A dynamic import callback was invoked without
 * --experimental-vm-modules").
 */
export function pdfText(pdf: Buffer): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [path.join(__dirname, "pdf-text-child.cjs")], {
      stdio: ["pipe", "pipe", "pipe"],
    });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on("data", (c: Buffer) => out.push(c));
    child.stderr.on("data", (c: Buffer) => err.push(c));
    child.on("error", reject);
    child.on("close", (code) => {
      if (code === 0) resolve(Buffer.concat(out).toString("utf8"));
      else reject(new Error(`pdf-text exited with ${code}: ${Buffer.concat(err).toString("utf8")}`));
    });
    child.stdin.end(pdf);
  });
}

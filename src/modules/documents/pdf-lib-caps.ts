import { AsyncLocalStorage } from "node:async_hooks";
import { decodePDFRawStream, type PDFRawStream } from "pdf-lib";
// pdf-lib internals: its parser decodes object and xref streams while loading, with no limit on their size
import ByteStream from "pdf-lib/cjs/core/parser/ByteStream";

/** Raised when a stream decodes past its cap or the document's budget. */
export class DecodeLimitError extends Error {
  constructor(readonly limit: number) {
    super(`a stream decodes to more than ${limit} bytes`);
  }
}

/** Bytes the streams of one document may still decode to; set around a load with `withDecodeBudget`. */
export interface DecodeBudget {
  left: number;
  perStream: number;
  /** Set when a stream passed its cap inside pdf-lib, which may swallow the error and keep parsing. */
  exceeded?: boolean;
}

const budgets = new AsyncLocalStorage<DecodeBudget>();

/** Object and xref streams hold object syntax, not content: a few MB at most in real files. */
export const STRUCTURE_STREAM_MAX_BYTES = 16 * 1024 * 1024;

/** A stream's decoded bytes, refusing (DecodeLimitError) more than `cap`; pdf-lib's decoders stop as soon as the cap is passed. */
export function decodeCapped(stream: PDFRawStream, cap: number): Uint8Array {
  const decoder = decodePDFRawStream(stream);
  const chunks: Uint8Array[] = [];
  let total = 0;
  // in steps, so that no buffer of the cap's size is allocated up front
  for (;;) {
    const chunk = decoder.getBytes(64 * 1024) as Uint8Array;
    if (chunk.length === 0) break;
    total += chunk.length;
    if (total > cap) throw new DecodeLimitError(cap);
    chunks.push(chunk.slice());
  }
  return Buffer.concat(chunks);
}

export function withDecodeBudget<T>(budget: DecodeBudget, run: () => Promise<T>): Promise<T> {
  return budgets.run(budget, run);
}

let installed = false;

/** Makes pdf-lib decode object and xref streams under a cap (and within the current load's budget). Idempotent. */
export function installPdfLibCaps(): void {
  if (installed) return;
  installed = true;
  ByteStream.fromPDFRawStream = (raw: PDFRawStream) => {
    const budget = budgets.getStore();
    const cap = Math.min(STRUCTURE_STREAM_MAX_BYTES, budget ? Math.min(budget.left, budget.perStream) : Infinity);
    let bytes: Uint8Array;
    try {
      bytes = decodeCapped(raw, cap);
    } catch (err) {
      if (budget && err instanceof DecodeLimitError) budget.exceeded = true;
      throw err;
    }
    if (budget) budget.left -= bytes.length;
    return ByteStream.of(bytes);
  };
}

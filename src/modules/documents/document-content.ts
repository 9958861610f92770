import { promisify } from "node:util";
import zlib from "node:zlib";
import { PDFArray, PDFDocument, PDFName, PDFRawStream } from "pdf-lib";
import { DecodeLimitError, decodeCapped, installPdfLibCaps, withDecodeBudget, type DecodeBudget } from "./pdf-lib-caps";
// image-size ships CommonJS whose types name the function imageSize
const { imageSize } = require("image-size") as typeof import("image-size");

/** What an upload's content is checked against; the README lists them. */
export const CONTENT_LIMITS = {
  /** One PDF stream decoded: a 300 dpi A4 colour page is about 26 MB uncompressed. */
  pdfStreamMaxBytes: 32 * 1024 * 1024,
  /** All streams of one PDF decoded together. */
  pdfTotalMaxBytes: 128 * 1024 * 1024,
  /** Pixels per image side. */
  imageMaxSide: 20_000,
  /** Pixels per image (50 megapixels: an A4 page scanned at 600 dpi is 35). */
  imageMaxPixels: 50_000_000,
} as const;

export type ContentErrorCode = "INVALID_FILE" | "ENCRYPTED_FILE" | "ACTIVE_CONTENT" | "CONTENT_TOO_LARGE";
export interface ContentProblem {
  code: ContentErrorCode;
  message: string;
}

const inflate = promisify(zlib.inflate);
const MB = (n: number) => `${Math.round(n / (1024 * 1024))} MB`;

/** Tags a browser sniffs as HTML near the start of a file (WHATWG MIME Sniffing § 7.1, and older browsers' wider window). */
const SNIFFED_TAGS = [
  "!doctype html",
  "html",
  "head",
  "script",
  "iframe",
  "h1",
  "div",
  "font",
  "table",
  "a",
  "style",
  "title",
  "b",
  "body",
  "br",
  "p",
  "!--",
  "svg",
  "?xml",
];
const SNIFF_WINDOW = 1024;
const SNIFF_PATTERN = new RegExp(`<(${SNIFFED_TAGS.map((t) => t.replace(/[?!-]/g, "\\$&")).join("|")})[\\s>/]`, "i");
/** Markup that makes a polyglot wherever it is in the raw bytes. */
const ACTIVE_PATTERN = /<(script|html|iframe|!doctype\s+html|svg)[\s>/]/i;

function activeContent(bytes: Buffer): ContentProblem | null {
  const head = bytes.subarray(0, SNIFF_WINDOW).toString("latin1");
  if (SNIFF_PATTERN.test(head) || ACTIVE_PATTERN.test(bytes.toString("latin1"))) {
    return {
      code: "ACTIVE_CONTENT",
      message:
        "The file also contains HTML or script markup (a browser could run it): save or print it to a new file without it and upload that.",
    };
  }
  return null;
}

const DECOMPRESSING = new Set([
  "FlateDecode",
  "Fl",
  "LZWDecode",
  "LZW",
  "RunLengthDecode",
  "RL",
  "ASCII85Decode",
  "A85",
  "ASCIIHexDecode",
  "AHx",
]);

function filtersOf(stream: PDFRawStream): string[] {
  const filter = stream.dict.lookup(PDFName.of("Filter"));
  if (filter instanceof PDFName) return [filter.decodeText()];
  if (filter instanceof PDFArray) return filter.asArray().map((f) => (f instanceof PDFName ? f.decodeText() : "?"));
  return [];
}

/** Bytes the stream decodes to, within `cap`: zlib (maxOutputLength) for Flate, pdf-lib's capped decoders for other chains; image codecs are left to viewers. */
async function decodedSize(stream: PDFRawStream, cap: number): Promise<number> {
  const filters = filtersOf(stream);
  if (filters.length === 0) return stream.contents.length;
  if (filters[0] === "FlateDecode" || filters[0] === "Fl") {
    if (filters.length === 1 || !filters.every((f) => DECOMPRESSING.has(f))) {
      try {
        // SYNC_FLUSH accepts a stream cut before its end, as viewers do
        return (
          await inflate(stream.contents, {
            maxOutputLength: cap + 1,
            chunkSize: 1024 * 1024,
            finishFlush: zlib.constants.Z_SYNC_FLUSH,
          })
        ).length;
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code === "ERR_BUFFER_TOO_LARGE") throw new DecodeLimitError(cap);
        throw err;
      }
    }
  }
  if (!filters.every((f) => DECOMPRESSING.has(f))) return stream.contents.length;
  return decodeCapped(stream, cap).length;
}

const tooLarge = (): ContentProblem => ({
  code: "CONTENT_TOO_LARGE",
  message: `The PDF decompresses to more than ${MB(CONTENT_LIMITS.pdfStreamMaxBytes)} in one stream or ${MB(CONTENT_LIMITS.pdfTotalMaxBytes)} in all: save it with lower image resolution or split it, and upload that.`,
});
const encrypted = (): ContentProblem => ({
  code: "ENCRYPTED_FILE",
  message:
    "The PDF is encrypted or password-protected: save or print it to a new PDF without protection, and upload that.",
});
const damaged = (): ContentProblem => ({
  code: "INVALID_FILE",
  message:
    "The file starts like a PDF but its structure could not be read: open it and save or print it to a new PDF, and upload that.",
});

async function checkPdf(bytes: Buffer): Promise<ContentProblem | null> {
  installPdfLibCaps();
  const budget: DecodeBudget = { left: CONTENT_LIMITS.pdfTotalMaxBytes, perStream: CONTENT_LIMITS.pdfStreamMaxBytes };
  try {
    return await withDecodeBudget(budget, async () => {
      const pdf = await PDFDocument.load(bytes, {
        updateMetadata: false,
        throwOnInvalidObject: false,
        ignoreEncryption: true,
      });
      if (budget.exceeded) return tooLarge();
      // encrypted streams cannot be measured, and the file would be unreadable to a caseworker without the password
      if (pdf.isEncrypted) return encrypted();
      if (pdf.getPageCount() < 1) return damaged();
      for (const [, object] of pdf.context.enumerateIndirectObjects()) {
        if (!(object instanceof PDFRawStream)) continue;
        budget.left -= await decodedSize(object, Math.min(budget.perStream, budget.left));
      }
      return null;
    });
  } catch (err) {
    if (err instanceof DecodeLimitError) return tooLarge();
    return damaged();
  }
}

/** image-size's names for the media types accepted. */
const IMAGE_TYPES: Readonly<Record<string, string>> = {
  "image/png": "png",
  "image/jpeg": "jpg",
  "image/tiff": "tiff",
  "image/heic": "heif",
};

function checkImage(bytes: Buffer, contentType: string): ContentProblem | null {
  let size: ReturnType<typeof imageSize>;
  try {
    size = imageSize(bytes);
  } catch {
    size = { width: 0, height: 0 };
  }
  const images = size.images?.length ? size.images : [size];
  const kind = contentType.replace("image/", "").toUpperCase();
  if (size.type !== IMAGE_TYPES[contentType] || images.some((i) => !(i.width > 0 && i.height > 0))) {
    return {
      code: "INVALID_FILE",
      message: `The file starts like a ${kind} image but its header could not be read: open it and save it again, and upload that.`,
    };
  }
  const { imageMaxSide: side, imageMaxPixels: pixels } = CONTENT_LIMITS;
  const big = images.find((i) => i.width > side || i.height > side || i.width * i.height > pixels);
  if (big) {
    return {
      code: "CONTENT_TOO_LARGE",
      message: `The image is ${big.width} × ${big.height} pixels, over the limit of ${side} pixels per side and ${pixels / 1_000_000} megapixels: scale it down and upload that.`,
    };
  }
  return null;
}

/** Whether the bytes are really the accepted type they start like, within the limits; null when they are. */
export async function checkDocumentContent(bytes: Buffer, contentType: string): Promise<ContentProblem | null> {
  const active = activeContent(bytes);
  if (active) return active;
  return contentType === "application/pdf" ? checkPdf(bytes) : checkImage(bytes, contentType);
}

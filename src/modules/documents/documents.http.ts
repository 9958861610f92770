import { pipeline } from "node:stream/promises";
import type { Readable } from "node:stream";
import busboy from "busboy";
import type { Express, Request, Response } from "express";
import type { MikroORM } from "@mikro-orm/postgresql";
import type { Clock } from "../../shared/clock";
import { failure, type Failure } from "../../shared/result";
import type { AppServices } from "../../app/services";
import { authenticate } from "../access/access.service";
import { bearer, hasScope, type Auth } from "../access/auth";
import { Scope } from "../access/api-key.entity";
import { findDocument, uploadDocument, type DocumentErrorCode } from "./documents.service";
import { uploadUserErrors } from "./documents.errors";

export interface DocumentRoutesOptions {
  orm: MikroORM;
  services: AppServices;
  clock: Clock;
}

/** Room for the multipart envelope (boundaries, headers, the creditorId field) on top of the file itself. */
const MULTIPART_ALLOWANCE = 16 * 1024;

const STATUS: Record<DocumentErrorCode, number> = {
  MALFORMED_REQUEST: 400,
  INCOMPLETE_UPLOAD: 400,
  MISSING_FILE: 400,
  UNKNOWN_CREDITOR: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  UNKNOWN_DOCUMENT: 404,
  FILE_TOO_LARGE: 413,
  UNSUPPORTED_FILE_TYPE: 415,
  ACTIVE_CONTENT: 415,
  INVALID_FILE: 422,
  ENCRYPTED_FILE: 422,
  CONTENT_TOO_LARGE: 413,
};

function sendErrors(res: Response, errors: Failure<DocumentErrorCode>[], close = false): void {
  // the most basic problem decides the status: a request error before a file-type error
  const status = Math.min(...errors.map((e) => STATUS[e.code]));
  if (status === 401) res.set("WWW-Authenticate", 'Bearer realm="tvist"');
  if (close) res.set("Connection", "close");
  res.status(status).json({ userErrors: errors });
}

type Parsed =
  | { tooLarge: true }
  | {
      tooLarge: false;
      creditorId?: string;
      filename?: string;
      bytes?: Buffer;
      problem?: { code: "MALFORMED_REQUEST" | "INCOMPLETE_UPLOAD"; message: string; close?: boolean };
    };

const INCOMPLETE = {
  code: "INCOMPLETE_UPLOAD",
  message: "The multipart body ended before its closing boundary: send the whole upload again.",
} as const;
const ABORTED = {
  code: "INCOMPLETE_UPLOAD",
  message: "The upload was interrupted before its end: send the whole upload again.",
} as const;
const MALFORMED = {
  code: "MALFORMED_REQUEST",
  message: "The multipart body is malformed: send multipart/form-data with the fields file and creditorId.",
} as const;

/** busboy reports a body that stops before its closing boundary as "Unexpected end of form" (or "of file"). */
const problemOf = (err: Error) => (/^Unexpected end of/.test(err.message) ? INCOMPLETE : MALFORMED);

/**
 * Reads the multipart body, keeping at most maxBytes of the file; stops reading as soon as the file is larger.
 * Every stream involved (request, parser, file) has an error listener: a truncated, aborted or malformed body
 * settles with a problem and never throws.
 */
function readUpload(req: Request, maxBytes: number): Promise<Parsed> {
  return new Promise((resolve) => {
    let settled = false;
    let parser: busboy.Busboy | undefined;
    const settle = (value: Parsed) => {
      if (settled) return;
      settled = true;
      if (value.tooLarge || value.problem) {
        req.unpipe(parser);
        parser?.removeAllListeners("close");
      }
      resolve(value);
    };
    const fault = (problem: { code: "MALFORMED_REQUEST" | "INCOMPLETE_UPLOAD"; message: string }) =>
      settle({ tooLarge: false, problem: { ...problem, close: !req.complete } });
    req.on("aborted", () => fault(ABORTED));
    req.on("error", () => fault(ABORTED));
    try {
      // busboy reports "limit" on reaching fileSize, so one byte more marks a file over maxBytes
      parser = busboy({
        headers: req.headers,
        defParamCharset: "utf8",
        limits: { fileSize: maxBytes + 1, files: 1, fields: 10, fieldSize: 1024, parts: 12 },
      });
    } catch {
      fault({
        code: "MALFORMED_REQUEST",
        message:
          "The Content-Type has no usable multipart boundary: send multipart/form-data with the fields file and creditorId.",
      });
      return;
    }
    const result: Parsed & { tooLarge: false } = { tooLarge: false };
    const wrongForm = (message: string) => {
      if (!result.problem) result.problem = { code: "MALFORMED_REQUEST", message };
    };
    parser.on("field", (name, value) => {
      if (name === "creditorId") result.creditorId = value.trim();
    });
    parser.on("file", (name, stream, info) => {
      stream.on("error", (err: Error) => fault(problemOf(err)));
      if (name !== "file") {
        wrongForm(`Unexpected file field ${JSON.stringify(name)}: send the document in the field named file.`);
        stream.resume();
        return;
      }
      const chunks: Buffer[] = [];
      stream.on("data", (chunk: Buffer) => chunks.push(chunk));
      stream.on("limit", () => {
        chunks.length = 0;
        stream.resume();
        settle({ tooLarge: true });
      });
      stream.on("end", () => {
        result.filename = info.filename;
        result.bytes = Buffer.concat(chunks);
      });
    });
    parser.on("filesLimit", () => wrongForm("Send one file per request."));
    parser.on("partsLimit", () => wrongForm("Too many form fields: send only file and creditorId."));
    parser.on("fieldsLimit", () => wrongForm("Too many form fields: send only file and creditorId."));
    parser.on("error", (err: Error) => fault(problemOf(err)));
    parser.on("close", () => settle(result));
    req.pipe(parser);
  });
}

async function authorize(
  req: Request,
  res: Response,
  options: DocumentRoutesOptions,
  scope: Scope,
): Promise<Auth | undefined> {
  const key = bearer(req.headers.authorization);
  const auth = key ? await authenticate(options.orm.em.fork(), key, options.clock) : null;
  if (!auth) {
    sendErrors(res, [
      failure(
        "UNAUTHENTICATED",
        null,
        key
          ? "The API key is unknown or revoked: create a new key with apiKeyCreate or use the admin key."
          : "Authentication required: send the header Authorization: Bearer <API key>.",
      ),
    ]);
    return undefined;
  }
  if (!hasScope(auth, scope)) {
    sendErrors(res, [
      failure(
        "FORBIDDEN",
        null,
        `This API key lacks the ${scope.toUpperCase()} scope needed here: use a key with that scope.`,
      ),
    ]);
    return undefined;
  }
  return auth;
}

/** POST /documents (multipart upload) and GET /documents/:id (download), both with Authorization: Bearer <key>. */
export function mountDocumentRoutes(app: Express, options: DocumentRoutesOptions): void {
  const { services } = options;

  app.post("/documents", async (req, res) => {
    const auth = await authorize(req, res, options, Scope.WRITE);
    if (!auth) return;
    const maxBytes = services.config.documentMaxBytes;
    const tooLarge = () =>
      failure(
        "FILE_TOO_LARGE" as const,
        ["file"],
        `The file is larger than ${maxBytes} bytes (DOCUMENT_MAX_BYTES): upload a smaller or compressed file.`,
      );
    if (!req.is("multipart/form-data")) {
      sendErrors(res, [
        failure(
          "MALFORMED_REQUEST",
          null,
          "Send the upload as multipart/form-data with the fields file and creditorId.",
        ),
      ]);
      return;
    }
    const declared = Number(req.headers["content-length"]);
    if (Number.isFinite(declared) && declared > maxBytes + MULTIPART_ALLOWANCE) {
      sendErrors(res, [tooLarge()], true);
      return;
    }
    const parsed = await readUpload(req, maxBytes);
    if (parsed.tooLarge) {
      sendErrors(res, [tooLarge()], true);
      return;
    }
    if (parsed.problem) {
      sendErrors(res, [failure(parsed.problem.code, null, parsed.problem.message)], parsed.problem.close);
      return;
    }
    const result = await uploadDocument(options.orm.em.fork(), services.documents, auth, parsed);
    if (!result.ok) {
      sendErrors(res, uploadUserErrors(result.errors));
      return;
    }
    const d = result.value;
    services.logger.info(
      { document: d.id, creditor: d.creditor.id, size: d.size, contentType: d.contentType },
      "document uploaded",
    );
    res.status(201).json({
      document: {
        id: d.globalId,
        filename: d.filename,
        contentType: d.contentType,
        size: d.size,
        sha256: d.sha256,
        downloadUrl: d.downloadUrl,
      },
    });
  });

  app.get("/documents/:id", async (req, res) => {
    const auth = await authorize(req, res, options, Scope.READ);
    if (!auth) return;
    const document = await findDocument(options.orm.em.fork(), auth, String(req.params.id));
    if (!document) {
      sendErrors(res, [
        failure(
          "UNKNOWN_DOCUMENT",
          ["id"],
          `No document with id ${String(req.params.id)}: use an id returned by POST /documents.`,
        ),
      ]);
      return;
    }
    let body: Buffer | Readable;
    try {
      body = await services.documents.get(document.storageKey);
    } catch (err) {
      services.logger.error(
        { err, document: document.id, storageKey: document.storageKey },
        "a recorded document's bytes are missing from storage",
      );
      res.status(500).json({
        userErrors: [
          {
            code: "STORAGE_ERROR",
            field: null,
            message: "The document's content could not be read from storage: ask the operator to check DOCUMENT_DIR.",
          },
        ],
      });
      return;
    }
    res.attachment(document.filename);
    res.set({
      "Content-Type": document.contentType,
      "Content-Length": String(document.size),
      "X-Content-Type-Options": "nosniff",
      "Cache-Control": "private, no-cache",
      ETag: `"${document.sha256}"`,
    });
    if (Buffer.isBuffer(body)) {
      res.end(body);
      return;
    }
    try {
      await pipeline(body, res);
    } catch (err) {
      // the client went away or the file could not be read to its end; the response is already under way
      services.logger.warn({ err, document: document.id }, "a document download stopped early");
      res.destroy();
    }
  });
}

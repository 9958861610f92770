import { createHash, randomUUID } from "node:crypto";
import type { EntityManager } from "@mikro-orm/postgresql";
import { fromBuffer } from "file-type";
import { fail, ok, type Failure, type Result } from "../../shared/result";
import { refuse, type Outcome } from "../../shared/outcome";
import { unknownDocumentUserError, type UploadFailure } from "./documents.errors";
import { idOf } from "../../shared/global-id";
import { canSeeCreditor, type Auth } from "../access/auth";
import { Creditor } from "../parties/creditor.entity";
import { Document } from "./document.entity";
import type { DocumentStorage } from "./storage";
import { checkDocumentContent } from "./document-content";

/** Media types accepted, by what the content is (magic bytes), never by the file name. */
export const ACCEPTED_DOCUMENT_TYPES: Readonly<Record<string, string>> = {
  "application/pdf": "pdf",
  "image/png": "png",
  "image/jpeg": "jpg",
  "image/tiff": "tif",
  "image/heic": "heic",
};

export type { DocumentErrorCode } from "./documents.errors";

/** The detected media type when it is one we accept. */
export async function detectDocumentType(bytes: Buffer): Promise<string | undefined> {
  const found = await fromBuffer(bytes);
  return found && found.mime in ACCEPTED_DOCUMENT_TYPES ? found.mime : undefined;
}

/** The last path segment, without control characters, at most 255 characters; a default when nothing is left. */
export function cleanFilename(given: string | undefined, contentType: string): string {
  const base = (given ?? "").split(/[\\/]/).pop() ?? "";
  const cleaned = base
    .replace(/[\u0000-\u001f\u007f]/g, "")
    .trim()
    .slice(0, 255);
  return cleaned || `document.${ACCEPTED_DOCUMENT_TYPES[contentType] ?? "bin"}`;
}

export interface UploadInput {
  /** Global id of the creditor the document belongs to. */
  creditorId?: string;
  filename?: string;
  bytes?: Buffer;
}

/** Checks the upload, stores its bytes and records it. On any failure nothing is stored. */
export async function uploadDocument(
  em: EntityManager,
  storage: DocumentStorage,
  auth: Auth,
  input: UploadInput,
): Promise<Outcome<Document, UploadFailure>> {
  const errors: UploadFailure[] = [];
  const creditorNumber = input.creditorId ? idOf(input.creditorId, "Creditor") : undefined;
  const creditor =
    creditorNumber !== undefined && canSeeCreditor(auth, creditorNumber)
      ? await em.findOne(Creditor, { id: creditorNumber })
      : null;
  if (!creditor) {
    errors.push({ code: "UNKNOWN_CREDITOR", field: "creditorId", creditorId: input.creditorId });
  }
  let contentType: string | undefined;
  if (!input.bytes || input.bytes.length === 0) {
    errors.push({ code: "MISSING_FILE", field: "file" });
  } else {
    contentType = await detectDocumentType(input.bytes);
    if (!contentType) {
      errors.push({ code: "UNSUPPORTED_FILE_TYPE", field: "file" });
    } else if (creditor) {
      const problem = await checkDocumentContent(input.bytes, contentType);
      if (problem) errors.push({ code: problem.code, field: "file", problem });
    }
  }
  if (errors.length > 0 || !creditor || !contentType || !input.bytes) return refuse(...errors);

  const bytes = input.bytes;
  const storageKey = `${creditor.id}/${randomUUID()}`;
  await storage.put(storageKey, bytes);
  try {
    const document = new Document({
      creditor,
      filename: cleanFilename(input.filename, contentType),
      contentType,
      size: bytes.length,
      sha256: createHash("sha256").update(bytes).digest("hex"),
      storageKey,
      uploadedBy: auth.keyName,
    });
    await em.persist(document).flush();
    return ok(document);
  } catch (err) {
    await storage.delete(storageKey).catch(() => undefined);
    throw err;
  }
}

/** The document when the caller sees its creditor; another tenant's document is "not found". */
export async function findDocument(em: EntityManager, auth: Auth, globalId: string): Promise<Document | null> {
  const id = idOf(globalId, "Document");
  if (id === undefined) return null;
  const document = await em.findOne(Document, { id });
  return document && canSeeCreditor(auth, document.creditor.id) ? document : null;
}

/**
 * The documents to attach to something of `creditorId` (an objection, a conciliation case, a judgment, a complaint),
 * in the order given, without repeats. Each id that is unknown, invisible to the caller or another creditor's is an
 * UNKNOWN_DOCUMENT error whose field is `field` plus its index, e.g. ["input", "documentIds", "2"].
 */
export async function loadDocumentsForAttachment(
  em: EntityManager,
  auth: Auth,
  creditorId: number,
  ids: readonly string[],
  field: readonly string[] = ["input", "documentIds"],
): Promise<Result<Document[], "UNKNOWN_DOCUMENT">> {
  const numbers = ids.map((gid) => idOf(gid, "Document"));
  const wanted = [...new Set(numbers.filter((n): n is number => n !== undefined))];
  const found =
    wanted.length > 0 && canSeeCreditor(auth, creditorId)
      ? await em.find(Document, { id: { $in: wanted }, creditor: creditorId })
      : [];
  const byId = new Map(found.map((d) => [d.id, d]));
  const errors: Failure<"UNKNOWN_DOCUMENT">[] = [];
  const documents: Document[] = [];
  for (const [i, n] of numbers.entries()) {
    const document = n === undefined ? undefined : byId.get(n);
    if (!document) {
      errors.push(unknownDocumentUserError(field, i, ids[i]!));
    } else if (!documents.includes(document)) {
      documents.push(document);
    }
  }
  return errors.length > 0 ? fail(...errors) : ok(documents);
}

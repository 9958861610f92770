import { assertNever } from "../../shared/assert-never";
import { failure, type Failure } from "../../shared/result";
import type { ContentProblem } from "./document-content";

/** The codes of the document routes' userErrors (HTTP, see documents.http.ts for their statuses). */
export const DOCUMENT_ERROR_CODES = {
  MISSING_FILE: "MISSING_FILE",
  FILE_TOO_LARGE: "FILE_TOO_LARGE",
  UNSUPPORTED_FILE_TYPE: "UNSUPPORTED_FILE_TYPE",
  UNKNOWN_CREDITOR: "UNKNOWN_CREDITOR",
  UNKNOWN_DOCUMENT: "UNKNOWN_DOCUMENT",
  MALFORMED_REQUEST: "MALFORMED_REQUEST",
  INCOMPLETE_UPLOAD: "INCOMPLETE_UPLOAD",
  INVALID_FILE: "INVALID_FILE",
  ENCRYPTED_FILE: "ENCRYPTED_FILE",
  ACTIVE_CONTENT: "ACTIVE_CONTENT",
  CONTENT_TOO_LARGE: "CONTENT_TOO_LARGE",
  UNAUTHENTICATED: "UNAUTHENTICATED",
  FORBIDDEN: "FORBIDDEN",
} as const;
export type DocumentErrorCode = keyof typeof DOCUMENT_ERROR_CODES;

/** Why an upload was refused; `field` is the form field. Content checks (document-content.ts) carry their finding. */
export type UploadFailure =
  | { code: "UNKNOWN_CREDITOR"; field: "creditorId"; creditorId: string | undefined }
  | { code: "MISSING_FILE"; field: "file" }
  | { code: "UNSUPPORTED_FILE_TYPE"; field: "file" }
  | { code: ContentProblem["code"]; field: "file"; problem: ContentProblem };
export type UploadErrorCode = UploadFailure["code"];

export function uploadUserError(f: UploadFailure): Failure<UploadErrorCode> {
  const at = (message: string) => failure(f.code, [f.field], message);
  switch (f.code) {
    case "UNKNOWN_CREDITOR":
      return at(
        f.creditorId
          ? `No creditor with id ${f.creditorId}: send the id of a creditor this key sees in the form field creditorId.`
          : "Send the creditor's id in the form field creditorId.",
      );
    case "MISSING_FILE":
      return at("Send the document as a non-empty multipart/form-data file field named file.");
    case "UNSUPPORTED_FILE_TYPE":
      return at(
        "The content is not a PDF, PNG, JPEG, TIFF or HEIC file (checked by its bytes, not its name): upload one of those.",
      );
    case "INVALID_FILE":
    case "ENCRYPTED_FILE":
    case "ACTIVE_CONTENT":
    case "CONTENT_TOO_LARGE":
      return at(f.problem.message);
    default:
      return assertNever(f);
  }
}

export const uploadUserErrors = (failures: readonly UploadFailure[]) => failures.map(uploadUserError);

/** A document id that names no document of the creditor, at `field` + its index (e.g. ["input", "documentIds", "2"]). */
export const unknownDocumentUserError = (field: readonly string[], index: number, id: string) =>
  failure(
    "UNKNOWN_DOCUMENT",
    [...field, String(index)],
    `No document with id ${id} for this creditor: upload it with POST /documents and use the id it returns.`,
  );

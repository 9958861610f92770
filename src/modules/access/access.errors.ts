import { assertNever } from "../../shared/assert-never";
import { failure, type Failure } from "../../shared/result";
import { userErrorType, type CommonErrorCode } from "../../shared/user-error";
import { ENV_ADMIN_KEY_NAME } from "./access.service";

export const API_KEY_ERROR_CODES = {
  INVALID_NAME: "INVALID_NAME",
  INVALID_SCOPES: "INVALID_SCOPES",
  UNKNOWN_CREDITOR: "UNKNOWN_CREDITOR",
  NO_CREDITORS: "NO_CREDITORS",
  UNKNOWN_API_KEY: "UNKNOWN_API_KEY",
} as const;
export type ApiKeyErrorCode = keyof typeof API_KEY_ERROR_CODES | CommonErrorCode;
export const ApiKeyError = userErrorType("ApiKeyError", API_KEY_ERROR_CODES);

/** Why an API key command was refused; `field` is the path inside the command's input. */
export type ApiKeyFailure =
  | { code: "INVALID_NAME"; field: ["name"]; reserved: boolean }
  | { code: "INVALID_SCOPES"; field: ["scopes"] }
  | { code: "UNKNOWN_CREDITOR"; field: ["allCreditors"] }
  | { code: "UNKNOWN_CREDITOR"; field: ["creditorIds", string]; id: string }
  | { code: "NO_CREDITORS"; field: ["creditorIds"] }
  | { code: "UNKNOWN_API_KEY"; field: ["id"]; id: string };

function apiKeyMessage(f: ApiKeyFailure): string {
  switch (f.code) {
    case "INVALID_NAME":
      return f.reserved
        ? `"${ENV_ADMIN_KEY_NAME}" is reserved for the key set by ADMIN_API_KEY: choose another name.`
        : "Give the key a name of 1 to 200 characters, e.g. the integration that will use it.";
    case "INVALID_SCOPES":
      return "Give the key at least one scope: READ, WRITE or ADMIN.";
    case "UNKNOWN_CREDITOR":
      return "id" in f
        ? `No creditor with id ${f.id}: use an id from the creditors query.`
        : "Only a key that sees every creditor can create another such key; list creditorIds instead.";
    case "NO_CREDITORS":
      return "Bind the key to at least one creditor, or set allCreditors.";
    case "UNKNOWN_API_KEY":
      return `No API key with id ${f.id}: use an id from the apiKeys query.`;
    default:
      return assertNever(f);
  }
}

export const apiKeyUserErrors = (failures: readonly ApiKeyFailure[]): Failure<ApiKeyErrorCode>[] =>
  failures.map((f) => failure(f.code, ["input", ...f.field], apiKeyMessage(f)));

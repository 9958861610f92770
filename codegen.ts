import type { CodegenConfig } from "@graphql-codegen/cli";

const documentConfig = {
  enumType: "string-literal",
  useTypeImports: true,
} as const;

/** Typed documents from the checked-in schema: the tests' (and benchmarks') operations, and @tvist/client's. */
const config: CodegenConfig = {
  schema: "schema/schema.graphql",
  generates: {
    "test/generated/graphql.ts": {
      documents: ["test/operations/**/*.graphql"],
      plugins: ["typescript-operations", "typed-document-node"],
      config: {
        ...documentConfig,
        scalars: { DateTimeISO: "string", LocalDate: "string", SafeInt: "number", ID: "string" },
      },
    },
    "packages/client/src/generated/graphql.ts": {
      documents: ["packages/client/operations/**/*.graphql"],
      plugins: ["typescript-operations", "typed-document-node"],
      config: {
        ...documentConfig,
        // LocalDate: a calendar date "yyyy-mm-dd"; DateTimeISO: an instant in ISO 8601, UTC; SafeInt: øre and counts
        scalars: {
          DateTimeISO: "string",
          LocalDate: "string",
          SafeInt: "number",
          ID: "string",
          JSON: "unknown",
          JSONObject: "Record<string, unknown>",
        },
      },
    },
  },
  hooks: { afterAllFileWrite: [] },
};

export default config;

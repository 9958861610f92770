import type { CodegenConfig } from "@graphql-codegen/cli";

/** Typed documents for the operations the tests (and benchmarks) send, from the checked-in schema. */
const config: CodegenConfig = {
  schema: "schema/schema.graphql",
  documents: ["test/operations/**/*.graphql"],
  generates: {
    "test/generated/graphql.ts": {
      plugins: ["typescript-operations", "typed-document-node"],
      config: {
        scalars: { DateTimeISO: "string", LocalDate: "string", SafeInt: "number", ID: "string" },
        enumType: "string-literal",
        useTypeImports: true,
      },
    },
  },
  hooks: { afterAllFileWrite: [] },
};

export default config;

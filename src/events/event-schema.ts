/** The small JSON Schema vocabulary event definitions use, with the TypeScript type each schema describes. */

type Json = "string" | "integer" | "number" | "boolean" | "object" | "array" | "null";

export interface FieldSchema {
  readonly type: Json | readonly [Json, "null"];
  readonly description?: string;
  readonly format?: string;
  readonly enum?: readonly (string | null)[];
  readonly items?: FieldSchema;
  readonly properties?: Readonly<Record<string, FieldSchema>>;
  readonly required?: readonly string[];
  readonly deprecated?: boolean;
}

type Scalar<T> = T extends "string"
  ? string
  : T extends "integer" | "number"
    ? number
    : T extends "boolean"
      ? boolean
      : T extends "null"
        ? null
        : never;

/** The TypeScript type of a value a schema accepts. */
export type FromSchema<S> = S extends { readonly type: readonly [infer T, "null"] }
  ? Typed<T, S> | null
  : S extends { readonly type: infer T }
    ? Typed<T, S>
    : unknown;

type Typed<T, S> = T extends "array"
  ? S extends { readonly items: infer I }
    ? FromSchema<I>[]
    : unknown[]
  : T extends "object"
    ? S extends { readonly properties: infer P; readonly required: readonly (infer R)[] }
      ? { [K in keyof P & R]: FromSchema<P[K]> } & { [K in Exclude<keyof P, R>]?: FromSchema<P[K]> }
      : object
    : Scalar<T>;

export const str = <D extends string>(description: D) => ({ type: "string", description }) as const;
export const globalId = <D extends string>(description: D) =>
  ({ type: "string", description: `${description} (global id)` }) as const;
export const date = <D extends string>(description: D) => ({ type: "string", format: "date", description }) as const;
export const ore = <D extends string>(description: D) =>
  ({ type: "integer", description: `${description} (øre)` }) as const;
export const int = <D extends string>(description: D) => ({ type: "integer", description }) as const;
export const bool = <D extends string>(description: D) => ({ type: "boolean", description }) as const;
export const oneOf = <const E extends readonly string[], D extends string>(values: E, description: D) =>
  ({ type: "string", enum: values, description }) as const;
/** A nested object tvist may extend; receivers should read only the fields they know. */
export const obj = <D extends string>(description: D) => ({ type: "object", description }) as const;
export const list = <const I extends FieldSchema, D extends string>(items: I, description: D) =>
  ({ type: "array", items, description }) as const;
export const nullable = <const S extends { readonly type: Json }>(
  s: S,
): Omit<S, "type" | "enum"> & { readonly type: readonly [S["type"], "null"] } => {
  const { enum: values, ...rest } = s as S & { enum?: readonly string[] };
  return { ...rest, type: [s.type, "null"], ...(values ? { enum: [...values, null] } : {}) } as Omit<
    S,
    "type" | "enum"
  > & { readonly type: readonly [S["type"], "null"] };
};
export const deprecated = <const S extends FieldSchema>(s: S, use: string) =>
  ({ ...s, deprecated: true, description: `Deprecated: use \`${use}\`. ${s.description ?? ""}`.trim() }) as S & {
    readonly deprecated: true;
  };

/** An object with these properties; `optional` names the ones that are sometimes absent. */
export function fields<const P extends Record<string, FieldSchema>, const O extends keyof P & string = never>(
  properties: P,
  optional: readonly O[] = [],
) {
  const required = Object.keys(properties).filter((k) => !(optional as readonly string[]).includes(k)) as Exclude<
    keyof P & string,
    O
  >[];
  return { type: "object", properties, required } as const as {
    readonly type: "object";
    readonly properties: P;
    readonly required: readonly Exclude<keyof P & string, O>[];
  };
}

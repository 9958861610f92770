import { lexicographicSortSchema, printSchema } from "graphql";
import { buildAppSchema } from "./schema";

/** The schema as sorted SDL: what schema/schema.graphql must hold. */
export async function schemaSdl(): Promise<string> {
  return `${printSchema(lexicographicSortSchema(await buildAppSchema()))}\n`;
}

import "reflect-metadata";
import type { NodeTypeRegistration, TvistModule } from "./module";
import { accessModule } from "../modules/access";
import { partiesModule } from "../modules/parties";
import { registerModule } from "../modules/register";
import { invoicesModule } from "../modules/invoices";
import { casesModule } from "../modules/cases";
import { documentsModule } from "../modules/documents";
import { objectionsModule } from "../modules/objections";
import { webhooksModule } from "../modules/webhooks";
import { enforcementModule } from "../modules/enforcement";
import { complaintsModule } from "../modules/complaints";
import { idempotencyModule } from "../modules/idempotency";
import { conciliationModule } from "../modules/conciliation";
import { judgmentsModule } from "../modules/judgments";
import { legalTablesModule } from "../modules/legal-tables";
import { ingestModule } from "../modules/ingest";
import { eventsModule } from "../events";

/** Every module of the process: the one list the ORM, the schema and node(id:) are built from. */
export const modules: readonly TvistModule[] = [
  accessModule,
  partiesModule,
  registerModule,
  invoicesModule,
  casesModule,
  documentsModule,
  objectionsModule,
  webhooksModule,
  enforcementModule,
  complaintsModule,
  idempotencyModule,
  conciliationModule,
  judgmentsModule,
  legalTablesModule,
  ingestModule,
  eventsModule,
];

/** Every MikroORM entity and embeddable. */
export const entities: readonly Function[] = modules.flatMap((m) => m.entities);

/** Every resolver class of the modules (the schema adds node(id:)). */
export const resolvers: readonly Function[] = modules.flatMap((m) => m.resolvers);

/** Every type node(id:) fetches, by GraphQL type name. */
export const nodeTypes: ReadonlyMap<string, NodeTypeRegistration> = byTypeName(
  modules.flatMap((m) => m.nodeTypes ?? []),
);

function byTypeName(types: readonly NodeTypeRegistration[]): ReadonlyMap<string, NodeTypeRegistration> {
  const map = new Map<string, NodeTypeRegistration>();
  for (const t of types) {
    if (map.has(t.typeName)) throw new Error(`node type ${t.typeName} is registered by two modules`);
    map.set(t.typeName, t);
  }
  return map;
}

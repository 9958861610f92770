import { EventsResolver } from "../events/events.resolver";
import { AccessResolver } from "../modules/access/access.resolver";
import { CaseResolver } from "../modules/cases/case.resolver";
import { CaseComplaintsResolver, ComplaintResolver } from "../modules/complaints/complaint.resolver";
import {
  CaseEnforcementResolver,
  EnforcementMeasureResolver,
  EnforcementPetitionResolver,
} from "../modules/enforcement/enforcement.resolver";
import { DocumentResolver } from "../modules/documents/document.resolver";
import {
  IngestResolver,
  InvoicePushResultResolver,
  MoneyPushPartResolver,
  MoneyPushResultResolver,
} from "../modules/ingest/ingest.resolver";
import { InvoiceResolver } from "../modules/invoices/invoice.resolver";
import { CaseObjectionsResolver, ObjectionResolver } from "../modules/objections/objection.resolver";
import { CreditorResolver, DebtorResolver } from "../modules/parties/parties.resolver";
import { CreditorExternalIdResolver } from "../modules/parties/creditor-external-ids.resolver";
import { ConciliationBoardResolver, MunicipalityResolver } from "../modules/register/register.resolver";
import { ConciliationBoardMergeResolver } from "../modules/register/board-merge.resolver";
import { PostalCodeResolver } from "../modules/register/postal-code.resolver";
import { WebhookDeliveryResolver, WebhookEndpointResolver } from "../modules/webhooks/webhook.resolver";
import { NodeResolver } from "../graphql/node.resolver";
import { LegalTableResolver } from "../modules/legal-tables/legal-table.resolver";
import { ConciliationResolver } from "../modules/conciliation/conciliation.resolver";
import { CaseVenueResolver, ConciliationVenueResolver } from "../modules/conciliation/venue.resolver";
import {
  CaseDisputeResolver,
  ConciliationJudgmentResolver,
  JudgmentResolver,
} from "../modules/judgments/judgment.resolver";

/** Every resolver class of the schema. */
export const resolvers = [
  AccessResolver,
  MunicipalityResolver,
  ConciliationBoardResolver,
  ConciliationBoardMergeResolver,
  PostalCodeResolver,
  CreditorResolver,
  CreditorExternalIdResolver,
  DebtorResolver,
  InvoiceResolver,
  CaseResolver,
  DocumentResolver,
  NodeResolver,
  ConciliationResolver,
  CaseVenueResolver,
  ConciliationVenueResolver,
  JudgmentResolver,
  EnforcementPetitionResolver,
  CaseDisputeResolver,
  ConciliationJudgmentResolver,
  ObjectionResolver,
  CaseObjectionsResolver,
  EventsResolver,
  WebhookEndpointResolver,
  WebhookDeliveryResolver,
  EnforcementMeasureResolver,
  ComplaintResolver,
  CaseComplaintsResolver,
  CaseEnforcementResolver,
  IngestResolver,
  LegalTableResolver,
  InvoicePushResultResolver,
  MoneyPushResultResolver,
  MoneyPushPartResolver,
];

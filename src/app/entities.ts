import { ApiKey } from "../modules/access/api-key.entity";
import { CaseEvent } from "../modules/cases/case-event.entity";
import { ClaimOrigin } from "../modules/cases/claim-origin";
import { CollectionCase } from "../modules/cases/collection-case.entity";
import { CaseTransaction, CollectionStep } from "../modules/cases/money.entities";
import { Complaint } from "../modules/complaints/complaint.entity";
import { EnforcementMeasure } from "../modules/enforcement/enforcement-measure.entity";
import { Document } from "../modules/documents/document.entity";
import { IdempotencyKey } from "../modules/idempotency/idempotency-key.entity";
import { Invoice } from "../modules/invoices/invoice.entity";
import { Objection } from "../modules/objections/objection.entity";
import { PostalAddress } from "../modules/parties/address";
import { Creditor } from "../modules/parties/creditor.entity";
import { CreditorExternalId } from "../modules/parties/creditor-external-id.entity";
import { Debtor } from "../modules/parties/debtor.entity";
import { ConciliationBoard } from "../modules/register/conciliation-board.entity";
import { Municipality } from "../modules/register/municipality.entity";
import { PostalCode } from "../modules/register/postal-code.entity";
import { ConciliationCase, HearingAttendance } from "../modules/conciliation/conciliation-case.entity";
import { Judgment } from "../modules/judgments/judgment.entity";
import { EnforcementPetition } from "../modules/enforcement/enforcement-petition.entity";
import { WebhookDelivery } from "../modules/webhooks/webhook-delivery.entity";
import { LegalTableRow, LegalTableStaleNotice } from "../modules/legal-tables/legal-table-row.entity";
import { WebhookEndpoint } from "../modules/webhooks/webhook-endpoint.entity";

/** Every MikroORM entity and embeddable. */
export const entities = [
  ApiKey,
  PostalAddress,
  Creditor,
  CreditorExternalId,
  Debtor,
  Municipality,
  ConciliationBoard,
  PostalCode,
  Invoice,
  CollectionCase,
  CaseEvent,
  CollectionStep,
  CaseTransaction,
  Document,
  Objection,
  WebhookEndpoint,
  WebhookDelivery,
  ClaimOrigin,
  EnforcementMeasure,
  Complaint,
  IdempotencyKey,
  ConciliationCase,
  HearingAttendance,
  Judgment,
  EnforcementPetition,
  LegalTableRow,
  LegalTableStaleNotice,
];

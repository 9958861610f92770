import { CaseEvent } from "./modules/cases/case-event.entity";
import { CollectionCase } from "./modules/cases/collection-case.entity";
import { CaseTransaction, CollectionStep } from "./modules/cases/money.entities";
import { Invoice } from "./modules/invoices/invoice.entity";
import { ApiKey } from "./modules/access/api-key.entity";
import { PostalAddress } from "./modules/parties/address";
import { Creditor } from "./modules/parties/creditor.entity";
import { Debtor } from "./modules/parties/debtor.entity";
import { ConciliationBoard } from "./modules/register/conciliation-board.entity";
import { Municipality } from "./modules/register/municipality.entity";
import { IdempotencyKey } from "./modules/idempotency/idempotency-key.entity";

/** Every MikroORM entity and embeddable. */
export const entities = [ApiKey, PostalAddress, Creditor, Debtor, Municipality, ConciliationBoard, Invoice, CollectionCase, CaseEvent, CollectionStep, CaseTransaction, IdempotencyKey];

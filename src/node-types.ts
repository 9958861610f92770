import { byCreditor, publicNode, registerNodeType } from "./node.resolver";
import { canSeeCreditor } from "./modules/access/auth";
import { Creditor } from "./modules/parties/creditor.entity";
import { Debtor } from "./modules/parties/debtor.entity";
import { Invoice } from "./modules/invoices/invoice.entity";
import { CollectionCase } from "./modules/cases/collection-case.entity";
import { CaseEvent } from "./modules/cases/case-event.entity";
import { Municipality } from "./modules/register/municipality.entity";
import { ConciliationBoard } from "./modules/register/conciliation-board.entity";
import { Objection } from "./modules/objections/objection.entity";

registerNodeType("Creditor", Creditor, (auth, c) => canSeeCreditor(auth, c.id));
registerNodeType("Debtor", Debtor, byCreditor);
registerNodeType("Invoice", Invoice, byCreditor);
registerNodeType("Case", CollectionCase, byCreditor);
registerNodeType("CaseEvent", CaseEvent, (auth, e) => canSeeCreditor(auth, e.creditorId));
registerNodeType("Municipality", Municipality, publicNode);
registerNodeType("ConciliationBoard", ConciliationBoard, publicNode);
registerNodeType("Objection", Objection, byCreditor);

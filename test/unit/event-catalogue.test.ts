import type { EventInput } from "../../src/events/command";
import { EVENT_DEFINITIONS, EVENT_TYPES, type EventData } from "../../src/events/catalogue";

// Compile-time half (npx tsc): the code that records an event is typed by its type's schema in the catalogue.
const paid: EventInput = {
  type: "payment.registered",
  summary: "s",
  data: { amount: 1, paidOn: "2026-01-02", date: "2026-01-02", reference: null, outstanding: 0 },
};
// prettier-ignore
// @ts-expect-error a payment without paidOn is refused
const noPaidOn: EventInput = { type: "payment.registered", summary: "s", data: { amount: 1, date: "2026-01-02", reference: null, outstanding: 0 } };
// prettier-ignore
// @ts-expect-error invoice.received names its invoice
const noInvoiceId: EventData["invoice.received"] = { invoiceNumber: "F-1", amount: 1, dueDate: "2026-01-02", sourceSystem: "conta", externalId: "x" };
// @ts-expect-error a field the schema does not declare is refused
const undeclared: EventData["case.frozen"] = { objectionId: "T2JqZWN0aW9uOjE", responseDueOn: "2026-01-02", note: "x" };

describe("event catalogue", () => {
  it("declares a data schema, a description and an example for every event type, and only for those", () => {
    expect([paid, noPaidOn, noInvoiceId, undeclared]).toHaveLength(4);
    expect(Object.keys(EVENT_DEFINITIONS).sort()).toEqual(Object.keys(EVENT_TYPES).sort());
    for (const [type, def] of Object.entries(EVENT_DEFINITIONS)) {
      expect({
        type,
        description: def.description.length > 0,
        required: def.data.required.every((k) => k in def.data.properties),
      }).toEqual({ type, description: true, required: true });
    }
  });
});

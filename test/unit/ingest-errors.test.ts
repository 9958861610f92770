import { pushItemUserErrors, pushItemWarnings, pushUserError } from "../../src/modules/ingest/ingest.errors";

describe("push failures to userErrors", () => {
  it("puts an item's own failure at its path inside input.items, with its message", () => {
    expect(pushItemUserErrors(3, [{ code: "INVALID_AMOUNT", field: ["Invoice", "Amount"] }])).toEqual([
      {
        code: "INVALID_AMOUNT",
        field: ["input", "items", "3", "Invoice", "Amount"],
        message: "The amount must be above 0.",
      },
    ]);
    expect(
      pushItemUserErrors(0, [
        {
          code: "UNKNOWN_INVOICE",
          field: ["invoice"],
          ref: { caseNumber: 17 },
          sourceSystem: "conta",
          what: "payment",
        },
      ])[0]?.message,
    ).toBe("No case number 17 for this creditor: use the caseNumber invoicesPush answered for the invoice.");
  });

  it("passes on a failure whose check wrote its message, under the item's path", () => {
    const checked = { code: "INVALID_DATE", field: ["dueDate"], message: "Give dueDate as YYYY-MM-DD." };
    expect(pushItemUserErrors(2, [checked])).toEqual([{ ...checked, field: ["input", "items", "2", "dueDate"] }]);
    expect(pushItemWarnings(1, [{ code: "INVOICE_NOT_DISTRIBUTED", field: null, message: "m" }])).toEqual([
      { code: "INVOICE_NOT_DISTRIBUTED", field: ["input", "items", "1"], message: "m" },
    ]);
  });

  it("puts a whole push's failure at its input field", () => {
    expect(pushUserError({ code: "BATCH_TOO_LARGE", field: "items", count: 1001 })).toEqual({
      code: "BATCH_TOO_LARGE",
      field: ["input", "items"],
      message: "1001 items is more than 1000: split the batch into pushes of at most 1000 items.",
    });
    expect(pushUserError({ code: "IDEMPOTENCY_KEY_IN_USE", field: "idempotencyKey" }).field).toEqual([
      "input",
      "idempotencyKey",
    ]);
  });
});

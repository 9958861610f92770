import { canonicalJson, requestHash } from "../../src/modules/idempotency/idempotency.service";

describe("idempotency request hash", () => {
  it("writes JSON with sorted keys at every depth, so key order does not matter", () => {
    expect(canonicalJson({ b: 1, a: [{ d: null, c: "x" }, 2], e: undefined })).toBe(
      '{"a":[{"c":"x","d":null},2],"b":1}',
    );
    expect(requestHash("invoicesPush", { pluginId: "conta", items: [{ id: "1", belop: "1.00" }] })).toBe(
      requestHash("invoicesPush", { items: [{ belop: "1.00", id: "1" }], pluginId: "conta" }),
    );
  });

  it("differs by operation, by value and by item order", () => {
    const input = { pluginId: "conta", items: [{ id: "1" }, { id: "2" }] };
    const hash = requestHash("invoicesPush", input);
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    expect(requestHash("paymentsPush", input)).not.toBe(hash);
    expect(requestHash("invoicesPush", { ...input, items: [{ id: "2" }, { id: "1" }] })).not.toBe(hash);
    expect(requestHash("invoicesPush", { ...input, items: [{ id: "1" }, { id: 2 }] })).not.toBe(hash);
  });
});

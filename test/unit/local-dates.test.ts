import {
  getNamedType,
  isInputObjectType,
  isInterfaceType,
  isObjectType,
  isScalarType,
  type GraphQLSchema,
} from "graphql";
import { buildAppSchema } from "../../src/graphql/schema";

/** Names that hold a calendar day (YYYY-MM-DD). Timestamps end in "At" and are DateTimeISO. */
const DATE_NAME = /(?:Date|On|Deadline|From|To)$|^(?:date|deadline|birthDate)$/;

/** Date-looking names that are not dates. */
const NOT_DATES = new Set([
  "Complaint.forwardedTo", // the authority the complaint went to
]);

/**
 * Input fields that stay String on purpose: the service checks them and answers a bad day with a typed
 * INVALID_DATE userErrors entry, where a LocalDate input would fail the whole request before the service runs.
 */
const STRING_INPUTS_CHECKED_BY_SERVICE = new Set([
  "CollectionStepRecordInput.deadline",
  "CollectionStepRecordInput.sentOn",
  "ConciliationCaseCreateInput.filingDate",
  "ConciliationCaseMarkSentInput.sentOn",
  "ConciliationCaseMarkSignedInput.signedOn",
  "ConciliationCaseScheduleHearingInput.hearingDate",
  "CreditNoteRegisterInput.issuedOn",
  "DebtorCreateInput.birthDate",
  "DebtorUpdateInput.birthDate",
  "EnforcementNoticeRecordInput.sentOn",
  "EnforcementPetitionCreateInput.petitionDate",
  "InvoiceRegisterInput.dueDate",
  "InvoiceRegisterInput.issueDate",
  "JudgmentBreakdownInput.interestTo",
  "JudgmentRegisterInput.judgmentDate",
  "JudgmentRegisterInput.paymentDueDate",
  "JudgmentRegisterInput.serviceDate",
  "LegalTableRowAddInput.validFrom",
  "MunicipalityCreateInput.validFrom",
  "MunicipalityCreateInput.validTo",
  "MunicipalityUpdateInput.validTo",
  "PaymentRegisterInput.paidOn",
]);

interface DateSlot {
  coordinate: string;
  kind: "output field" | "argument" | "input field";
  type: string;
}

function dateNamedSlots(schema: GraphQLSchema): DateSlot[] {
  const slots: DateSlot[] = [];
  for (const type of Object.values(schema.getTypeMap())) {
    if (type.name.startsWith("__")) continue;
    if (isObjectType(type) || isInterfaceType(type)) {
      for (const field of Object.values(type.getFields())) {
        // An object-typed field (e.g. Case.nextDeadline) is checked at its own scalar fields.
        if (DATE_NAME.test(field.name) && isScalarType(getNamedType(field.type)))
          slots.push({
            coordinate: `${type.name}.${field.name}`,
            kind: "output field",
            type: getNamedType(field.type).name,
          });
        for (const arg of field.args) {
          if (DATE_NAME.test(arg.name))
            slots.push({
              coordinate: `${type.name}.${field.name}(${arg.name}:)`,
              kind: "argument",
              type: getNamedType(arg.type).name,
            });
        }
      }
    } else if (isInputObjectType(type)) {
      for (const field of Object.values(type.getFields())) {
        if (DATE_NAME.test(field.name))
          slots.push({
            coordinate: `${type.name}.${field.name}`,
            kind: "input field",
            type: getNamedType(field.type).name,
          });
      }
    }
  }
  return slots.filter((s) => !NOT_DATES.has(s.coordinate));
}

describe("calendar dates in the schema", () => {
  let slots: DateSlot[];
  beforeAll(async () => {
    slots = dateNamedSlots(await buildAppSchema());
  });

  it("types every date-named output field and argument LocalDate, never String", () => {
    const strings = slots.filter((s) => s.kind !== "input field" && s.type === "String").map((s) => s.coordinate);
    expect(strings).toEqual([]);
    // The walk saw the fields it is meant to guard.
    expect(slots.map((s) => s.coordinate)).toEqual(
      expect.arrayContaining([
        "Invoice.dueDate",
        "Invoice.issueDate",
        "CaseTransaction.date",
        "CollectionStep.sentOn",
        "Judgment.judgmentDate",
      ]),
    );
  });

  it("leaves only the listed input fields String, and the list holds no stale entry", () => {
    const stringInputs = slots.filter((s) => s.kind === "input field" && s.type === "String").map((s) => s.coordinate);
    expect(stringInputs.filter((c) => !STRING_INPUTS_CHECKED_BY_SERVICE.has(c))).toEqual([]);
    expect([...STRING_INPUTS_CHECKED_BY_SERVICE].filter((c) => !stringInputs.includes(c))).toEqual([]);
  });

  it("never types a date-named slot as anything but LocalDate or String", () => {
    expect(
      slots.filter((s) => s.type !== "LocalDate" && s.type !== "String").map((s) => `${s.coordinate}: ${s.type}`),
    ).toEqual([]);
  });
});

import fs from "node:fs";
import type { CaseEventDataMap, CreditorEventDataMap } from "@tvist/client";
import { CASE_EVENT_TYPES, CREDITOR_EVENT_TYPES } from "@tvist/client";
import {
  CASE_EVENT_DEFINITIONS,
  CREDITOR_EVENT_DEFINITIONS,
  type CreditorEventType,
  type EventData,
  type EventType,
} from "../../src/events/catalogue";
import { CLIENT_EVENTS_PATH, clientEventsSource } from "../../scripts/client-events";

// Compile-time: each event's data as @tvist/client types it is what the catalogue's schema declares, both ways
// (the client narrows an enum to its values where the catalogue's type says string, and types an untyped nested
// object as Record<string, unknown> where the catalogue says object).
type Loose<T> = T extends string
  ? string
  : T extends readonly (infer I)[]
    ? Loose<I>[]
    : T extends object
      ? string extends keyof T
        ? object
        : [keyof T] extends [never]
          ? object
          : { [K in keyof T]: Loose<T[K]> }
      : T;
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const caseData: { [T in EventType]: Same<Loose<CaseEventDataMap[T]>, Loose<EventData[T]>> } = {} as {
  [T in EventType]: true;
};
const creditorData: { [T in CreditorEventType]: Same<Loose<CreditorEventDataMap[T]>, Loose<EventData[T]>> } = {} as {
  [T in CreditorEventType]: true;
};

describe("@tvist/client's event types", () => {
  it("are generated from the catalogue and current (npm run client:events)", () => {
    expect(fs.readFileSync(CLIENT_EVENTS_PATH, "utf8")).toBe(clientEventsSource());
    expect([...CASE_EVENT_TYPES]).toEqual(Object.keys(CASE_EVENT_DEFINITIONS));
    expect([...CREDITOR_EVENT_TYPES]).toEqual(Object.keys(CREDITOR_EVENT_DEFINITIONS));
    expect([caseData, creditorData]).toBeDefined();
  });
});

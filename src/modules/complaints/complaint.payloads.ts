import { caseObjectPayload } from "../cases/case-payload";
import { Complaint } from "./complaint.entity";
import { ComplaintError } from "./complaint.errors";

const complaintPayload = (name: string, caseDescription?: string) =>
  caseObjectPayload(name, "complaint", Complaint, ComplaintError, caseDescription);

export const ComplaintSubmitPayload = complaintPayload(
  "ComplaintSubmitPayload",
  "The case, unchanged in status: a complaint does not stop collection.",
);
export type ComplaintSubmitPayload = InstanceType<typeof ComplaintSubmitPayload>;
export const ComplaintReconsiderPayload = complaintPayload("ComplaintReconsiderPayload");
export type ComplaintReconsiderPayload = InstanceType<typeof ComplaintReconsiderPayload>;
export const ComplaintForwardPayload = complaintPayload("ComplaintForwardPayload");
export type ComplaintForwardPayload = InstanceType<typeof ComplaintForwardPayload>;
export const ComplaintDecidePayload = complaintPayload(
  "ComplaintDecidePayload",
  "The case after the decision's effects: CLOSED when the claim was deleted.",
);
export type ComplaintDecidePayload = InstanceType<typeof ComplaintDecidePayload>;

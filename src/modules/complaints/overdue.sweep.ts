import type { EntityManager } from "@mikro-orm/postgresql";
import { LockMode } from "@mikro-orm/core";
import { runCommand } from "../../events/command";
import type { AppServices } from "../../app/services";
import { ok } from "../../shared/result";
import type { LocalDate } from "../../shared/local-date";
import { CollectionCase } from "../cases/collection-case.entity";
import { Complaint } from "./complaint.entity";

/** The system's name on timeline entries it writes by itself. */
export const SYSTEM_ACTOR = "system";

/**
 * Emits complaint.overdue once for every complaint undecided after its due date. Each complaint is marked
 * (overdueNotifiedAt) in the same transaction as its event, under a row lock, so reruns, restarts and concurrent
 * runners never emit twice. Returns how many events were emitted.
 */
export async function markOverdueComplaints(
  em: EntityManager,
  services: Pick<AppServices, "eventSinks" | "logger">,
  today: LocalDate,
  now: Date = new Date(),
): Promise<number> {
  const candidates = await em
    .fork()
    .find(
      Complaint,
      { decidedOn: null, overdueNotifiedAt: null, dueOn: { $lt: today } },
      { fields: ["id"], orderBy: { id: "asc" } },
    );
  let emitted = 0;
  for (const { id } of candidates) {
    try {
      const result = await runCommand(
        { em: em.fork(), actor: SYSTEM_ACTOR, now, sinks: services.eventSinks },
        async (tx, rec) => {
          const k = await tx.findOne(
            Complaint,
            { id, decidedOn: null, overdueNotifiedAt: null },
            { lockMode: LockMode.PESSIMISTIC_PARTIAL_WRITE },
          );
          if (!k) return ok(false);
          const c = await tx.findOneOrFail(CollectionCase, k.case.id);
          k.overdueNotifiedAt = now;
          rec.record(c, {
            type: "complaint.overdue",
            summary: `Complaint received ${k.receivedOn} is undecided past its due date ${k.dueOn}`,
            data: {
              complaintId: k.globalId,
              receivedOn: k.receivedOn,
              dueOn: k.dueOn,
              status: k.status,
              forwardedTo: k.forwardedTo,
            },
          });
          return ok(true);
        },
      );
      if (result.ok && result.value) emitted += 1;
    } catch (err) {
      // another writer changed the case at the same moment: the next run tries again
      services.logger.warn({ err, complaintId: id }, "could not mark a complaint overdue; will retry");
    }
  }
  return emitted;
}

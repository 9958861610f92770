/** The current instant and the current legal date in Norway (Europe/Oslo). Tests can pin it. */
export interface Clock {
  now(): Date;
  today(): string;
}

const osloDate = new Intl.DateTimeFormat("en-CA", {
  timeZone: "Europe/Oslo",
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
});

export function osloToday(at: Date): string {
  return osloDate.format(at);
}

export const systemClock: Clock = {
  now: () => new Date(),
  today: () => osloToday(new Date()),
};

export function fixedClock(iso: string): Clock {
  const at = new Date(iso);
  return { now: () => new Date(at), today: () => osloToday(at) };
}

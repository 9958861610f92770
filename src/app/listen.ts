import type http from "node:http";
import type { AddressInfo } from "node:net";

/** Where a server listens once started: the port it took (0 asks for a free one) and the host to put in its URLs. */
export interface Listening {
  port: number;
  /** `host`, or localhost when it listens on every address (0.0.0.0, ::). */
  shownHost: string;
}

/** Starts `server` on `port` of `host`; rejects when the port cannot be taken. */
export async function listen(server: http.Server, port: number, host: string): Promise<Listening> {
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, host, () => resolve());
  });
  return {
    port: (server.address() as AddressInfo).port,
    shownHost: host === "0.0.0.0" || host === "::" ? "localhost" : host,
  };
}

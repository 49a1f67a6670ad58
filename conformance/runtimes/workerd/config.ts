/** A workerd config (Cap'n Proto text) running `worker.js` with the vectors as a text module. */
export const workerdConfig = (checks: string, label: string): string => `using Workerd = import "/workerd/workerd.capnp";
const config :Workerd.Config = (services = [(name = "conformance", worker = .worker)]);
const worker :Workerd.Worker = (
  modules = [(name = "worker.js", esModule = embed "worker.js"), (name = "vectors", text = embed "vectors.jsonl")],
  bindings = [(name = "CHECKS", text = ${JSON.stringify(checks)}), (name = "LABEL", text = ${JSON.stringify(label)})],
  compatibilityDate = "2025-09-01",
);
`;

/**
 * The network module's contract: the network's own work, apart from cases (signals and themes, theme meetings,
 * publications). Interfaces, records, enums and refusals only (ADR 0045).
 */
package be.draaischijf.network.api;

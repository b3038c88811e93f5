/**
 * What every module needs from the deployment alone: its own schema migrations, the run mode (demo or production),
 * the validation of API parameters and one-time tokens; sub-packages carry mail (the outbox) and who is calling.
 * Depends on the Jakarta EE and MicroProfile APIs and Flyway; knows no business module.
 */
package be.draaischijf.platform;

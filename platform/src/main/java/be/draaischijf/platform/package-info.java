/**
 * What every business module needs from the deployment alone: its own schema migrations and the
 * run mode (demo or production). Depends on Flyway and the JDK only; knows no business module.
 */
package be.draaischijf.platform;

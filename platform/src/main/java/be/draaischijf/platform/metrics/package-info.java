/**
 * What city IT watches on {@code /metrics} (MicroProfile Metrics, ADR 0052): {@link be.draaischijf.platform.metrics.Metrics}
 * names every figure, its description and its tag values in one place; the modules and the web count through it where
 * the thing happens. Depends on the Jakarta EE and MicroProfile APIs and the platform's refusals only.
 */
package be.draaischijf.platform.metrics;

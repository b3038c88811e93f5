/**
 * Per-address limits counted over every server (ADR 0051): {@link be.draaischijf.platform.limits.AddressLimits} is
 * implemented in {@code platform-ejb} over the application's datasource; the web module calls it for failed logins,
 * sign-ups, questions about a young person and training registrations. Depends on the Jakarta EE API only.
 */
package be.draaischijf.platform.limits;

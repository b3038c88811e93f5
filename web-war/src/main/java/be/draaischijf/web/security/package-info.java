/**
 * Login that survives on another cluster member: an own authentication mechanism keeps a
 * serializable {@link be.draaischijf.web.security.SessionUser} in the HTTP session and tells the
 * container about it on every request; REST callers may use HTTP Basic. Accounts come from the
 * identity module's {@code Accounts} API.
 */
package be.draaischijf.web.security;

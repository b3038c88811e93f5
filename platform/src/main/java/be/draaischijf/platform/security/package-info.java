/**
 * Who is calling, as the container says: an injectable {@link be.draaischijf.platform.security.Caller} for the
 * modules' boundary EJBs. Depends on the Jakarta EE API only.
 */
package be.draaischijf.platform.security;

/**
 * The identity module's contract: accounts, their roles and organisation, sign-up, invitations and password
 * links, the login check. Every other module learns who is calling from the container
 * ({@code be.draaischijf.platform.security.Caller}) and asks this API only for what an account says about
 * them. Local EJB interfaces, records, enums and exceptions only.
 */
package be.draaischijf.identity.api;

package be.draaischijf.identity.api;

import be.draaischijf.platform.privacy.DataSubjects;
import be.draaischijf.platform.privacy.Retention;
import jakarta.ejb.Local;

/**
 * The identity module's part of the lifecycle of personal data (issue 16, ADR 0043).
 * <p>
 * {@link #applyRetention} (administrators; a nightly timer on every server at 03:00 runs it without a caller):
 * <ul>
 *     <li>{@code TOKENS}: one-time links mailed about accounts (address confirmations, password resets, staff
 *     invitations), used recovery codes and revoked API tokens are removed once the period has passed since they
 *     stopped working (used, ended, expired or revoked, whichever came first). The address confirmation of an account
 *     that was signed up for and never confirmed stays while the account waits: it lets an invitation take such an
 *     account over. Unused recovery codes, working API tokens and two-factor secrets are never touched.</li>
 *     <li>{@code SECURITY_EVENTS}: security events older than the period are removed.</li>
 * </ul>
 * {@link #find} (coordinators and administrators) answers by e-mail address only (a young person has no account):
 * the accounts of that address or username ({@code account}), their API tokens ({@code apiToken}) and the security
 * events about them ({@code securityEvent}); never a password hash, a token's hash or a two-factor secret. Every
 * search is itself a security event ({@code DATA_SUBJECT_SEARCH}: who asked and how many records were found, never
 * the address asked).
 */
@Local
public interface IdentityPrivacy extends Retention, DataSubjects {
}

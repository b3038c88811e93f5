package be.draaischijf.training.api;

import be.draaischijf.platform.privacy.DataSubjects;
import be.draaischijf.platform.privacy.Retention;
import jakarta.ejb.Local;

/**
 * The training module's part of the lifecycle of personal data (issue 16, ADR 0043).
 * <p>
 * {@link #applyRetention} (administrators; a nightly timer on every server at 03:15 runs it without a caller):
 * <ul>
 *     <li>{@code TRAINING_REGISTRATIONS}: the registrations of a session that ended more than the period ago (and is
 *     done or cancelled, so nobody edits, cancels or mails it any more) are anonymised: name, e-mail address, organisation, function and remarks go, and so do their self-service links;
 *     status, session, waiting-list number, sector, attendance and the dates stay, so that the session's numbers
 *     (confirmed, waiting, cancelled, present, absent) are the same before and after.</li>
 *     <li>{@code NEWSLETTER_UNSUBSCRIBED}: an address that left the newsletter more than the period ago, or whose
 *     confirmation link expired (7 days after the sign-up) more than the period ago without being used, is removed
 *     with its links. Confirmed subscribers stay as long as they are subscribed.</li>
 * </ul>
 * {@link #find} (coordinators and administrators) answers by e-mail address only (a young person never registers):
 * the registrations made with that address ({@code registration}) and its newsletter subscription
 * ({@code newsletter}); never a link's token or its hash.
 */
@Local
public interface TrainingPrivacy extends Retention, DataSubjects {
}

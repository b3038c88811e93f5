/**
 * The lifecycle of personal data (issue 16, ADR 0043): how long each kind of record is kept in full
 * ({@link be.draaischijf.platform.privacy.RetentionKind}, {@link be.draaischijf.platform.privacy.RetentionPeriods}),
 * what each module anonymised or removed ({@link be.draaischijf.platform.privacy.RetentionResult}), and what a module
 * holds about one data subject ({@link be.draaischijf.platform.privacy.SubjectQuery},
 * {@link be.draaischijf.platform.privacy.SubjectRecord}). Every module implements
 * {@link be.draaischijf.platform.privacy.Retention} and {@link be.draaischijf.platform.privacy.DataSubjects} for its
 * own records; the web module asks them all.
 */
package be.draaischijf.platform.privacy;

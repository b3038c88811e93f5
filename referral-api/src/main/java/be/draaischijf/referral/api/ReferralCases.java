package be.draaischijf.referral.api;

import be.draaischijf.partner.api.OfferMatch;
import jakarta.ejb.Local;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The intake point's case work. The caller comes from the container; the module looks up their account and
 * shows or changes only what they may (need to know): coordinators every case, professionals the cases they
 * submitted. Out of scope looks like unknown ({@link be.draaischijf.platform.refusal.NotFound}). Administrators are
 * not case workers (ADR 0042): they keep the counts and a case's audit log, but read or change a case only after
 * {@link #breakGlass} with a written reason, until that grant ends; before, opening one is
 * {@link be.draaischijf.platform.refusal.NotPermitted}. Every read of a whole case and every change is written to the
 * case's audit log.
 */
@Local
public interface ReferralCases {

    /** How many cases are in each status (statuses without cases count 0); of one contact point, or all (null). */
    Map<ReferralStatus, Long> countByStatus(UUID contactPointId);

    /**
     * A new referral: a professional's own (channel WEB), or one a coordinator enters after a call or
     * an e-mail. It belongs to the contact point serving the young person's district (the city-wide one otherwise),
     * whose coordinators are told by e-mail; the referrer gets a confirmation e-mail.
     *
     * @throws be.draaischijf.platform.refusal.Invalid when a district or problem area is not in the reference lists
     */
    ReferralSummary submit(@NotNull(message = "{draaischijf.required}") @Valid Intake intake);

    /**
     * As {@link #submit(Intake)}, with the client's request key ({@code Idempotency-Key}, ADR 0049; null: none, as
     * {@link #submit(Intake)}). The key is kept on the new case, in the same transaction, with a fingerprint of the
     * intake and the caller. The same key again with the same intake from the same caller is a retry: it answers the
     * case the first one created ({@link IntakeReceipt#replayed()}), creates nothing and mails nobody; also when two
     * such requests come at the same moment, one case is made.
     *
     * @throws be.draaischijf.platform.refusal.RequestKeyReused the caller used this key for another intake
     * @throws be.draaischijf.platform.refusal.Busy a retry of a request still being done could not wait for it; nothing
     *         was saved, trying again answers that request's case
     */
    IntakeReceipt submit(@NotNull(message = "{draaischijf.required}") @Valid Intake intake,
                         @Pattern(regexp = be.draaischijf.platform.RequestKeys.PATTERN,
                                 message = "{draaischijf.request-key.format}") String requestKey);

    /**
     * The workbench: cases matching the filter in the chosen order, one page at a time (coordinators only: it shows
     * names, so an administrator is refused), with the young person's name. Every case on the page is a read of personal data: each gets a line {@code audit.listed} in its
     * audit log (a search, too, reads the cases it finds).
     */
    List<ReferralSummary> workbench(@NotNull(message = "{draaischijf.required}") @Valid CaseFilter filter,
                                    @NotNull(message = "{draaischijf.required}") CaseSort sort,
                                    boolean ascending,
                                    @Min(value = 0, message = "{draaischijf.not-negative}") int offset,
                                    @Min(value = 1, message = "{draaischijf.min}") @Max(value = 500, message = "{draaischijf.max}") int size);

    /** The most {@link #count} counts exactly when a filter is set; a filtered count above it answers this number. */
    int COUNT_LIMIT = 1000;

    /**
     * How many cases match: exact without filters, else exact up to {@link #COUNT_LIMIT} (a screen shows
     * "1000+"; counting every match of a filter over 100 000 cases would cost more than the page itself).
     */
    long count(@NotNull(message = "{draaischijf.required}") @Valid CaseFilter filter);

    /** The cases a professional submitted, newest first: only theirs. */
    List<ReferralSummary> submittedBy(@Min(value = 0, message = "{draaischijf.not-negative}") int offset,
                                      @Min(value = 1, message = "{draaischijf.min}") @Max(value = 500, message = "{draaischijf.max}") int size);

    long countSubmittedBy();

    /**
     * The referrer's details (organisation, sector, function, phone) of the most recent question the caller sent
     * themselves (professionals): only the caller's own, never another person's; empty when they sent none yet.
     */
    Optional<ReferrerDetails> myLastReferrerDetails();

    /** One case as the caller may see it; the read is audited. */
    CaseDetail open(@NotNull(message = "{draaischijf.required}") UUID id);

    /**
     * The audit log of a case, newest first (coordinators and administrators; an administrator needs no break-glass
     * grant for it: the log says who did what and when, never what a case holds, ADR 0040 and 0042).
     */
    List<AuditEntry> audit(@NotNull(message = "{draaischijf.required}") UUID id);

    /**
     * Moves a case on; only what {@link ReferralStatus#requireMoveTo} allows, closing with an outcome.
     *
     * @throws be.draaischijf.platform.refusal.NotAllowedNow    when the lifecycle forbids it
     * @throws be.draaischijf.platform.refusal.ChangedMeanwhile when {@code version} is not the case's current version
     */
    CaseDetail changeStatus(@NotNull(message = "{draaischijf.required}") UUID id, int version, @NotNull(message = "{draaischijf.required}") ReferralStatus to, CaseOutcome outcome,
                            @Size(max = 4000, message = "{draaischijf.size.max}") String note);

    /** Assigns a coordinator (a COORDINATOR's username) and sets the follow-up date. */
    CaseDetail assign(@NotNull(message = "{draaischijf.required}") UUID id, int version, @NotBlank(message = "{draaischijf.required}") String coordinator, LocalDate followUpOn);

    /**
     * Passes the case to another contact point (coordinators): its coordinators are told by e-mail and take it
     * up; nobody is assigned any more.
     *
     * @throws be.draaischijf.platform.refusal.NotFound        when there is no such contact point
     * @throws be.draaischijf.platform.refusal.Invalid         when the case belongs to that contact point already
     * @throws be.draaischijf.platform.refusal.ChangedMeanwhile when {@code version} is not the case's current version
     */
    CaseDetail passToContactPoint(@NotNull(message = "{draaischijf.required}") UUID id, int version,
                                  @NotNull(message = "{draaischijf.required}") UUID contactPointId);

    /** Adds a note, call or e-mail to the timeline (not a change of the case itself: no version). */
    CaseDetail addNote(@NotNull(message = "{draaischijf.required}") UUID id, @NotNull(message = "{draaischijf.required}") EventKind kind,
                       @NotBlank(message = "{draaischijf.required}") @Size(max = 4000, message = "{draaischijf.size.max}") String text);

    /**
     * Consent recorded after the intake, or withdrawn (coordinators): who (the young person themselves, counted only from
     * the age of 12 on that day, or a parent or guardian), when (not in the future) and how. Consent makes it the ground
     * for sharing when there was none. A withdrawal that leaves no consent stops every further sharing that rests on
     * consent ({@link #refer} is refused unless another legal ground is recorded) and hides the young person's details
     * from partners that had them through that consent (ADR 0041); the young person's own withdrawal (from 12) ends a
     * parent's consent too, a parent's leaves the young person's own. On the timeline, in words, and audited.
     *
     * @throws be.draaischijf.platform.refusal.Invalid          when the young person was under 12 on that day (field
     *         {@code by}), when there is no consent of theirs to withdraw ({@code given}), or when the day is in the
     *         future, before the consent withdrawn or before the withdrawal a new consent follows ({@code on})
     * @throws be.draaischijf.platform.refusal.ChangedMeanwhile when {@code version} is not the case's current version
     */
    CaseDetail recordConsent(@NotNull(message = "{draaischijf.required}") UUID id, int version,
                             @NotNull(message = "{draaischijf.required}") @Valid ConsentChange change);

    /** Records the legal ground for sharing when there is no consent (shared professional secrecy, art. 458ter). */
    CaseDetail recordSharingGround(@NotNull(message = "{draaischijf.required}") UUID id, int version, @NotNull(message = "{draaischijf.required}") LegalGround ground);

    /**
     * Refers the case to a partner offer (PROPOSED, reply deadline in working days) and moves the case to
     * REFERRED when it is not there yet. The organisation's partner staff are told by e-mail.
     *
     * @throws be.draaischijf.platform.refusal.NotAllowedNow without consent or another recorded legal ground
     */
    CaseDetail refer(@NotNull(message = "{draaischijf.required}") UUID id, int version, @NotNull(message = "{draaischijf.required}") UUID offerId);

    /**
     * Who {@link #refer} would tell, asked before referring (coordinators and administrators): the offer's organisation
     * and the names of its partner staff who get the e-mail, and whether the referrer is mailed or follows the case
     * online. Nothing is changed or sent.
     *
     * @throws be.draaischijf.platform.refusal.NotFound when there is no such case
     * @throws be.draaischijf.platform.refusal.Invalid  when there is no such offer
     */
    ReferralRecipients whoIsTold(@NotNull(message = "{draaischijf.required}") UUID id, @NotNull(message = "{draaischijf.required}") UUID offerId);

    /** Records an unmet need and moves the case to UNMET_NEED when it is not there yet. */
    CaseDetail recordUnmetNeed(@NotNull(message = "{draaischijf.required}") UUID id, int version, @NotNull(message = "{draaischijf.required}") @Valid UnmetNeedDraft need);

    /** Links a case to another (a duplicate for the same young person); both timelines say so. */
    CaseDetail link(@NotNull(message = "{draaischijf.required}") UUID id, @NotNull(message = "{draaischijf.required}") UUID other);

    /** Coordinators and administrators to assign cases to: username → display name (any logged-in caller: pages name who handles a case). */
    Map<String, String> coordinators();

    /**
     * Generates this many made-up cases (demo mode only), for the workbench benchmark.
     *
     * @return the number of cases afterwards
     */
    long generateDemoCases(@Min(value = 1, message = "{draaischijf.min}") @Max(value = 200_000, message = "{draaischijf.max}") int count);

    /**
     * The partner module's offers that fit this case's young person (age, district, problem areas), best first,
     * with the reasons (coordinators and administrators).
     *
     * @throws be.draaischijf.platform.refusal.NotAllowedNow when the young person is outside the network's age
     *         range or the case names no problem area: there is nothing to match on
     */
    List<OfferMatch> matches(@NotNull(message = "{draaischijf.required}") UUID id,
                        @Min(value = 1, message = "{draaischijf.min}") @Max(value = 50, message = "{draaischijf.max}") int limit);

    /**
     * Opens a case to the calling administrator for a while ({@code draaischijf.referrals.break-glass-hours}, 8 by
     * default), with the reason they write (a data subject's request, an incident): "break-glass" (ADR 0042). The grant
     * keeps the reason; the case's audit log says that the case was opened with a written reason, until when (never
     * the reason itself); its timeline shows it with the reason; its coordinators (the assigned one, else those of its
     * contact point) are mailed who, when and why. Administrators only; a coordinator needs none.
     *
     * @throws be.draaischijf.platform.refusal.Invalid       when the reason is missing or not 20 to 1000 characters
     * @throws be.draaischijf.platform.refusal.NotFound      when there is no such case
     * @throws be.draaischijf.platform.refusal.NotAllowedNow when the caller is a coordinator too (they read cases anyway)
     */
    CaseAccessGrant breakGlass(@NotNull(message = "{draaischijf.required}") UUID id,
                               @NotNull(message = "{referral.break-glass.reason.required}")
                               @Size(min = 20, max = 1000, message = "{referral.break-glass.reason.size}") String reason);

    /** The calling administrator's grant for this case that still holds, the latest; empty when there is none. */
    Optional<CaseAccessGrant> liveGrant(@NotNull(message = "{draaischijf.required}") UUID id);
}

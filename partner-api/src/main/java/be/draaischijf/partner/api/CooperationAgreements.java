package be.draaischijf.partner.api;

import be.draaischijf.platform.PdfFile;
import jakarta.ejb.Local;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.UUID;

/**
 * Cooperation agreements (samenwerkingsverbanden) between the network and partner organisations, or between partners
 * (ADR 0047). Coordinators and administrators keep them, with the signed document (a PDF of at most 20 MB, checked by
 * its content); everyone sees a partner's agreements in force, without contact persons or document.
 */
@Local
public interface CooperationAgreements {

    /**
     * Every agreement, one page at a time: the active ones ending within three months first (the soonest first), then
     * the other active ones, the drafts, and the ended ones, each by end date.
     */
    List<AgreementView> list(@Min(value = 0, message = "{draaischijf.not-negative}") int offset,
                             @Min(value = 1, message = "{draaischijf.min}") @Max(value = 500, message = "{draaischijf.max}") int size);

    long count();

    /**
     * One agreement, with its contact persons.
     *
     * @throws be.draaischijf.platform.refusal.NotFound when there is no such agreement
     */
    AgreementView get(@NotNull(message = "{draaischijf.required}") UUID id);

    /** The agreements in force (active, not past their end) that this organisation is a party to, by start date; public. */
    List<AgreementSummary> activeOf(@NotNull(message = "{draaischijf.required}") UUID organisationId);

    /**
     * A new agreement.
     *
     * @throws be.draaischijf.platform.refusal.Invalid when the end is not after the start, a party is named twice or is
     *                                                 no known organisation, or an agreement past its end would be active
     */
    AgreementView create(@NotNull(message = "{draaischijf.required}") @Valid AgreementDraft draft);

    /**
     * Changes an agreement; refused as {@link #create}, when the status may not go back
     * ({@link AgreementStatus#mayBecome}), and with {@link be.draaischijf.platform.refusal.ChangedMeanwhile} when it
     * changed since {@code draft.version()}. A new end date means a new reminder before it.
     */
    AgreementView update(@NotNull(message = "{draaischijf.required}") UUID id,
                         @NotNull(message = "{draaischijf.required}") @Valid AgreementDraft draft);

    /**
     * Uploads (or replaces) the signed document.
     *
     * @throws be.draaischijf.platform.refusal.Invalid naming {@code document} when it is no PDF or larger than 20 MB
     */
    AgreementView attachDocument(@NotNull(message = "{draaischijf.required}") UUID id,
                                 @NotNull(message = "{draaischijf.file.required}") PdfFile document);

    /**
     * The signed document.
     *
     * @throws be.draaischijf.platform.refusal.NotFound when there is no such agreement or it has no document yet
     */
    PdfFile document(@NotNull(message = "{draaischijf.required}") UUID id);

    /**
     * Removes a draft that will not be signed.
     *
     * @throws be.draaischijf.platform.refusal.NotAllowedNow when it is active or ended: end it instead, its record stays
     */
    void delete(@NotNull(message = "{draaischijf.required}") UUID id);
}

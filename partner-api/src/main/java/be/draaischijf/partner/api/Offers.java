package be.draaischijf.partner.api;

import jakarta.ejb.Local;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The offers of the network: public search, detail, and matching for a young person. */
@Local
public interface Offers {

    /** Active offers that pass every filter given, by name, one page at a time. */
    List<OfferView> search(@NotNull(message = "{draaischijf.required}") @Valid OfferQuery query,
                           @Min(value = 0, message = "{draaischijf.not-negative}") int offset,
                           @Min(value = 1, message = "{draaischijf.min}") @Max(value = 500, message = "{draaischijf.max}") int size);

    long count(@NotNull(message = "{draaischijf.required}") @Valid OfferQuery query);

    Optional<OfferView> find(@NotNull(message = "{draaischijf.required}") UUID id);

    /**
     * The offers the caller may change, active or not, by name: a partner's own organisation's
     * offers; coordinators and administrators see every offer.
     */
    List<OfferView> editableBy();

    /** An offer for editing, with its current version; refused like {@link #update} when not the caller's. */
    EditableOffer forEditing(@NotNull(message = "{draaischijf.required}") UUID id);

    /**
     * Saves an edit. Partner staff change only their own organisation's offers; coordinators and
     * administrators change any. Saving also confirms the offer as current (assured today by the caller).
     *
     * @throws be.draaischijf.platform.refusal.NotPermitted     when the caller may not change this offer
     * @throws be.draaischijf.platform.refusal.ChangedMeanwhile when the offer changed since {@code draft.version()}
     * @throws be.draaischijf.platform.refusal.NotFound         when there is no such offer
     * @throws be.draaischijf.platform.refusal.Invalid          when a district, problem area or language code is unknown
     */
    OfferView update(@NotNull(message = "{draaischijf.required}") UUID id, @NotNull(message = "{draaischijf.required}") @Valid OfferDraft draft);

    /**
     * A new offer of an organisation: partner staff for their own organisation, coordinators and
     * administrators for any. It counts as confirmed today by its creator.
     *
     * @throws be.draaischijf.platform.refusal.NotPermitted when the caller may not add offers to this organisation
     * @throws be.draaischijf.platform.refusal.NotFound     when there is no such organisation
     * @throws be.draaischijf.platform.refusal.Invalid      when a district, problem area or language code is unknown
     */
    OfferView create(@NotNull(message = "{draaischijf.required}") UUID organisationId, @NotNull(message = "{draaischijf.required}") @Valid OfferDraft draft);

    /** Confirms the offer as current without changing it (the "assured" date and who). */
    OfferView confirmCurrent(@NotNull(message = "{draaischijf.required}") UUID id);

    /** Every offer of one organisation, active or not, by name, if the caller may change them. */
    List<OfferView> allOfOrganisation(@NotNull(message = "{draaischijf.required}") UUID organisationId);

    /** The active offers of one organisation, by name. */
    List<OfferView> ofOrganisation(@NotNull(message = "{draaischijf.required}") UUID organisationId);

    /**
     * Offers that can take this young person (active, age within range, serving the district,
     * addressing at least one of the problem areas), best fit first, each with its reasons.
     */
    List<OfferMatch> match(@NotNull(message = "{draaischijf.required}") @Valid MatchRequest request,
                           @Min(value = 1, message = "{draaischijf.min}") @Max(value = 100, message = "{draaischijf.max}") int limit);
}

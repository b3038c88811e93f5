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
    List<OfferView> search(@NotNull(message = "is verplicht") @Valid OfferQuery query,
                           @Min(value = 0, message = "mag niet negatief zijn") int offset,
                           @Min(value = 1, message = "moet minstens 1 zijn") @Max(value = 500, message = "mag hoogstens 500 zijn") int size);

    long count(@NotNull(message = "is verplicht") @Valid OfferQuery query);

    Optional<OfferView> find(@NotNull(message = "is verplicht") UUID id);

    /**
     * The offers the caller may change, active or not, by name: a partner's own organisation's
     * offers; coordinators and administrators see every offer.
     */
    List<OfferView> editableBy();

    /** An offer for editing, with its current version; refused like {@link #update} when not the caller's. */
    EditableOffer forEditing(@NotNull(message = "is verplicht") UUID id);

    /**
     * Saves an edit. Partner staff change only their own organisation's offers; coordinators and
     * administrators change any. Saving also confirms the offer as current (assured today by the caller).
     *
     * @throws NotEditable  when the caller may not change this offer
     * @throws ConcurrentChange  when the offer changed since {@code draft.version()}
     * @throws UnknownOffer     when there is no such offer
     */
    OfferView update(@NotNull(message = "is verplicht") UUID id, @NotNull(message = "is verplicht") @Valid OfferDraft draft);

    /**
     * A new offer of an organisation: partner staff for their own organisation, coordinators and
     * administrators for any. It counts as confirmed today by its creator.
     *
     * @throws NotEditable          when the caller may not add offers to this organisation
     * @throws UnknownOrganisation  when there is no such organisation
     * @throws InvalidReference     when a district, problem area or language code is unknown
     */
    OfferView create(@NotNull(message = "is verplicht") UUID organisationId, @NotNull(message = "is verplicht") @Valid OfferDraft draft);

    /** Confirms the offer as current without changing it (the "assured" date and who). */
    OfferView confirmCurrent(@NotNull(message = "is verplicht") UUID id);

    /** Every offer of one organisation, active or not, by name, if the caller may change them. */
    List<OfferView> allOfOrganisation(@NotNull(message = "is verplicht") UUID organisationId);

    /** The active offers of one organisation, by name. */
    List<OfferView> ofOrganisation(@NotNull(message = "is verplicht") UUID organisationId);

    /**
     * Offers that can take this young person (active, age within range, serving the district,
     * addressing at least one of the problem areas), best fit first, each with its reasons.
     */
    List<OfferMatch> match(@NotNull(message = "is verplicht") @Valid MatchRequest request,
                           @Min(value = 1, message = "moet minstens 1 zijn") @Max(value = 100, message = "mag hoogstens 100 zijn") int limit);
}

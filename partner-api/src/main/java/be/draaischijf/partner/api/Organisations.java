package be.draaischijf.partner.api;

import jakarta.ejb.Local;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The directory of partner organisations. */
@Local
public interface Organisations {

    /** Active organisations by name, one page at a time. */
    List<OrganisationView> listActive(@Min(value = 0, message = "mag niet negatief zijn") int offset, @Min(value = 1, message = "moet minstens 1 zijn") @Max(value = 500, message = "mag hoogstens 500 zijn") int size);

    long countActive();

    /** Every organisation, active or not, by name, one page at a time (for coordinators and administrators). */
    List<OrganisationView> listAll(@Min(value = 0, message = "mag niet negatief zijn") int offset, @Min(value = 1, message = "moet minstens 1 zijn") @Max(value = 500, message = "mag hoogstens 500 zijn") int size);

    long countAll();

    /** An active organisation. */
    Optional<OrganisationView> find(@NotNull(message = "is verplicht") UUID id);

    /**
     * An organisation for editing, with its current version: coordinators and administrators any,
     * partner staff only their own.
     *
     * @throws NotEditable          when the caller may not change it
     * @throws UnknownOrganisation  when there is no such organisation
     */
    EditableOrganisation forEditing(@NotNull(message = "is verplicht") UUID id);

    /**
     * A new organisation (coordinators and administrators only).
     *
     * @throws InvalidReference   when a district code is unknown
     * @throws DuplicateName      when another organisation has that name
     */
    OrganisationView create(@NotNull(message = "is verplicht") @Valid OrganisationDraft draft);

    /**
     * Saves an edit; refused like {@link #forEditing}, and with {@link ConcurrentChange} when the
     * organisation changed since {@code draft.version()}. Partner staff cannot (de)activate their organisation.
     */
    OrganisationView update(@NotNull(message = "is verplicht") UUID id, @NotNull(message = "is verplicht") @Valid OrganisationDraft draft);
}

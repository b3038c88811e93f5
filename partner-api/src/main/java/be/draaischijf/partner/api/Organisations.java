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
    List<OrganisationView> listActive(@Min(value = 0, message = "{draaischijf.not-negative}") int offset, @Min(value = 1, message = "{draaischijf.min}") @Max(value = 500, message = "{draaischijf.max}") int size);

    long countActive();

    /** Every organisation, active or not, by name, one page at a time (for coordinators and administrators). */
    List<OrganisationView> listAll(@Min(value = 0, message = "{draaischijf.not-negative}") int offset, @Min(value = 1, message = "{draaischijf.min}") @Max(value = 500, message = "{draaischijf.max}") int size);

    long countAll();

    /** An active organisation. */
    Optional<OrganisationView> find(@NotNull(message = "{draaischijf.required}") UUID id);

    /**
     * An organisation for editing, with its current version: coordinators and administrators any,
     * partner staff only their own.
     *
     * @throws be.draaischijf.platform.refusal.NotPermitted when the caller may not change it
     * @throws be.draaischijf.platform.refusal.NotFound     when there is no such organisation
     */
    EditableOrganisation forEditing(@NotNull(message = "{draaischijf.required}") UUID id);

    /**
     * A new organisation (coordinators and administrators only).
     *
     * @throws be.draaischijf.platform.refusal.Invalid when a district code is unknown, or another organisation has that name ({@code name})
     */
    OrganisationView create(@NotNull(message = "{draaischijf.required}") @Valid OrganisationDraft draft);

    /**
     * Saves an edit; refused like {@link #forEditing}, and with {@link be.draaischijf.platform.refusal.ChangedMeanwhile} when the
     * organisation changed since {@code draft.version()}. Partner staff cannot (de)activate their organisation.
     */
    OrganisationView update(@NotNull(message = "{draaischijf.required}") UUID id, @NotNull(message = "{draaischijf.required}") @Valid OrganisationDraft draft);
}

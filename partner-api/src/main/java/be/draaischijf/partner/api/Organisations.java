package be.draaischijf.partner.api;

import jakarta.ejb.Local;
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

    Optional<OrganisationView> find(@NotNull(message = "is verplicht") UUID id);
}

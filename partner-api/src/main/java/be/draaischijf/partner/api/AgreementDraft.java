package be.draaischijf.partner.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;

/**
 * What a coordinator says about a cooperation agreement: its parties (two to ten, each once: partner organisations
 * and/or the network), its purpose, its period (the end after the start) and its status; with the version they started
 * from (optimistic locking; 0 for a new one). The signed document travels apart.
 */
public record AgreementDraft(
        @Size(min = 2, max = 10, message = "{partner.agreement.parties.size}") List<@Valid AgreementParty> parties,
        @NotBlank(message = "{partner.agreement.purpose.required}") @Size(max = 2000, message = "{draaischijf.size.max}") String purpose,
        @NotNull(message = "{partner.agreement.starts-on.required}") LocalDate startsOn,
        @NotNull(message = "{partner.agreement.ends-on.required}") LocalDate endsOn,
        @NotNull(message = "{partner.agreement.status.required}") AgreementStatus status,
        int version) {

    public AgreementDraft {
        parties = parties == null ? List.of() : parties.stream().filter(java.util.Objects::nonNull).toList();
        purpose = purpose == null || purpose.isBlank() ? null : purpose.strip();
    }
}

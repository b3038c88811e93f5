package be.draaischijf.identity.api;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.util.Set;
import java.util.UUID;

/**
 * Someone invited to work with Draaischijf: their address (which becomes their username), name, roles, the partner
 * organisation for PARTNER and PARTNER_ADMIN, the contact point for a COORDINATOR (optional), and the language of the invitation mail ("nl" or "en", Dutch when
 * left out). The invited person chooses their own password through the mailed link.
 */
public record StaffInvitation(
        @NotBlank(message = "{identity.invitation.email.required}") @Email(message = "{draaischijf.email}")
        @Size(max = 200, message = "{draaischijf.size.max}") String email,
        @NotBlank(message = "{draaischijf.name.required}") @Size(max = 200, message = "{draaischijf.size.max}") String displayName,
        @NotEmpty(message = "{identity.roles.required}") Set<@NotNull(message = "{draaischijf.required}") Role> roles,
        UUID organisationId,
        UUID contactPointId,
        @Pattern(regexp = "nl|en", message = "{draaischijf.language}") String language) implements Serializable {

    public StaffInvitation {
        email = email == null || email.isBlank() ? null : email.strip();
        displayName = displayName == null || displayName.isBlank() ? null : displayName.strip();
        roles = roles == null ? Set.of() : Set.copyOf(roles);
    }
}

package be.draaischijf.identity.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Set;
import java.util.UUID;

/**
 * An administrator's change to an account: its name, its roles and (for PARTNER) its organisation, (for COORDINATOR) its contact point; {@code version}
 * is the version read, so that a change made meanwhile is not overwritten.
 */
public record AccountUpdate(
        @NotBlank(message = "{draaischijf.name.required}") @Size(max = 200, message = "{draaischijf.size.max}") String displayName,
        @NotEmpty(message = "{identity.roles.required}") Set<@NotNull(message = "{draaischijf.required}") Role> roles,
        UUID organisationId,
        UUID contactPointId,
        int version) {

    public AccountUpdate {
        displayName = displayName == null || displayName.isBlank() ? null : displayName.strip();
        roles = roles == null ? Set.of() : Set.copyOf(roles);
    }
}

package be.draaischijf.identity.api;

import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.util.UUID;

/**
 * Which accounts to list: {@code text} in the name, e-mail address or username (any case); a role; an
 * organisation; a contact point; only active ({@code true}) or only inactive ({@code false}) ones; only the locked ones. Null
 * leaves a criterion out.
 */
public record AccountFilter(
        @Size(max = 200, message = "{draaischijf.size.max}") String text,
        Role role,
        UUID organisationId,
        UUID contactPointId,
        Boolean active,
        boolean lockedOnly) implements Serializable {

    public static final AccountFilter ALL = new AccountFilter(null, null, null, null, null, false);

    public AccountFilter {
        text = text == null || text.isBlank() ? null : text.strip();
    }
}

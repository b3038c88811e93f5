package be.draaischijf.identity.api;

import jakarta.ejb.Local;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.util.List;

/**
 * The security event log: logins and their failures, locks, password changes, invitations and every change an
 * administrator makes to an account, with the client's address. The identity module writes it where these happen;
 * administrators search it, newest first.
 */
@Local
public interface SecurityEvents {

    List<SecurityEvent> search(@NotNull(message = "{draaischijf.required}") @Valid SecurityEventFilter filter,
                               @Min(value = 0, message = "{draaischijf.not-negative}") int offset,
                               @Min(value = 1, message = "{draaischijf.min}") @Max(value = 500, message = "{draaischijf.max}") int size);

    long count(@NotNull(message = "{draaischijf.required}") @Valid SecurityEventFilter filter);

    /**
     * The web layer's per-address login limit was reached (it refuses that address for a while, before any account
     * is looked at): recorded with the username tried last.
     */
    void addressLimited(String username);
}

package be.draaischijf.identity.api;

import jakarta.ejb.Local;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;

/**
 * The logged-in caller's personal API tokens: for scripts and other programs that call the API in their name
 * ({@code Authorization: Bearer}). A token is shown once, when it is made; only its hash is kept.
 */
@Local
public interface ApiTokens {

    /** The caller's tokens that still work, newest first (never the token itself). */
    List<ApiTokenView> mine();

    CreatedApiToken create(@NotBlank(message = "{draaischijf.required}") @Size(max = 100, message = "{draaischijf.size.max}") String name);

    /** @throws be.draaischijf.platform.refusal.NotFound when the caller has no such token */
    void revoke(@NotNull(message = "{draaischijf.required}") UUID id);
}

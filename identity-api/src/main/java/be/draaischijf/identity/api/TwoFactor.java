package be.draaischijf.identity.api;

import jakarta.ejb.Local;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * The logged-in caller's two-factor sign-in with an authenticator app (TOTP, RFC 6238): set it up, see how many
 * recovery codes are left, switch it off when their roles do not require it.
 */
@Local
public interface TwoFactor {

    TwoFactorStatus status();

    /** A new secret to show (as text and as a QR code); nothing changes until {@link #enable} confirms it. */
    TwoFactorSetup begin();

    /**
     * Switches two-factor sign-in on with this secret, once a code of the app proves that the app has it.
     *
     * @return ten recovery codes, each usable once instead of a code; shown once, kept only as hashes
     * @throws be.draaischijf.platform.refusal.Invalid on {@code code} when the code does not match
     */
    List<String> enable(@NotBlank(message = "{draaischijf.required}") @Size(max = 64, message = "{draaischijf.size.max}") String secret,
                        @NotBlank(message = "{identity.two-factor.code.required}") @Size(max = 32, message = "{draaischijf.size.max}") String code);

    /**
     * Switches it off, with a current code.
     *
     * @throws be.draaischijf.platform.refusal.NotAllowedNow {@code REQUIRED} when the caller's roles require it
     * @throws be.draaischijf.platform.refusal.Invalid on {@code code} when the code does not match
     */
    void disable(@NotBlank(message = "{identity.two-factor.code.required}") @Size(max = 32, message = "{draaischijf.size.max}") String code);
}

package be.draaischijf.identity.api;

import jakarta.ejb.Local;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Optional;

/**
 * Accounts of professionals who sign up themselves (with e-mail verification) or are invited by a coordinator,
 * and setting a password through a link mailed to the account's address. A mailed link carries a one-time
 * token; the module keeps only its SHA-256 hash. The answers never tell whether an address has an account.
 */
@Local
public interface AccountSignUp {

    /**
     * A professional asks for an account: their username is their e-mail address (lower case). A new address gets a
     * link (valid 24 hours) to confirm it and choose a password; an address that already has an account gets a mail
     * saying so, with a link to set a new password. The caller learns neither: the answer is the same. The mails
     * carry no text the visitor typed.
     */
    void signUp(@NotNull(message = "{draaischijf.required}") @Valid SignUp signUp);

    /**
     * Confirms the address of a signed-up account and sets the password its owner chose on the confirmation page;
     * the account may log in from then on.
     *
     * @return the account's username
     * @throws be.draaischijf.platform.refusal.NotFound      when the link is unknown
     * @throws be.draaischijf.platform.refusal.NotAllowedNow when it was used (reason {@code USED}) or expired
     *                                                       ({@code EXPIRED})
     * @throws be.draaischijf.platform.refusal.Invalid       on {@code newPassword} when the password is the
     *                                                       account's e-mail address
     */
    String verifyEmail(@NotBlank(message = "{draaischijf.required}") String token,
                       @NotNull(message = "{identity.password.required}")
                       @Size(min = SignUp.MIN_PASSWORD, message = "{draaischijf.size.min}")
                       @Size(max = SignUp.MAX_PASSWORD, message = "{draaischijf.size.max}") String newPassword);

    /**
     * Whether a link to confirm an address can still be used, without using it.
     *
     * @throws be.draaischijf.platform.refusal.NotFound      when the link is unknown
     * @throws be.draaischijf.platform.refusal.NotAllowedNow when it was used or expired (as {@link #verifyEmail})
     */
    void checkVerificationToken(@NotBlank(message = "{draaischijf.required}") String token);

    /**
     * A coordinator or administrator creates a professional's account; the professional gets a link to choose a
     * password (valid 7 days), and may log in after that. An account that was only signed up for with this address
     * (never confirmed) gives way: it becomes the invited account, with the inviter's details, and its links stop
     * working.
     *
     * @throws be.draaischijf.platform.refusal.Invalid on {@code email} when an account with this address exists
     */
    ProfessionalAccount invite(@NotNull(message = "{draaischijf.required}") @Valid Invitation invitation);

    /**
     * Mails a link to choose a new password (valid 1 hour) when an account has this address; does nothing,
     * and says nothing, when none has.
     */
    void requestPasswordReset(@NotBlank(message = "{draaischijf.email.required}")
                              @Email(message = "{draaischijf.email.format}")
                              @Size(max = 200, message = "{draaischijf.size.max}") String email);

    /**
     * Whether a link to choose a password can still be used, without using it.
     *
     * @throws be.draaischijf.platform.refusal.NotFound      when the link is unknown
     * @throws be.draaischijf.platform.refusal.NotAllowedNow when it was used or expired (as {@link #verifyEmail})
     */
    void checkPasswordToken(@NotBlank(message = "{draaischijf.required}") String token);

    /**
     * Sets the account's password with a mailed link; the link also proves the address, so an account that was
     * waiting for verification or an invitation may log in from then on.
     *
     * @return the account's username
     * @throws be.draaischijf.platform.refusal.NotFound      when the link is unknown
     * @throws be.draaischijf.platform.refusal.NotAllowedNow when it was used or expired (as {@link #verifyEmail})
     * @throws be.draaischijf.platform.refusal.Invalid       on {@code newPassword} when the password is the
     *                                                       account's e-mail address or username
     */
    String setPassword(@NotBlank(message = "{draaischijf.required}") String token,
                       @NotNull(message = "{identity.password.required}")
                       @Size(min = SignUp.MIN_PASSWORD, message = "{draaischijf.size.min}")
                       @Size(max = SignUp.MAX_PASSWORD, message = "{draaischijf.size.max}") String newPassword);

    /** Professionals' accounts by name, one page at a time (coordinators and administrators). */
    List<ProfessionalAccount> professionals(@Min(value = 0, message = "{draaischijf.not-negative}") int offset,
                                            @Min(value = 1, message = "{draaischijf.min}") @Max(value = 500, message = "{draaischijf.max}") int size);

    long countProfessionals();

    /**
     * The caller's own account as a professional: where they said they work (organisation, job title) when they
     * signed up or were invited. Empty for a caller without an account.
     */
    Optional<ProfessionalAccount> myProfessionalAccount();
}

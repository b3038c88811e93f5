package be.draaischijf.partner.api;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.Serializable;

/** Someone professionals can call or mail at an organisation (fictional in demo data). */
public record ContactPerson(
        @NotBlank(message = "{partner.contact.name.required}") @Size(max = 200, message = "{draaischijf.size.max}") String name,
        @Size(max = 200, message = "{draaischijf.size.max}") String function,
        @Email(message = "{draaischijf.email}") @Size(max = 200, message = "{draaischijf.size.max}") String email,
        @Pattern(regexp = OrganisationDraft.PHONE, message = "{draaischijf.phone}") @Size(max = 50, message = "{draaischijf.size.max}") String phone) implements Serializable {
}

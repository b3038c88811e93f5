package be.draaischijf.partner.api;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** Someone professionals can call or mail at an organisation (fictional in demo data). */
public record ContactPerson(
        @NotBlank(message = "vul de naam van de contactpersoon in") @Size(max = 200, message = "mag hoogstens 200 tekens lang zijn") String name,
        @Size(max = 200, message = "mag hoogstens 200 tekens lang zijn") String function,
        @Email(message = "is geen geldig e-mailadres") @Size(max = 200, message = "mag hoogstens 200 tekens lang zijn") String email,
        @Pattern(regexp = OrganisationDraft.PHONE, message = "is geen geldig telefoonnummer") @Size(max = 50, message = "mag hoogstens 50 tekens lang zijn") String phone) {
}

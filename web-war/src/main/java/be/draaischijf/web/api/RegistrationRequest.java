package be.draaischijf.web.api;

import be.draaischijf.training.api.RegistrationForm;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Body of {@code POST /api/sessions/{id}/registrations}: who registers ({@code consent}: agrees to the privacy
 * notice, required). {@code website} is a honeypot that people never fill in: when it has a value, the answer
 * looks normal and nothing is stored.
 */
@Schema(name = "RegistrationRequest", description = "Een inschrijving zonder account",
        requiredProperties = {"firstName", "lastName", "email", "consent"})
public record RegistrationRequest(
        @Schema(description = "Voornaam, hoogstens 100 tekens", maxLength = 100, example = "Sara")
        String firstName,
        @Schema(description = "Familienaam, hoogstens 100 tekens", maxLength = 100, example = "Peeters")
        String lastName,
        @Schema(description = "E-mailadres: de bevestiging met de annuleerlink gaat hierheen; één actieve inschrijving"
                + " per adres en sessie", maxLength = 200, format = "email", example = "sara.peeters@example.org")
        String email,
        @Schema(description = "Organisatie, hoogstens 200 tekens", maxLength = 200, nullable = true)
        String organisation,
        @Schema(description = "Sectorcode uit de lijst van de partnermodule (bv. EDUCATION), of leeg", nullable = true,
                pattern = "|[A-Z_]{1,40}", example = "EDUCATION")
        String sector,
        @Schema(description = "Functie, hoogstens 200 tekens", maxLength = 200, nullable = true)
        String function,
        @Schema(description = "Opmerkingen voor de organisator, hoogstens 2000 tekens", maxLength = 2000, nullable = true)
        String remarks,
        @Schema(description = "Akkoord met de privacyverklaring: moet true zijn", example = "true")
        Boolean consent,
        @Schema(description = "Laat leeg: een veld dat mensen niet zien (tegen robots)", nullable = true)
        String website) {

    RegistrationForm toForm() {
        return new RegistrationForm(firstName, lastName, email, organisation, sector == null ? "" : sector, function,
                remarks, Boolean.TRUE.equals(consent));
    }

    /** The request's name for a component of {@link RegistrationForm} (a 400 problem names what the caller sent). */
    static String field(String formComponent) {
        return "privacyConsent".equals(formComponent) ? "consent" : formComponent;
    }
}

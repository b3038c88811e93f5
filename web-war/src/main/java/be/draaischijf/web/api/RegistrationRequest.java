package be.draaischijf.web.api;

import be.draaischijf.training.api.RegistrationForm;

/**
 * Body of {@code POST /api/sessions/{id}/registrations}: who registers ({@code consent}: agrees to the privacy
 * notice, required). {@code website} is a honeypot that people never fill in: when it has a value, the answer
 * looks normal and nothing is stored.
 */
public record RegistrationRequest(String firstName, String lastName, String email, String organisation, String sector,
                                  String function, String remarks, Boolean consent, String website) {

    RegistrationForm toForm() {
        return new RegistrationForm(firstName, lastName, email, organisation, sector == null ? "" : sector, function,
                remarks, Boolean.TRUE.equals(consent));
    }
}

package be.draaischijf.partner.api;

import java.util.UUID;

/** An organisation as the directory shows it. */
public record OrganisationView(
        UUID id,
        String name,
        Sector sector,
        String description,
        String address,
        String phone,
        String email,
        String website,
        String districts) {
}

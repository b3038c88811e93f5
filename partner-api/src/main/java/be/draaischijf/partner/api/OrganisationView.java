package be.draaischijf.partner.api;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** An organisation as the directory shows it. {@code districts} are district codes ({@code CITY_WIDE}: the whole city). */
public record OrganisationView(
        UUID id,
        String name,
        String sector,
        String description,
        String address,
        String phone,
        String email,
        String website,
        Set<String> districts,
        List<ContactPerson> contacts,
        LocalDate partnerSince,
        boolean active) implements Serializable {

    public OrganisationView {
        districts = Set.copyOf(districts);
        contacts = List.copyOf(contacts);
    }
}

package be.draaischijf.partner.entity;

import be.draaischijf.partner.api.ContactPerson;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A contact person of an organisation, kept in the organisation's order. */
@Embeddable
public class Contact {

    @Column(nullable = false, length = 200)
    private String name;

    @Column(name = "job_title", length = 200)
    private String function;

    @Column(length = 200)
    private String email;

    @Column(length = 50)
    private String phone;

    protected Contact() {
    }

    Contact(ContactPerson person) {
        this.name = person.name().strip();
        this.function = blankToNull(person.function());
        this.email = blankToNull(person.email());
        this.phone = blankToNull(person.phone());
    }

    ContactPerson toPerson() {
        return new ContactPerson(name, function, email, phone);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}

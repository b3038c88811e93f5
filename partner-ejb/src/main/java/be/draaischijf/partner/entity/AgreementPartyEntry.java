package be.draaischijf.partner.entity;

import be.draaischijf.partner.api.AgreementParty;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.UUID;

/** A party to a cooperation agreement (an organisation, or the network when none) and its contact person, in order. */
@Embeddable
public class AgreementPartyEntry {

    /** Null: the network itself. */
    @Column(name = "organisation_id")
    private UUID organisationId;

    @Column(name = "contact_name", nullable = false, length = 200)
    private String contactName;

    @Column(name = "contact_email", nullable = false, length = 200)
    private String contactEmail;

    @Column(name = "contact_phone", length = 50)
    private String contactPhone;

    protected AgreementPartyEntry() {
    }

    AgreementPartyEntry(AgreementParty party) {
        this.organisationId = party.organisationId();
        this.contactName = party.contactName();
        this.contactEmail = party.contactEmail();
        this.contactPhone = party.contactPhone();
    }

    public UUID getOrganisationId() {
        return organisationId;
    }

    public String getContactName() {
        return contactName;
    }

    public String getContactEmail() {
        return contactEmail;
    }

    public String getContactPhone() {
        return contactPhone;
    }

    AgreementParty toParty() {
        return new AgreementParty(organisationId, contactName, contactEmail, contactPhone);
    }
}

package be.draaischijf.partner.entity;

import be.draaischijf.partner.api.OrganisationDraft;
import be.draaischijf.partner.api.OrganisationView;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.hibernate.annotations.BatchSize;

@Entity
@Table(name = "organisation")
public class Organisation {

    @Id
    private UUID id;

    @Column(nullable = false, length = 200)
    private String name;

    @Column(nullable = false, length = 40)
    private String sector;

    @Column(length = 4000)
    private String description;

    @Column(length = 300)
    private String address;

    @Column(length = 50)
    private String phone;

    @Column(length = 200)
    private String email;

    @Column(length = 300)
    private String website;

    @ElementCollection
    @BatchSize(size = 100)
    @CollectionTable(name = "organisation_district", joinColumns = @JoinColumn(name = "organisation_id"))
    @Column(name = "code", nullable = false, length = 40)
    private Set<String> districts = new HashSet<>();

    @ElementCollection
    @BatchSize(size = 100)
    @CollectionTable(name = "contact_person", joinColumns = @JoinColumn(name = "organisation_id"))
    @OrderColumn(name = "position")
    private List<Contact> contacts = new ArrayList<>();

    @Column(name = "partner_since")
    private LocalDate partnerSince;

    @Column(nullable = false)
    private boolean active = true;

    @Version
    private int version;

    protected Organisation() {
    }

    public Organisation(OrganisationDraft draft) {
        this.id = UUID.randomUUID();
        apply(draft, true);
    }

    public UUID getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getSector() {
        return sector;
    }

    public String getEmail() {
        return email;
    }

    public boolean isActive() {
        return active;
    }

    public int getVersion() {
        return version;
    }

    /** Applies an edit; {@code mayChangeActive} is false for partner staff editing their own organisation. */
    public void apply(OrganisationDraft draft, boolean mayChangeActive) {
        name = draft.name();
        sector = draft.sector();
        description = draft.description();
        address = draft.address();
        phone = draft.phone();
        email = draft.email();
        website = draft.website();
        districts.clear();
        districts.addAll(draft.districts());
        contacts.clear();
        draft.contacts().forEach(person -> contacts.add(new Contact(person)));
        partnerSince = draft.partnerSince();
        if (mayChangeActive && draft.active() != null) {
            active = draft.active();
        }
    }

    public OrganisationDraft toDraft() {
        return new OrganisationDraft(name, sector, description, address, phone, email, website, districts,
                contacts.stream().map(Contact::toPerson).toList(), partnerSince, active, version);
    }

    public OrganisationView toView() {
        return new OrganisationView(id, name, sector, description, address, phone, email, website, districts,
                contacts.stream().map(Contact::toPerson).toList(), partnerSince, active);
    }
}

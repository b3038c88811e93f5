package be.draaischijf.referral.entity;

import be.draaischijf.referral.api.ContactPointDraft;
import be.draaischijf.referral.api.ContactPointView;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * A place professionals turn to with a question about a young person: the city-wide Centraal Meldpunt or a local
 * one such as Netsterk Kiel. Cases belong to one; it is never deleted.
 */
@Entity
@Table(name = "contact_point")
public class ContactPoint {

    @Id
    private UUID id;

    @Column(nullable = false, length = 200)
    private String name;

    @Column(nullable = false, length = 300)
    private String address;

    /** Required when an administrator saves; the installation's city-wide point starts without one. */
    @Column(length = 30)
    private String phone;

    @Column(nullable = false, length = 200)
    private String email;

    @Column(name = "description_nl", nullable = false, length = 2000)
    private String descriptionNl;

    @Column(name = "description_en", length = 2000)
    private String descriptionEn;

    /** The one contact point that serves every district no other serves (the Centraal Meldpunt). */
    @Column(name = "city_wide", nullable = false)
    private boolean cityWide;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "contact_point_district", joinColumns = @JoinColumn(name = "contact_point_id"))
    @Column(name = "district", nullable = false, length = 40)
    private Set<String> districts = new HashSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "contact_point_hours", joinColumns = @JoinColumn(name = "contact_point_id"))
    private Set<OfficeHoursEntry> hours = new HashSet<>();

    @Version
    private int version;

    protected ContactPoint() {
    }

    /** A new local contact point (the city-wide one comes with the installation). */
    public ContactPoint(ContactPointDraft draft) {
        this.id = UUID.randomUUID();
        change(draft);
    }

    public final void change(ContactPointDraft draft) {
        this.name = draft.name();
        this.address = draft.address();
        this.phone = draft.phone();
        this.email = draft.email();
        this.descriptionNl = draft.descriptionNl();
        this.descriptionEn = draft.descriptionEn();
        this.districts.clear();
        this.districts.addAll(draft.districts());
        this.hours.clear();
        draft.hours().forEach(h -> this.hours.add(new OfficeHoursEntry(h)));
    }

    public UUID getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getEmail() {
        return email;
    }

    public int getVersion() {
        return version;
    }

    public boolean isCityWide() {
        return cityWide;
    }

    public Set<String> getDistricts() {
        return Set.copyOf(districts);
    }

    public ContactPointView toView() {
        List<OfficeHoursEntry> week = new ArrayList<>(hours);
        week.sort(Comparator.comparingInt(OfficeHoursEntry::day));
        return new ContactPointView(id, name, address, phone, email, week.stream().map(OfficeHoursEntry::toHours).toList(),
                districts.stream().sorted().toList(), cityWide, descriptionNl, descriptionEn, version);
    }
}

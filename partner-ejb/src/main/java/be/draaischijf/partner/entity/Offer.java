package be.draaischijf.partner.entity;

import be.draaischijf.partner.api.Access;
import be.draaischijf.partner.api.OfferDraft;
import be.draaischijf.partner.api.OfferKind;
import be.draaischijf.partner.api.OfferView;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.hibernate.annotations.BatchSize;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** An offer (aanbod, traject) of a partner organisation. */
@Entity
@Table(name = "offer")
public class Offer {

    private static final String CITY_WIDE = "CITY_WIDE";

    @Id
    private UUID id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "organisation_id", nullable = false)
    private Organisation organisation;

    @Column(nullable = false, length = 200)
    private String name;

    @Column(nullable = false, length = 4000)
    private String description;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 30)
    private OfferKind kind;

    @Column(name = "minimum_age", nullable = false)
    private int minimumAge;

    @Column(name = "maximum_age", nullable = false)
    private int maximumAge;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 20)
    private Access access;

    @Column(name = "city_wide", nullable = false)
    private boolean cityWide;

    @ElementCollection
    @BatchSize(size = 100)
    @CollectionTable(name = "offer_district", joinColumns = @JoinColumn(name = "offer_id"))
    @Column(name = "code", nullable = false, length = 40)
    private Set<String> districts = new HashSet<>();

    @ElementCollection
    @BatchSize(size = 100)
    @CollectionTable(name = "offer_problem_area", joinColumns = @JoinColumn(name = "offer_id"))
    @Column(name = "code", nullable = false, length = 40)
    private Set<String> problemAreas = new HashSet<>();

    @ElementCollection
    @BatchSize(size = 100)
    @CollectionTable(name = "offer_language", joinColumns = @JoinColumn(name = "offer_id"))
    @Column(name = "code", nullable = false, length = 8)
    private Set<String> languages = new HashSet<>();

    private Integer capacity;

    @Column(name = "waiting_weeks")
    private Integer waitingWeeks;

    @Column(name = "how_to_apply", length = 2000)
    private String howToApply;

    @Column(length = 300)
    private String cost;

    @Column(nullable = false)
    private boolean active = true;

    @Column(name = "assured_on")
    private LocalDate assuredOn;

    @Column(name = "assured_by", length = 100)
    private String assuredBy;

    /** When partner staff were last reminded to confirm this offer (claimed before the mail is sent). */
    @Column(name = "reminded_on")
    private LocalDate remindedOn;

    @Version
    private int version;

    protected Offer() {
    }

    /** A new offer of the organisation, confirmed as current by {@code assuredBy} today. */
    public Offer(Organisation organisation, OfferDraft draft, String assuredBy, LocalDate today) {
        this.id = UUID.randomUUID();
        this.organisation = organisation;
        apply(draft, assuredBy, today);
    }

    public boolean isActive() {
        return active;
    }

    public UUID getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public Organisation getOrganisation() {
        return organisation;
    }

    public LocalDate getRemindedOn() {
        return remindedOn;
    }

    public LocalDate getAssuredOn() {
        return assuredOn;
    }

    public UUID getOrganisationId() {
        return organisation.getId();
    }

    public int getVersion() {
        return version;
    }

    /** Applies an edit and confirms the offer as current by the editor, today. */
    public void apply(OfferDraft draft, String editor, LocalDate today) {
        name = draft.name().trim();
        description = draft.description().trim();
        kind = draft.kind();
        minimumAge = draft.minimumAge();
        maximumAge = draft.maximumAge();
        access = draft.access();
        // "Stadsbreed" chosen as a district (as an import may do) is the city-wide flag, not a district
        cityWide = draft.cityWide() || draft.districts().contains(CITY_WIDE);
        districts.clear();
        draft.districts().stream().filter(code -> !CITY_WIDE.equals(code)).forEach(districts::add);
        problemAreas.clear();
        problemAreas.addAll(draft.problemAreas());
        languages.clear();
        languages.addAll(draft.languages());
        capacity = draft.capacity();
        waitingWeeks = draft.waitingWeeks();
        howToApply = draft.howToApply();
        cost = draft.cost();
        if (draft.active() != null) {
            active = draft.active();
        }
        confirm(editor, today);
    }

    public void confirm(String editor, LocalDate today) {
        assuredOn = today;
        assuredBy = editor;
    }

    public OfferDraft toDraft() {
        return new OfferDraft(name, description, kind, minimumAge, maximumAge, access, cityWide, districts,
                problemAreas, languages, capacity, waitingWeeks, howToApply, cost, active, version);
    }

    /** The offer as the directory shows it; stale when not confirmed since {@code staleBefore}. */
    public OfferView toView(LocalDate staleBefore) {
        return new OfferView(id, organisation.getId(), organisation.getName(), organisation.getSector(), name,
                description, kind, minimumAge, maximumAge, access, cityWide, districts, problemAreas, languages,
                capacity, waitingWeeks, howToApply, cost, assuredOn, assuredBy,
                assuredOn == null || assuredOn.isBefore(staleBefore), active);
    }
}

package be.draaischijf.web.pages.beheer;

import be.draaischijf.identity.api.AccountFilter;
import be.draaischijf.identity.api.Role;
import be.draaischijf.identity.api.StaffAccount;
import be.draaischijf.identity.api.StaffAccounts;
import be.draaischijf.platform.refusal.Refusal;
import be.draaischijf.referral.api.ContactPointDraft;
import be.draaischijf.referral.api.ContactPointView;
import be.draaischijf.referral.api.ContactPoints;
import be.draaischijf.referral.api.OfficeHours;
import be.draaischijf.web.layout.FormPages;
import be.draaischijf.web.layout.Messages;
import be.draaischijf.web.layout.Refusals;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * /beheer/contactpunten: administrators see the contact points, open one ({@code ?id=}) or start a new one
 * ({@code ?nieuw=ja}) and change its name, address, phone, e-mail, description, office hours per weekday and the
 * districts it serves. Its coordinators are bound on the accounts page; this page lists them.
 */
@Named
@ViewScoped
public class ContactPointsPage implements Serializable {

    static final String FORM = "contactpunt";
    static final Map<String, String> FIELDS = Map.of("name", "naam", "address", "adres", "phone", "telefoon",
            "email", "email", "descriptionNl", "beschrijvingNl", "descriptionEn", "beschrijvingEn",
            "districts", "districten", "hours", "uren");

    /** One weekday's row in the form: open or not, and from when to when. */
    public static final class DayRow implements Serializable {
        private final DayOfWeek day;
        private boolean open;
        private LocalTime opens;
        private LocalTime closes;

        DayRow(DayOfWeek day, Optional<OfficeHours> hours) {
            this.day = day;
            this.open = hours.isPresent();
            this.opens = hours.map(OfficeHours::opens).orElse(null);
            this.closes = hours.map(OfficeHours::closes).orElse(null);
        }

        public DayOfWeek getDay() { return day; }
        public boolean isOpen() { return open; }
        public void setOpen(boolean open) { this.open = open; }
        public LocalTime getOpens() { return opens; }
        public void setOpens(LocalTime opens) { this.opens = opens; }
        public LocalTime getCloses() { return closes; }
        public void setCloses(LocalTime closes) { this.closes = closes; }
    }

    @EJB
    ContactPoints contactPoints;

    @EJB
    StaffAccounts accounts;

    @Inject
    Messages messages;

    private String id;
    private String newOne;
    private List<ContactPointView> all;
    private ContactPointView selected;
    private boolean editing;
    private String name;
    private String address;
    private String phone;
    private String email;
    private String descriptionNl;
    private String descriptionEn;
    private List<String> districts = new ArrayList<>();
    private List<DayRow> week = new ArrayList<>();
    private List<StaffAccount> coordinators = List.of();

    /** Runs after the URL parameters are applied (f:viewAction). */
    public void load() {
        all = contactPoints.list();
        if (id != null) {
            try {
                show(contactPoints.get(UUID.fromString(id)));
            } catch (IllegalArgumentException | Refusal unknown) {
                messages.error(null, "contact-points.unknown");
            }
        } else if ("ja".equals(newOne)) {
            editing = true;
            // a new contact point starts with the network's usual hours: every working day 8:30–17:00
            week = new ArrayList<>();
            for (DayOfWeek day : DayOfWeek.values()) {
                week.add(new DayRow(day, day.getValue() <= 5
                        ? Optional.of(new OfficeHours(day, LocalTime.of(8, 30), LocalTime.of(17, 0))) : Optional.empty()));
            }
        }
    }

    private void show(ContactPointView point) {
        selected = point;
        editing = true;
        name = point.name();
        address = point.address();
        phone = point.phone();
        email = point.email();
        descriptionNl = point.descriptionNl();
        descriptionEn = point.descriptionEn();
        districts = new ArrayList<>(point.districts());
        week = new ArrayList<>();
        for (DayOfWeek day : DayOfWeek.values()) {
            week.add(new DayRow(day, point.hours().stream().filter(h -> h.day() == day).findFirst()));
        }
        coordinators = accounts.list(new AccountFilter(null, Role.COORDINATOR, null, point.id(), null, false), 0, 500);
    }

    public void save() throws IOException {
        List<OfficeHours> hours = new ArrayList<>();
        for (DayRow row : week) {
            if (row.open) {
                if (row.opens == null || row.closes == null) {
                    messages.error(FORM + ":uren", "contact-points.hours.times");
                    return;
                }
                hours.add(new OfficeHours(row.day, row.opens, row.closes));
            }
        }
        ContactPointDraft draft = new ContactPointDraft(name, address, phone, email, hours, Set.copyOf(districts),
                descriptionNl, descriptionEn, selected == null ? 0 : selected.version());
        try {
            ContactPointView saved = selected == null ? contactPoints.create(draft) : contactPoints.update(selected.id(), draft);
            FormPages.savedThenTo(messages, "contact-points.saved", "/beheer/contactpunten?id=" + saved.id());
        } catch (Refusal refused) {
            Refusals.onPage(refused, FORM, FIELDS);
        }
    }

    public List<ContactPointView> getAll() { return all; }
    public ContactPointView getSelected() { return selected; }
    public boolean isEditing() { return editing; }
    public List<StaffAccount> getCoordinators() { return coordinators; }
    public List<DayRow> getWeek() { return week; }
    public String getId() { return id; }
    public void setId(String id) { this.id = id == null || id.isBlank() ? null : id; }
    public String getNewOne() { return newOne; }
    public void setNewOne(String newOne) { this.newOne = newOne; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getAddress() { return address; }
    public void setAddress(String address) { this.address = address; }
    public String getPhone() { return phone; }
    public void setPhone(String phone) { this.phone = phone; }
    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = email; }
    public String getDescriptionNl() { return descriptionNl; }
    public void setDescriptionNl(String descriptionNl) { this.descriptionNl = descriptionNl; }
    public String getDescriptionEn() { return descriptionEn; }
    public void setDescriptionEn(String descriptionEn) { this.descriptionEn = descriptionEn; }
    public List<String> getDistricts() { return districts; }
    public void setDistricts(List<String> districts) { this.districts = districts == null ? new ArrayList<>() : districts; }
}

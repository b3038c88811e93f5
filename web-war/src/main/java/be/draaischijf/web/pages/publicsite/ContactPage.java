package be.draaischijf.web.pages.publicsite;

import be.draaischijf.referral.api.ContactPointView;
import be.draaischijf.referral.api.ContactPoints;
import be.draaischijf.referral.api.OfficeHours;
import be.draaischijf.web.i18n.Language;
import be.draaischijf.web.layout.Messages;
import be.draaischijf.web.layout.ReferenceChoices;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.DayOfWeek;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * /contact and the start page's contact panel: the contact points from the data, with their office hours as words,
 * the districts they serve, and (on the start page) the one that serves the district a visitor chose
 * ({@code ?wijk=KIEL}).
 */
@Named
@RequestScoped
public class ContactPage {

    private static final Set<DayOfWeek> WORKING_DAYS = EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY);

    @EJB
    ContactPoints contactPoints;

    @Inject
    Language language;

    @Inject
    Messages messages;

    @Inject
    ReferenceChoices choices;

    private String district;
    private List<ContactPointView> all;
    private ContactPointView nearest;

    public List<ContactPointView> getAll() {
        if (all == null) {
            all = contactPoints.list();
        }
        return all;
    }

    /** The contact point for the chosen district; the city-wide one when none (or an unknown one) was chosen. */
    public ContactPointView getNearest() {
        if (nearest == null) {
            nearest = contactPoints.serving(district);
        }
        return nearest;
    }

    /**
     * Office hours as lines to read: "Elke werkdag van 8.30 tot 17.00" when every working day has the same hours and
     * the weekend none, else one line per day.
     */
    public List<String> hours(ContactPointView point) {
        DateTimeFormatter time = DateTimeFormatter.ofPattern("en".equals(language.getCode()) ? "H:mm" : "H.mm");
        List<OfficeHours> week = point.hours();
        if (week.isEmpty()) {
            return List.of(messages.text("contact.hours.none"));
        }
        boolean workingDays = week.size() == WORKING_DAYS.size()
                && week.stream().allMatch(h -> WORKING_DAYS.contains(h.day()))
                && week.stream().map(h -> h.opens().toString() + h.closes()).distinct().count() == 1;
        if (workingDays) {
            return List.of(messages.format("contact.hours.workdays", time.format(week.get(0).opens()),
                    time.format(week.get(0).closes())));
        }
        List<String> lines = new ArrayList<>();
        for (OfficeHours day : week) {
            lines.add(messages.format("contact.hours.day", day.day().getDisplayName(TextStyle.FULL, language.getLocale()),
                    time.format(day.opens()), time.format(day.closes())));
        }
        return lines;
    }

    /** The districts a contact point serves, as words; "every other district" for the city-wide one without any. */
    public String districts(ContactPointView point) {
        String named = choices.districtLabels(point.districts());
        if (point.cityWide()) {
            return named.isEmpty() ? messages.text("contact.districts.others") : named + "; " + messages.text("contact.districts.others");
        }
        return named;
    }

    /** The phone number as a tel: link (digits and +). */
    public static String tel(String phone) {
        return phone == null ? null : "tel:" + phone.replaceAll("[^0-9+]", "");
    }

    public String getDistrict() {
        return district;
    }

    public void setDistrict(String district) {
        this.district = district == null || district.isBlank() ? null : district;
    }
}

package be.draaischijf.training.control;

import be.draaischijf.platform.mail.Mailer;
import be.draaischijf.training.api.SessionDate;
import be.draaischijf.training.api.SessionStatus;
import be.draaischijf.training.api.SessionView;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.net.URI;
import java.text.Normalizer;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.Daylight;
import net.fortuna.ical4j.model.component.Standard;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.parameter.Cn;
import net.fortuna.ical4j.model.property.CalScale;
import net.fortuna.ical4j.model.property.Categories;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtEnd;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Method;
import net.fortuna.ical4j.model.property.Organizer;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.RRule;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Status;
import net.fortuna.ical4j.model.property.Summary;
import net.fortuna.ical4j.model.property.TzId;
import net.fortuna.ical4j.model.property.TzName;
import net.fortuna.ical4j.model.property.TzOffsetFrom;
import net.fortuna.ical4j.model.property.TzOffsetTo;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * iCalendar (RFC 5545) files of sessions, written with iCal4j: one VEVENT per day of a session, local times
 * in Europe/Brussels with that zone's VTIMEZONE written out here (the EU rule since 1996, as calendar clients
 * export it), so nothing is looked up or downloaded at run time (ADR 0016).
 * <ul>
 * <li>UID: each day's own, kept by the module across edits (also when another day is added or taken away);
 * days stored before UIDs were kept have {@code <session id>-<day index>@draaischijf}.</li>
 * <li>SEQUENCE = the session's version: every coordinator edit raises it, registrations do not.</li>
 * <li>A cancelled session's days have STATUS:CANCELLED.</li>
 * </ul>
 */
public final class SessionCalendar {

    public static final String ZONE = "Europe/Brussels";
    private static final ZoneId BRUSSELS = ZoneId.of(ZONE);

    static {
        // iCal4j would otherwise try to refresh time zone definitions from tzurl.org (also set in ical4j.properties)
        if (System.getProperty("net.fortuna.ical4j.timezone.update.enabled") == null) {
            System.setProperty("net.fortuna.ical4j.timezone.update.enabled", "false");
        }
    }

    private static final String DEFAULT_ORGANISER = "noreply@draaischijf.example.org";

    /** The sender of the mails ({@code draaischijf.mail.from}), read once. */
    private static final String ORGANISER = organiserAddress();

    private final TrainingMails links;

    public SessionCalendar(String baseUrl) {
        this.links = new TrainingMails(baseUrl);
    }

    /** One session as the .ics a mail carries; days taken away by an edit as cancelled events. */
    public Mailer.Attachment attachment(SessionView session, List<SessionDate> removedDays, Instant stamp) {
        return Mailer.Attachment.calendar(fileName(session.title()), write(List.of(session), removedDays, session.title(), stamp));
    }

    /** A calendar with these sessions' days, to subscribe to (feed) or to import (one session). */
    public String write(List<SessionView> sessions, String name, Instant stamp) {
        return write(sessions, List.of(), name, stamp);
    }

    private String write(List<SessionView> sessions, List<SessionDate> removedDays, String name, Instant stamp) {
        Calendar calendar = new Calendar();
        calendar.add(new ProdId("-//Draaischijf//Vormingen en infosessies//NL"));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(new CalScale(CalScale.VALUE_GREGORIAN));
        calendar.add(new Method(Method.VALUE_PUBLISH));
        calendar.add(new XProperty("X-WR-CALNAME", name));
        calendar.add(new XProperty("X-WR-TIMEZONE", ZONE));
        calendar.add(brussels());
        for (SessionView session : sessions) {
            List<SessionDate> dates = session.dates();
            for (int index = 0; index < dates.size(); index++) {
                calendar.add(event(session, dates.get(index), index, dates.size(), false, stamp));
            }
        }
        for (SessionDate removed : removedDays) {
            calendar.add(event(sessions.get(0), removed, -1, 1, true, stamp));
        }
        return calendar.toString();
    }

    /** The day's UID; a day without one (not stored yet) has the one derived from its place. */
    public static String uid(SessionView session, SessionDate date, int dayIndex) {
        return date.uid() != null ? date.uid() : session.id() + "-" + dayIndex + "@draaischijf";
    }

    /** A file name from the title: {@code infosessie-het-centraal-meldpunt.ics}. */
    public static String fileName(String title) {
        String plain = Normalizer.normalize(title, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        if (plain.length() > 60) {
            plain = plain.substring(0, 60).replaceAll("-+$", "");
        }
        return (plain.isEmpty() ? "sessie" : plain) + ".ics";
    }

    /** One day as an event; {@code removed}: a day taken away from the session (cancelled, whatever the session's status). */
    private VEvent event(SessionView session, SessionDate date, int index, int days, boolean removed, Instant stamp) {
        VEvent event = new VEvent(false);
        event.add(new Uid(uid(session, date, index)));
        event.add(new DtStamp(stamp));
        event.add(new DtStart<>(date.day().atTime(date.startsAt()).atZone(BRUSSELS)));
        event.add(new DtEnd<>(date.day().atTime(date.endsAt()).atZone(BRUSSELS)));
        event.add(new Summary(days > 1 ? session.title() + " (dag " + (index + 1) + "/" + days + ")" : session.title()));
        event.add(new Sequence(session.version()));
        // RFC 5546 (iTIP) wants an ORGANIZER in a published event: the network's sender address
        Organizer by = new Organizer(URI.create("mailto:" + ORGANISER));
        by.add(new Cn("Centraal Meldpunt – Draaischijf"));
        event.add(by);
        event.add(new Status(removed || session.status() == SessionStatus.CANCELLED ? Status.VALUE_CANCELLED : Status.VALUE_CONFIRMED));
        String location = location(session);
        if (location != null) {
            event.add(new Location(location));
        }
        StringBuilder description = new StringBuilder();
        if (session.description() != null) {
            description.append(session.description()).append("\n\n");
        }
        if (session.trainers() != null) {
            description.append("Door / by: ").append(session.trainers()).append("\n");
        }
        if (session.onlineLink() != null) {
            description.append("Online: ").append(session.onlineLink()).append("\n");
        }
        description.append(links.sessionLink(session));
        event.add(new Description(description.toString()));
        event.add(new Url(URI.create(links.sessionLink(session))));
        event.add(new Categories(session.kind().name()));
        return event;
    }

    /** The address mails come from ({@code draaischijf.mail.from}); outside the server a fixed one. */
    private static String organiserAddress() {
        try {
            String from = ConfigProvider.getConfig().getOptionalValue("draaischijf.mail.from", String.class).orElse(DEFAULT_ORGANISER);
            return new InternetAddress(from).getAddress();
        } catch (AddressException | RuntimeException | java.util.ServiceConfigurationError e) {
            return DEFAULT_ORGANISER;
        }
    }

    private static String location(SessionView session) {
        if (session.venueName() != null) {
            return session.venueAddress() == null ? session.venueName() : session.venueName() + ", " + session.venueAddress();
        }
        return session.onlineLink();
    }

    /** Europe/Brussels as in force since 1996: CET, and CEST from the last Sunday of March to the last of October. */
    private static VTimeZone brussels() {
        Daylight summer = new Daylight();
        summer.add(new TzName("CEST"));
        summer.add(new TzOffsetFrom(ZoneOffset.ofHours(1)));
        summer.add(new TzOffsetTo(ZoneOffset.ofHours(2)));
        summer.add(new DtStart<>(LocalDateTime.of(1981, 3, 29, 2, 0)));
        summer.add(new RRule<>("FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU"));
        Standard winter = new Standard();
        winter.add(new TzName("CET"));
        winter.add(new TzOffsetFrom(ZoneOffset.ofHours(2)));
        winter.add(new TzOffsetTo(ZoneOffset.ofHours(1)));
        winter.add(new DtStart<>(LocalDateTime.of(1996, 10, 27, 3, 0)));
        winter.add(new RRule<>("FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU"));
        VTimeZone zone = new VTimeZone();
        zone.add(new TzId(ZONE));
        zone.add(new XProperty("X-LIC-LOCATION", ZONE));
        zone.add(summer);
        zone.add(winter);
        return zone;
    }
}

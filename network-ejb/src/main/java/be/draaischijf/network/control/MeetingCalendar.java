package be.draaischijf.network.control;

import be.draaischijf.network.api.MeetingView;
import be.draaischijf.platform.mail.Mailer;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.Daylight;
import net.fortuna.ical4j.model.component.Standard;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.parameter.Cn;
import net.fortuna.ical4j.model.property.CalScale;
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
 * A theme meeting as an iCalendar (RFC 5545) item, written with iCal4j the way the training module writes its sessions
 * (ADR 0016): the local time in Europe/Brussels with that zone's VTIMEZONE written out here (nothing looked up or
 * downloaded at run time), one UID per meeting kept across changes, SEQUENCE = the meeting's version, so a calendar
 * moves the appointment when it changes; STATUS:CANCELLED for an organisation no longer invited.
 */
public final class MeetingCalendar {

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

    private final NetworkMails links;

    public MeetingCalendar(String baseUrl) {
        this.links = new NetworkMails(baseUrl);
    }

    /** The meeting as the .ics a mail carries; {@code cancelled}: as a cancelled item. */
    public Mailer.Attachment attachment(MeetingView meeting, String themeNl, boolean cancelled, Instant stamp) {
        return Mailer.Attachment.calendar("themabijeenkomst.ics", write(meeting, themeNl, cancelled, stamp));
    }

    /** The meeting's UID, the same in every mail about it. */
    public static String uid(MeetingView meeting) {
        return "theme-meeting-" + meeting.id() + "@draaischijf";
    }

    String write(MeetingView meeting, String themeNl, boolean cancelled, Instant stamp) {
        Calendar calendar = new Calendar();
        calendar.add(new ProdId("-//Draaischijf//Themabijeenkomsten//NL"));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(new CalScale(CalScale.VALUE_GREGORIAN));
        calendar.add(new Method(Method.VALUE_PUBLISH));
        calendar.add(new XProperty("X-WR-TIMEZONE", ZONE));
        calendar.add(brussels());
        VEvent event = new VEvent(false);
        event.add(new Uid(uid(meeting)));
        event.add(new DtStamp(stamp));
        event.add(new DtStart<>(meeting.day().atTime(meeting.startsAt()).atZone(BRUSSELS)));
        event.add(new DtEnd<>(meeting.day().atTime(meeting.endsAt()).atZone(BRUSSELS)));
        event.add(new Summary("Themabijeenkomst: " + themeNl));
        event.add(new Sequence(meeting.version()));
        // RFC 5546 (iTIP) wants an ORGANIZER in a published event: the network's sender address
        Organizer by = new Organizer(URI.create("mailto:" + ORGANISER));
        by.add(new Cn("Centraal Meldpunt – Draaischijf"));
        event.add(by);
        event.add(new Status(cancelled ? Status.VALUE_CANCELLED : Status.VALUE_CONFIRMED));
        event.add(new Location(meeting.place()));
        String agenda = meeting.agenda() == null ? "" : meeting.agenda() + "\n\n";
        event.add(new Description(agenda + links.meetingLink(meeting)));
        event.add(new Url(URI.create(links.meetingLink(meeting))));
        calendar.add(event);
        return calendar.toString();
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

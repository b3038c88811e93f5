package be.draaischijf.network.boundary;

import be.draaischijf.identity.api.Roles;
import be.draaischijf.network.api.MeetingDraft;
import be.draaischijf.network.api.MeetingSummary;
import be.draaischijf.network.api.MeetingView;
import be.draaischijf.network.api.ThemeMeetings;
import be.draaischijf.network.control.MeetingCalendar;
import be.draaischijf.network.control.NetworkMails;
import be.draaischijf.network.control.NetworkRecords;
import be.draaischijf.network.entity.ThemeMeeting;
import be.draaischijf.partner.api.ContactPerson;
import be.draaischijf.partner.api.OrganisationView;
import be.draaischijf.partner.api.Organisations;
import be.draaischijf.partner.api.ReferenceItem;
import be.draaischijf.partner.api.ReferenceList;
import be.draaischijf.platform.ParameterValidation;
import be.draaischijf.platform.mail.Mailer;
import be.draaischijf.platform.mail.Outbox;
import be.draaischijf.platform.refusal.ChangedMeanwhile;
import be.draaischijf.platform.refusal.FieldError;
import be.draaischijf.platform.refusal.Invalid;
import be.draaischijf.platform.refusal.NotFound;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Theme meetings (ADR 0045). Coordinators and administrators plan and write them up; each invited organisation gets its
 * invitation by mail (the outbox, in the same transaction) at the address the directory has for it, with an .ics;
 * partner staff of an invited organisation read the meeting, and to anyone else it is not found.
 */
@Stateless
@RolesAllowed({Roles.COORDINATOR, Roles.ADMIN, Roles.PARTNER})
@Interceptors(ParameterValidation.class)
public class ThemeMeetingsBean implements ThemeMeetings {

    /** Whose mails these are, in the outbox. */
    static final String MODULE = "network";

    @PersistenceContext(unitName = "network")
    EntityManager em;

    @Inject
    NetworkRecords records;

    @EJB
    Organisations organisations;

    @Inject
    Outbox outbox;

    Clock clock = Clock.system(SignalsBean.BRUSSELS);

    @Override
    @RolesAllowed({Roles.COORDINATOR, Roles.ADMIN})
    public MeetingView plan(MeetingDraft draft) {
        String actor = records.coordinator();
        Instant now = clock.instant();
        List<FieldError> errors = new ArrayList<>();
        ReferenceItem theme = theme(draft.theme(), true, errors);
        if (draft.day().isBefore(LocalDate.now(clock))) {
            errors.add(FieldError.of("day", "network.meeting.day.past"));
        }
        Map<UUID, OrganisationView> directory = activeOrganisations(draft.partners(), errors);
        if (!errors.isEmpty()) {
            throw new Invalid(errors);
        }
        ThemeMeeting meeting = new ThemeMeeting(draft, actor, now);
        List<UUID> invite = addressed(meeting.notInvitedYet(), directory);
        invite.forEach(organisation -> meeting.invitationSent(organisation, now));
        em.persist(meeting);
        em.flush();
        MeetingView view = meeting.toView(names(directory));
        NetworkMails mails = records.mails();
        Mailer.Attachment ics = records.calendar().attachment(view, theme.labelNl(), false, now);
        List<Mailer.Mail> out = new ArrayList<>();
        for (UUID organisation : invite) {
            OrganisationView partner = directory.get(organisation);
            out.add(mails.invitation(address(partner).orElseThrow(), partner.name(), view, theme.labelNl(), theme.labelEn(), ics));
        }
        outbox.queue(MODULE, out);
        return view;
    }

    @Override
    @RolesAllowed({Roles.COORDINATOR, Roles.ADMIN})
    public MeetingView update(UUID id, int version, MeetingDraft draft) {
        records.coordinator();
        Instant now = clock.instant();
        ThemeMeeting meeting = existing(id);
        if (meeting.getVersion() != version) {
            throw new ChangedMeanwhile("network.meeting.changed-meanwhile");
        }
        List<FieldError> errors = new ArrayList<>();
        // a meeting keeps its theme even when the theme was deactivated since; a new theme must be an active one
        ReferenceItem theme = theme(draft.theme(), !draft.theme().equals(meeting.getTheme()), errors);
        boolean moved = meeting.momentOrPlaceDiffer(draft);
        if (!draft.day().equals(meeting.getMeetingDay()) && draft.day().isBefore(LocalDate.now(clock))) {
            // a meeting that took place is written up on its own day; a new day is not in the past
            errors.add(FieldError.of("day", "network.meeting.day.past"));
        }
        List<UUID> before = meeting.partnerIds();
        List<UUID> mailedBefore = meeting.invited();
        // an organisation added now must be an active one of the directory; one invited before may have left it since
        List<UUID> added = draft.partners().stream().filter(organisation -> !before.contains(organisation)).toList();
        activeOrganisations(added, errors);
        if (!errors.isEmpty()) {
            throw new Invalid(errors);
        }
        List<UUID> removed = before.stream().filter(organisation -> !draft.partners().contains(organisation)).toList();
        Set<UUID> concerned = new LinkedHashSet<>(draft.partners());
        concerned.addAll(removed);
        Map<UUID, OrganisationView> directory = directory(concerned);

        meeting.apply(draft, now);
        List<UUID> invite = addressed(meeting.notInvitedYet(), directory);
        invite.forEach(organisation -> meeting.invitationSent(organisation, now));
        em.flush();
        MeetingView view = meeting.toView(names(directory));

        NetworkMails mails = records.mails();
        MeetingCalendar calendar = records.calendar();
        Mailer.Attachment ics = calendar.attachment(view, theme.labelNl(), false, now);
        List<Mailer.Mail> out = new ArrayList<>();
        for (UUID organisation : invite) {
            OrganisationView partner = directory.get(organisation);
            out.add(mails.invitation(address(partner).orElseThrow(), partner.name(), view, theme.labelNl(), theme.labelEn(), ics));
        }
        if (moved) {
            for (UUID organisation : mailedBefore) {
                OrganisationView partner = directory.get(organisation);
                if (draft.partners().contains(organisation) && partner != null && address(partner).isPresent()) {
                    out.add(mails.changed(address(partner).get(), partner.name(), view, theme.labelNl(), theme.labelEn(), ics));
                }
            }
        }
        Mailer.Attachment cancelled = calendar.attachment(view, theme.labelNl(), true, now);
        for (UUID organisation : removed) {
            OrganisationView partner = directory.get(organisation);
            if (mailedBefore.contains(organisation) && partner != null && address(partner).isPresent()) {
                out.add(mails.uninvited(address(partner).get(), partner.name(), view, theme.labelNl(), theme.labelEn(),
                        cancelled));
            }
        }
        outbox.queue(MODULE, out);
        return view;
    }

    @Override
    public MeetingView open(UUID id) {
        ThemeMeeting meeting = em.find(ThemeMeeting.class, id);
        if (meeting == null) {
            throw new NotFound("network.meeting.unknown");
        }
        if (!records.isCoordinatorOrAdmin()) {
            // partner staff: only a meeting their organisation is invited to; anyone else: as if there were none
            Optional<UUID> organisation = records.partnerOrganisation();
            if (organisation.isEmpty() || !meeting.invites(organisation.get())) {
                throw new NotFound("network.meeting.unknown");
            }
        }
        return meeting.toView(names(directory(meeting.partnerIds())));
    }

    @Override
    @RolesAllowed({Roles.COORDINATOR, Roles.ADMIN})
    public List<MeetingSummary> ofTheme(String theme) {
        records.coordinator();
        return em.createQuery("select m from ThemeMeeting m where m.theme = :theme"
                        + " order by m.meetingDay desc, m.startsAt desc, m.id", ThemeMeeting.class)
                .setParameter("theme", theme).setMaxResults(200)
                .getResultStream().map(ThemeMeeting::toSummary).toList();
    }

    private ThemeMeeting existing(UUID id) {
        ThemeMeeting meeting = em.find(ThemeMeeting.class, id);
        if (meeting == null) {
            throw new NotFound("network.meeting.unknown");
        }
        return meeting;
    }

    /** The theme's entry: an active one ({@code activeOnly}) or any of the list; else a field error. */
    private ReferenceItem theme(String code, boolean activeOnly, List<FieldError> errors) {
        Optional<ReferenceItem> item = records.item(ReferenceList.SIGNAL_THEME, code).filter(found -> !activeOnly || found.active());
        if (item.isEmpty()) {
            errors.add(FieldError.of("theme", "network.meeting.theme.unknown"));
            return new ReferenceItem(code, code, code, false);
        }
        return item.get();
    }

    /** The organisations as the directory has them, each an active one; else a field error. */
    private Map<UUID, OrganisationView> activeOrganisations(List<UUID> ids, List<FieldError> errors) {
        Map<UUID, OrganisationView> found = directory(ids);
        if (found.size() < new LinkedHashSet<>(ids).size()) {
            errors.add(FieldError.of("partners", "network.meeting.partner.unknown"));
        }
        return found;
    }

    /** The active organisations among these, by id. */
    private Map<UUID, OrganisationView> directory(java.util.Collection<UUID> ids) {
        Map<UUID, OrganisationView> found = new HashMap<>();
        for (UUID id : ids) {
            organisations.find(id).ifPresent(organisation -> found.put(id, organisation));
        }
        return found;
    }

    /** Those among the organisations that the directory has an address for, in order. */
    private static List<UUID> addressed(List<UUID> organisations, Map<UUID, OrganisationView> directory) {
        return organisations.stream().filter(id -> directory.containsKey(id) && address(directory.get(id)).isPresent()).toList();
    }

    /** Where an organisation's invitation goes: its own address, else its first contact person's. */
    static Optional<String> address(OrganisationView organisation) {
        if (organisation.email() != null && !organisation.email().isBlank()) {
            return Optional.of(organisation.email().strip());
        }
        return organisation.contacts().stream().map(ContactPerson::email).filter(email -> email != null && !email.isBlank())
                .map(String::strip).findFirst();
    }

    private static Map<UUID, String> names(Map<UUID, OrganisationView> directory) {
        Map<UUID, String> names = new HashMap<>();
        directory.forEach((id, organisation) -> names.put(id, organisation.name()));
        return names;
    }
}

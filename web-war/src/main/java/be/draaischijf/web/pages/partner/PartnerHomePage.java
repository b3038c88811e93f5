package be.draaischijf.web.pages.partner;

import be.draaischijf.partner.api.OfferView;
import be.draaischijf.partner.api.Offers;
import be.draaischijf.partner.api.OrganisationView;
import be.draaischijf.partner.api.Organisations;
import be.draaischijf.referral.api.CaseConferences;
import be.draaischijf.referral.api.ConferenceView;
import be.draaischijf.referral.api.OfferReferrals;
import be.draaischijf.referral.api.PartnerReferralView;
import be.draaischijf.web.i18n.Formats;
import be.draaischijf.web.layout.Messages;
import be.draaischijf.web.layout.PagedModel;
import be.draaischijf.web.security.CurrentUser;
import be.draaischijf.web.security.SessionUser;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * /partner: first what waits for the organisation's answer (the referrals still proposed, the earliest reply-by date
 * first), then the case conferences the staff member takes part in, the organisation they act for, all referrals sent
 * to it (open ones first) and its offers to keep current.
 */
@Named
@RequestScoped
public class PartnerHomePage {

    /** How many waiting referrals the start page lists; the rest are in the full list below it. */
    static final int WAITING_SHOWN = 20;
    /** How many conferences the start page lists. */
    static final int CONFERENCES_SHOWN = 10;

    @EJB
    Organisations organisations;

    @EJB
    Offers offers;

    @EJB
    OfferReferrals offerReferrals;

    @EJB
    CaseConferences conferences;

    @Inject
    CurrentUser currentUser;

    @Inject
    HttpServletRequest request;

    @Inject
    Messages messages;

    private OrganisationView organisation;
    private List<OfferView> ownOffers;
    private PagedModel<PartnerReferralView> referrals;
    private List<PartnerReferralView> awaiting;
    private long awaitingCount;
    private List<ConferenceView> ownConferences;
    private LocalDateTime now;

    @PostConstruct
    void init() {
        organisation = currentUser.sessionUser()
                .map(SessionUser::organisationId)
                .filter(Objects::nonNull)
                .flatMap(organisations::find)
                .orElse(null);
        ownOffers = offers.editableBy();
        OfferReferrals api = offerReferrals;
        referrals = new PagedModel<>(api::countForMyOrganisation,
                api::forMyOrganisation, row -> row.referral().id().toString());
        awaiting = offerReferrals.awaitingMyAnswer(WAITING_SHOWN);
        awaitingCount = awaiting.size() < WAITING_SHOWN ? awaiting.size() : offerReferrals.countAwaitingMyAnswer();
        now = LocalDateTime.now(Formats.BRUSSELS);
        ownConferences = comingFirst(conferences.mine(), now);
    }

    /** The conferences still to come first (the next one on top), then those held (the latest on top). */
    static List<ConferenceView> comingFirst(List<ConferenceView> all, LocalDateTime now) {
        Comparator<ConferenceView> byTime = Comparator.comparing((ConferenceView c) -> c.conference().heldAt());
        Stream<ConferenceView> coming = all.stream().filter(c -> !c.conference().heldAt().isBefore(now)).sorted(byTime);
        Stream<ConferenceView> held = all.stream().filter(c -> c.conference().heldAt().isBefore(now)).sorted(byTime.reversed());
        return Stream.concat(coming, held).limit(CONFERENCES_SHOWN).toList();
    }

    /** Whether this conference was held already. */
    public boolean held(ConferenceView conference) {
        return conference.conference().heldAt().isBefore(now);
    }

    /** "Nog actueel": confirms an offer without changing it. */
    public void confirm(String id) {
        offers.confirmCurrent(UUID.fromString(id));
        ownOffers = offers.editableBy();
        messages.info("partnerHome.confirmed");
    }

    public OrganisationView getOrganisation() {
        return organisation;
    }

    public PagedModel<PartnerReferralView> getReferrals() {
        return referrals;
    }

    public List<OfferView> getOwnOffers() {
        return ownOffers;
    }

    /** The referrals waiting for the organisation's answer, at most {@link #WAITING_SHOWN}. */
    public List<PartnerReferralView> getAwaiting() {
        return awaiting;
    }

    /** How many referrals wait for an answer in all (more than listed when there are over {@link #WAITING_SHOWN}). */
    public long getAwaitingCount() {
        return awaitingCount;
    }

    /** Whether more referrals wait than the list shows. */
    public boolean isMoreAwaiting() {
        return awaitingCount > awaiting.size();
    }

    public List<ConferenceView> getConferences() {
        return ownConferences;
    }
}

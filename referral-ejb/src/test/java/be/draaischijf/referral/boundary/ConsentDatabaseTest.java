package be.draaischijf.referral.boundary;

import static be.draaischijf.referral.boundary.CaseWorkFixture.PASSAGE_OFFER;
import static be.draaischijf.referral.boundary.CaseWorkFixture.intake;
import static be.draaischijf.referral.boundary.CaseWorkFixture.with;
import static be.draaischijf.testing.TestDatabase.inTransaction;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.draaischijf.platform.ParameterValidation;
import be.draaischijf.platform.refusal.FieldError;
import be.draaischijf.platform.refusal.Invalid;
import be.draaischijf.platform.refusal.NotAllowedNow;
import be.draaischijf.referral.api.AuditEntry;
import be.draaischijf.referral.api.CaseDetail;
import be.draaischijf.referral.api.ConferenceDraft;
import be.draaischijf.referral.api.ConferenceParticipant;
import be.draaischijf.referral.api.ConsentChange;
import be.draaischijf.referral.api.ConsentGiver;
import be.draaischijf.referral.api.ConsentMethod;
import be.draaischijf.referral.api.ConsentWithdrawal;
import be.draaischijf.referral.api.DetailsWithheld;
import be.draaischijf.referral.api.EventKind;
import be.draaischijf.referral.api.EventMessage;
import be.draaischijf.referral.api.EventValue;
import be.draaischijf.referral.api.Intake;
import be.draaischijf.referral.api.LegalGround;
import be.draaischijf.referral.api.OfferReferralStatus;
import be.draaischijf.referral.api.PartnerReferralView;
import be.draaischijf.referral.api.ReferralStatus;
import be.draaischijf.referral.api.TimelineEntry;
import be.draaischijf.testing.TestDatabase;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Consent that can change and need to know in time (issue 16, ADR 0041), on real PostgreSQL and on H2: a young
 * person's own consent counts only from 12, at the intake and after it; consent recorded or withdrawn after the intake
 * is on the timeline in words; a withdrawal hides the young person from the partners that had them through consent and
 * stops further sharing until another legal ground is recorded; a partner sees an ended referral's details for 30 days.
 */
class ConsentDatabaseTest {

    private static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");

    private final CaseWorkFixture module = new CaseWorkFixture();

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aChildUnder12CannotConsentOrWithdrawForThemselvesAtTheIntakeOrAfterItAParentCan(TestDatabase kind) {
        try (EntityManagerFactory emf = demo(kind)) {
            LocalDate today = LocalDate.now(module.clock);
            // consent given yesterday: in the past for the module (Brussels) and for Bean Validation (the JVM's zone)
            LocalDate yesterday = today.minusDays(1);
            Intake ownYesAt8 = with(with(intake(true), "youngBirthDate", today.minusYears(8)), "consentDate", yesterday);

            // the intake: Bean Validation (screens and REST) and the module itself say no, in words for that field
            Validator validator = Validation.buildDefaultValidatorFactory().getValidator();
            assertThat(ParameterValidation.invalid(validator.validate(ownYesAt8)).errors())
                    .containsExactly(FieldError.of("consentYoungPersonAllowed", "referral.consent.young-person-under-12"));
            assertThat(ownYesAt8.hasConsent()).as("a child's own yes is no consent").isFalse();
            assertThatThrownBy(() -> inTransaction(emf, (EntityManager em) -> module.as("professional").cases(em).submit(ownYesAt8)))
                    .isInstanceOfSatisfying(Invalid.class, e -> assertThat(e.errors())
                            .containsExactly(FieldError.of("consentYoungPerson", "referral.consent.young-person-under-12")));
            Intake oneDayShortOf12 = with(ownYesAt8, "youngBirthDate", yesterday.minusYears(12).plusDays(1));
            assertThatThrownBy(() -> inTransaction(emf, (EntityManager em) -> module.as("professional").cases(em)
                    .submit(oneDayShortOf12))).isInstanceOf(Invalid.class);
            Intake twelveThatDay = with(ownYesAt8, "youngBirthDate", yesterday.minusYears(12));
            assertThat(validator.validate(twelveThatDay)).as("12 on the day: their own consent counts").isEmpty();
            UUID twelve = inTransaction(emf, (EntityManager em) -> module.as("professional").cases(em).submit(twelveThatDay)).id();
            assertThat(open(emf, twelve).sharingGround()).isEqualTo(LegalGround.CONSENT);

            // a child of 8 without consent: nothing goes to a partner; the child cannot consent, a parent can
            UUID child = inTransaction(emf, (EntityManager em) -> module.as("professional").cases(em)
                    .submit(with(intake(false), "youngBirthDate", today.minusYears(8)))).id();
            CaseDetail analysing = inAnalysis(emf, child);
            assertThatThrownBy(() -> inTransaction(emf, (EntityManager em) -> module.as("coordinator").cases(em)
                    .refer(child, analysing.version(), PASSAGE_OFFER))).isInstanceOf(NotAllowedNow.class);
            assertThatThrownBy(() -> consent(emf, child, analysing.version(), ConsentGiver.YOUNG_PERSON, true, today,
                    ConsentMethod.IN_PERSON)).isInstanceOfSatisfying(Invalid.class, e -> assertThat(e.errors())
                    .containsExactly(FieldError.of("by", "referral.consent.young-person-under-12")));

            CaseDetail consented = consent(emf, child, analysing.version(), ConsentGiver.PARENT, true, today,
                    ConsentMethod.IN_WRITING);
            assertThat(consented.intake().hasConsent()).isTrue();
            assertThat(consented.intake().consentParent()).isTrue();
            assertThat(consented.intake().consentYoungPerson()).isFalse();
            assertThat(consented.intake().consentDate()).isEqualTo(today);
            assertThat(consented.intake().consentMethod()).isEqualTo(ConsentMethod.IN_WRITING);
            assertThat(consented.sharingGround()).as("consent becomes the ground").isEqualTo(LegalGround.CONSENT);
            assertThat(consented.sharingAllowed()).isTrue();
            assertThat(consented.consentWithdrawn()).isNull();
            assertThat(consented.timeline()).filteredOn(e -> e.kind() == EventKind.CONSENT).singleElement()
                    .satisfies(e -> assertThat(e.message()).as("who, the day, how: values, said in words when shown")
                            .isEqualTo(EventMessage.of("event.consent.given",
                                    EventValue.of(EventValue.Type.CONSENT_GIVER, ConsentGiver.PARENT), EventValue.date(today),
                                    EventValue.of(EventValue.Type.CONSENT_METHOD, ConsentMethod.IN_WRITING))));
            assertThatThrownBy(() -> consent(emf, child, consented.version(), ConsentGiver.YOUNG_PERSON, false, today,
                    ConsentMethod.BY_PHONE)).as("nor can the child withdraw it")
                    .isInstanceOfSatisfying(Invalid.class, e -> assertThat(e.errors())
                            .containsExactly(FieldError.of("by", "referral.consent.withdrawal.young-person-under-12")));
            assertThatThrownBy(() -> consent(emf, child, consented.version(), ConsentGiver.PARENT, true,
                    today.plusDays(1), ConsentMethod.BY_PHONE)).as("not in the future")
                    .isInstanceOfSatisfying(Invalid.class, e -> assertThat(e.errors()).extracting(FieldError::field)
                            .containsExactly("on"));

            CaseDetail referred = inTransaction(emf, (EntityManager em) -> module.as("coordinator").cases(em)
                    .refer(child, consented.version(), PASSAGE_OFFER));
            assertThat(referred.offerReferrals()).hasSize(1);
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aWithdrawalHidesTheYoungPersonFromThePartnerAndStopsSharingUntilAnotherGroundIsRecorded(TestDatabase kind) {
        try (EntityManagerFactory emf = demo(kind)) {
            LocalDate today = LocalDate.now(module.clock);
            UUID id = inTransaction(emf, (EntityManager em) -> module.as("professional").cases(em).submit(intake(true))).id();
            CaseDetail analysing = inAnalysis(emf, id);
            CaseDetail referred = inTransaction(emf, (EntityManager em) -> module.as("coordinator").cases(em)
                    .refer(id, analysing.version(), PASSAGE_OFFER));
            UUID sent = referred.offerReferrals().get(0).id();
            PartnerReferralView accepted = answer(emf, sent, 0, OfferReferralStatus.ACCEPTED);
            assertThat(accepted.detailsWithheld()).isFalse();
            assertThat(accepted.youngFirstName()).isEqualTo("Test");
            assertThat(accepted.age()).isEqualTo(14);
            assertThat(accepted.question()).isEqualTo("Spijbelt vaak; zoekt begeleiding.");
            assertThat(accepted.referrer()).as("the young person consented: who asked is shared").isNotNull();

            // the young person (14) withdraws: no consent is left, and consent is no ground any more
            CaseDetail withdrawn = consent(emf, id, referred.version(), ConsentGiver.YOUNG_PERSON, false, today,
                    ConsentMethod.BY_PHONE);
            assertThat(withdrawn.intake().hasConsent()).isFalse();
            assertThat(withdrawn.consentWithdrawn())
                    .isEqualTo(new ConsentWithdrawal(ConsentGiver.YOUNG_PERSON, today, ConsentMethod.BY_PHONE));
            assertThat(withdrawn.sharingGround()).isNull();
            assertThat(withdrawn.sharingAllowed()).isFalse();

            // the partner that had the details through consent keeps the reference, offer and status, nothing else
            PartnerReferralView hidden = open(emf, sent, "partner.depassage");
            assertWithheld(hidden, DetailsWithheld.CONSENT_WITHDRAWN);
            assertThat(hidden.referral().caseReference()).isEqualTo(referred.reference());
            assertThat(hidden.referral().status()).isEqualTo(OfferReferralStatus.ACCEPTED);
            assertThat(hidden.referral().offerName()).isEqualTo("Dagcentrum De Passage");
            assertThat(hidden.contactPoint()).as("whom to ask at the Meldpunt").isNotNull();
            assertThat(inTransaction(emf, (EntityManager em) -> module.as("partner.depassage").offerReferrals(em)
                    .forMyOrganisation(0, 50))).filteredOn(v -> v.referral().id().equals(sent)).singleElement()
                    .satisfies(v -> assertWithheld(v, DetailsWithheld.CONSENT_WITHDRAWN));
            assertThat(open(emf, sent, "coordinator").youngFirstName()).as("the Meldpunt still reads its case")
                    .isEqualTo("Test");

            // nothing more is shared on consent: no new referral, no conference on consent
            assertThatThrownBy(() -> inTransaction(emf, (EntityManager em) -> module.as("coordinator").cases(em)
                    .refer(id, withdrawn.version(), PASSAGE_OFFER)))
                    .isInstanceOfSatisfying(NotAllowedNow.class, e -> assertThat(e.reason()).isEqualTo("NO_LEGAL_GROUND"));
            ConferenceDraft onConsent = new ConferenceDraft(LocalDateTime.now().plusDays(7).withNano(0), "Meldpunt, zaal 2",
                    "Samen een plan maken", LegalGround.CONSENT,
                    List.of(new ConferenceParticipant("Sam (fictief)", "school", null)), null, null, List.of());
            assertThatThrownBy(() -> inTransaction(emf, (EntityManager em) -> module.as("coordinator").conferences(em)
                    .plan(id, withdrawn.version(), onConsent))).isInstanceOf(NotAllowedNow.class);

            // the partner's referral ends; another legal ground is recorded as such; a new referral rests on it
            PartnerReferralView started = answer(emf, sent, hidden.referral().version(), OfferReferralStatus.STARTED);
            answer(emf, sent, started.referral().version(), OfferReferralStatus.STOPPED);
            int before = open(emf, id).version();
            CaseDetail grounded = inTransaction(emf, (EntityManager em) -> module.as("coordinator").cases(em)
                    .recordSharingGround(id, before, LegalGround.SHARED_PROFESSIONAL_SECRECY));
            CaseDetail again = inTransaction(emf, (EntityManager em) -> module.as("coordinator").cases(em)
                    .refer(id, grounded.version(), PASSAGE_OFFER));
            UUID onSecrecy = again.offerReferrals().stream().filter(o -> o.status() == OfferReferralStatus.PROPOSED)
                    .findFirst().orElseThrow().id();
            PartnerReferralView shared = open(emf, onSecrecy, "partner.depassage");
            assertThat(shared.detailsWithheld()).isFalse();
            assertThat(shared.youngFirstName()).isEqualTo("Test");
            assertThat(shared.referrer()).as("shared professional secrecy does not cover who asked").isNull();
            assertWithheld(open(emf, sent, "partner.depassage"), DetailsWithheld.CONSENT_WITHDRAWN);

            // the timeline says it in words (message and values), the audit log as a change
            CaseDetail read = open(emf, id);
            assertThat(read.timeline()).filteredOn(e -> e.kind() == EventKind.CONSENT).extracting(TimelineEntry::message)
                    .containsExactly(EventMessage.of("event.consent.withdrawn",
                            EventValue.of(EventValue.Type.CONSENT_GIVER, ConsentGiver.YOUNG_PERSON), EventValue.date(today),
                            EventValue.of(EventValue.Type.CONSENT_METHOD, ConsentMethod.BY_PHONE)));
            assertThat(read.timeline()).extracting(TimelineEntry::message).contains(EventMessage.of("event.sharingGround",
                    EventValue.of(EventValue.Type.LEGAL_GROUND, LegalGround.SHARED_PROFESSIONAL_SECRECY)));
            List<AuditEntry> log = inTransaction(emf, (EntityManager em) -> module.as("coordinator").cases(em).audit(id));
            assertThat(log).filteredOn(a -> a.message() != null && a.message().key().equals("event.consent.withdrawn"))
                    .singleElement().satisfies(a -> {
                        assertThat(a.action()).isEqualTo("CHANGE");
                        assertThat(a.actor()).isEqualTo("coordinator");
                    });
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aParentsWithdrawalLeavesTheOwnConsentOfAYoungPersonOf12OrOlderStanding(TestDatabase kind) {
        try (EntityManagerFactory emf = demo(kind)) {
            LocalDate today = LocalDate.now(module.clock);
            UUID id = inTransaction(emf, (EntityManager em) -> module.as("professional").cases(em).submit(intake(true))).id();
            CaseDetail both = consent(emf, id, open(emf, id).version(), ConsentGiver.PARENT, true, today,
                    ConsentMethod.IN_PERSON);
            assertThat(both.intake().consentParent()).isTrue();

            CaseDetail parentWithdrew = consent(emf, id, both.version(), ConsentGiver.PARENT, false, today,
                    ConsentMethod.IN_WRITING);
            assertThat(parentWithdrew.intake().hasConsent()).as("the young person of 14 still agrees").isTrue();
            assertThat(parentWithdrew.intake().consentParent()).isFalse();
            assertThat(parentWithdrew.consentWithdrawn()).isNull();
            assertThat(parentWithdrew.sharingGround()).isEqualTo(LegalGround.CONSENT);
            assertThat(parentWithdrew.timeline()).filteredOn(e -> e.kind() == EventKind.CONSENT)
                    .extracting(e -> e.message().key()).containsExactly("event.consent.withdrawn.youngPersonStill",
                            "event.consent.given");
            assertThatThrownBy(() -> consent(emf, id, parentWithdrew.version(), ConsentGiver.PARENT, false, today,
                    ConsentMethod.IN_WRITING)).as("nothing of the parent's left to withdraw")
                    .isInstanceOfSatisfying(Invalid.class, e -> assertThat(e.errors())
                            .containsExactly(FieldError.of("given", "referral.consent.nothing-to-withdraw")));
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aPartnerSeesAnEndedReferralsDetailsFor30DaysAndThenOnlyItsReferenceAndStatus(TestDatabase kind) {
        try (EntityManagerFactory emf = demo(kind)) {
            Instant now = Instant.now();
            module.clock = Clock.fixed(now.minus(Duration.ofDays(35)), BRUSSELS);
            UUID longAgo = referredOnAnotherGround(emf);
            UUID lately = referredOnAnotherGround(emf);
            UUID running = referredOnAnotherGround(emf);
            module.clock = Clock.fixed(now.minus(Duration.ofDays(34)), BRUSSELS);
            answer(emf, running, 0, OfferReferralStatus.ACCEPTED);
            module.clock = Clock.fixed(now.minus(Duration.ofDays(31)), BRUSSELS);
            answer(emf, longAgo, 0, OfferReferralStatus.DECLINED, "NO_CAPACITY");
            module.clock = Clock.fixed(now.minus(Duration.ofDays(29)), BRUSSELS);
            answer(emf, lately, 0, OfferReferralStatus.DECLINED, "NO_CAPACITY");
            module.clock = Clock.system(BRUSSELS);

            PartnerReferralView ended31DaysAgo = open(emf, longAgo, "partner.depassage");
            assertWithheld(ended31DaysAgo, DetailsWithheld.REFERRAL_ENDED);
            assertThat(ended31DaysAgo.referral().status()).isEqualTo(OfferReferralStatus.DECLINED);
            assertThat(ended31DaysAgo.referral().caseReference()).startsWith("DS-");
            assertThat(ended31DaysAgo.history()).as("its own answers stay").hasSize(1);
            PartnerReferralView ended29DaysAgo = open(emf, lately, "partner.depassage");
            assertThat(ended29DaysAgo.detailsWithheld()).isFalse();
            assertThat(ended29DaysAgo.youngFirstName()).isEqualTo("Test");
            assertThat(ended29DaysAgo.question()).isEqualTo("Spijbelt vaak; zoekt begeleiding.");
            PartnerReferralView acceptedLongAgo = open(emf, running, "partner.depassage");
            assertThat(acceptedLongAgo.detailsWithheld()).as("still running: the partner needs them").isFalse();
            assertThat(acceptedLongAgo.age()).isEqualTo(14);

            assertThat(inTransaction(emf, (EntityManager em) -> module.as("partner.depassage").offerReferrals(em)
                    .forMyOrganisation(0, 50))).filteredOn(v -> List.of(longAgo, lately).contains(v.referral().id()))
                    .extracting(v -> v.referral().id(), PartnerReferralView::withheldBecause)
                    .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple(longAgo, DetailsWithheld.REFERRAL_ENDED),
                            org.assertj.core.groups.Tuple.tuple(lately, null));
            assertThat(open(emf, longAgo, "coordinator").detailsWithheld()).as("coordinators read the whole case").isFalse();

            module.partnerDetailsDays = 60;
            assertThat(open(emf, longAgo, "partner.depassage").detailsWithheld()).as("the time is a setting").isFalse();
        }
    }

    private static EntityManagerFactory demo(TestDatabase kind) {
        return TestDatabase.persistenceUnit("referral", kind.migrated("referral", true));
    }

    private static void assertWithheld(PartnerReferralView view, DetailsWithheld because) {
        assertThat(view.detailsWithheld()).isTrue();
        assertThat(view.withheldBecause()).isEqualTo(because);
        assertThat(view.youngFirstName()).isNull();
        assertThat(view.youngLastName()).isNull();
        assertThat(view.age()).as("no age, so no birth year").isNull();
        assertThat(view.district()).isNull();
        assertThat(view.schoolStatus()).isNull();
        assertThat(view.question()).isNull();
        assertThat(view.problemAreas()).isEmpty();
        assertThat(view.referrer()).isNull();
        assertThat(view.referral().caseReference()).isNotBlank();
        assertThat(view.referral().status()).isNotNull();
    }

    private CaseDetail consent(EntityManagerFactory emf, UUID id, int version, ConsentGiver by, boolean given, LocalDate on,
                               ConsentMethod method) {
        return inTransaction(emf, (EntityManager em) -> module.as("coordinator").cases(em)
                .recordConsent(id, version, new ConsentChange(by, given, on, method)));
    }

    private CaseDetail open(EntityManagerFactory emf, UUID id) {
        return inTransaction(emf, (EntityManager em) -> module.as("coordinator").cases(em).open(id));
    }

    private PartnerReferralView open(EntityManagerFactory emf, UUID offerReferral, String who) {
        return inTransaction(emf, (EntityManager em) -> module.as(who).offerReferrals(em).open(offerReferral));
    }

    private CaseDetail inAnalysis(EntityManagerFactory emf, UUID id) {
        int version = open(emf, id).version();
        return inTransaction(emf, (EntityManager em) -> module.as("coordinator").cases(em)
                .changeStatus(id, version, ReferralStatus.IN_ANALYSIS, null, null));
    }

    /** A question without consent, referred to De Passage on shared professional secrecy; the referral's id. */
    private UUID referredOnAnotherGround(EntityManagerFactory emf) {
        UUID id = inTransaction(emf, (EntityManager em) -> module.as("professional").cases(em).submit(intake(false))).id();
        CaseDetail analysing = inAnalysis(emf, id);
        CaseDetail grounded = inTransaction(emf, (EntityManager em) -> module.as("coordinator").cases(em)
                .recordSharingGround(id, analysing.version(), LegalGround.SHARED_PROFESSIONAL_SECRECY));
        return inTransaction(emf, (EntityManager em) -> module.as("coordinator").cases(em)
                .refer(id, grounded.version(), PASSAGE_OFFER)).offerReferrals().get(0).id();
    }

    private PartnerReferralView answer(EntityManagerFactory emf, UUID id, int version, OfferReferralStatus to) {
        return answer(emf, id, version, to, null);
    }

    private PartnerReferralView answer(EntityManagerFactory emf, UUID id, int version, OfferReferralStatus to, String reason) {
        return inTransaction(emf, (EntityManager em) -> module.as("partner.depassage").offerReferrals(em)
                .answer(id, version, to, reason, null));
    }
}

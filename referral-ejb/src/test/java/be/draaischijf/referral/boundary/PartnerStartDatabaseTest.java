package be.draaischijf.referral.boundary;

import static be.draaischijf.referral.boundary.CaseWorkFixture.OTHER_ORGANISATION;
import static be.draaischijf.referral.boundary.CaseWorkFixture.PASSAGE;
import static be.draaischijf.referral.boundary.CaseWorkFixture.PASSAGE_OFFER;
import static be.draaischijf.referral.boundary.CaseWorkFixture.intake;
import static be.draaischijf.testing.TestDatabase.inTransaction;
import static org.assertj.core.api.Assertions.assertThat;

import be.draaischijf.referral.api.AuditEntry;
import be.draaischijf.referral.api.CaseDetail;
import be.draaischijf.referral.api.Contact;
import be.draaischijf.referral.api.LegalGround;
import be.draaischijf.referral.api.OfferReferralStatus;
import be.draaischijf.referral.api.PartnerReferralView;
import be.draaischijf.referral.api.ReferralStatus;
import be.draaischijf.referral.entity.OfferReferral;
import be.draaischijf.referral.entity.Referral;
import be.draaischijf.testing.TestDatabase;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The partner's start page as the referral module serves it, on real PostgreSQL and on H2: what waits for the
 * organisation's answer (oldest reply-by date first, audited like every list with names), and who asked the question
 * only when the young person or a parent consented (ADR 0038).
 */
class PartnerStartDatabaseTest {

    /** The demo data's referral of DS-2026-0003 to De Passage: proposed, an answer expected in three days. */
    private static final UUID DEMO_OFFER_REFERRAL = UUID.fromString("5e0a9c21-7d3b-4f6e-8a1c-2b3d4e5f6a03");
    private static final UUID DEMO_CASE = UUID.fromString("0b7f4c3e-1d2a-4a51-9e0f-3c1d2b4a5e03");
    private static final String PASSAGE_NAME = "De Twee Gezusters – De Passage";

    private final CaseWorkFixture module = new CaseWorkFixture();

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void whatWaitsForAPartnersAnswerIsItsProposedReferralsWithTheEarliestReplyByDateFirst(TestDatabase kind) {
        try (EntityManagerFactory emf = demo(kind)) {
            UUID referredCase = referred(emf, intake(true));
            UUID viaTheModule = inTransaction(emf, (EntityManager em) -> module.as("coordinator").cases(em).open(referredCase))
                    .offerReferrals().get(0).id();
            LocalDate today = LocalDate.now(module.clock);
            UUID overdue = inTransaction(emf, (EntityManager em) -> referTo(em, referredCase, PASSAGE, "Huiswerkklas",
                    today.minusDays(2), Instant.now().minusSeconds(9 * 86_400L)));
            UUID answered = inTransaction(emf, (EntityManager em) -> referTo(em, referredCase, PASSAGE, "Kamertraining",
                    today.minusDays(5), Instant.now().minusSeconds(12 * 86_400L)));
            inTransaction(emf, (EntityManager em) -> module.as("partner.depassage").offerReferrals(em)
                    .answer(answered, 0, OfferReferralStatus.ACCEPTED, null, null));
            UUID elsewhere = inTransaction(emf, (EntityManager em) -> referTo(em, referredCase, OTHER_ORGANISATION,
                    "Dagcentrum elders", today.minusDays(3), Instant.now()));

            List<PartnerReferralView> waiting = inTransaction(emf, (EntityManager em) -> module.as("partner.depassage")
                    .offerReferrals(em).awaitingMyAnswer(10));

            assertThat(waiting).as("overdue first, then the demo referral (in three days), then the one just sent")
                    .extracting(v -> v.referral().id()).containsExactly(overdue, DEMO_OFFER_REFERRAL, viaTheModule);
            assertThat(waiting).extracting(v -> v.referral().replyOverdue()).containsExactly(true, false, false);
            assertThat(waiting).allSatisfy(v -> {
                assertThat(v.referral().status()).isEqualTo(OfferReferralStatus.PROPOSED);
                assertThat(v.history()).as("a list reads no history").isEmpty();
            });
            assertThat(waiting.get(0).youngFirstName()).isEqualTo("Test");
            assertThat(waiting.get(0).referral().offerName()).isEqualTo("Huiswerkklas");
            assertThat(inTransaction(emf, (EntityManager em) -> module.as("partner.depassage").offerReferrals(em)
                    .countAwaitingMyAnswer())).isEqualTo(3);
            assertThat(inTransaction(emf, (EntityManager em) -> module.as("partner.depassage").offerReferrals(em)
                    .awaitingMyAnswer(1))).as("at most as many as asked, the most pressing")
                    .extracting(v -> v.referral().id()).containsExactly(overdue);
            assertThat(inTransaction(emf, (EntityManager em) -> module.as("partner.depassage").offerReferrals(em)
                    .forMyOrganisation(0, 10))).as("the full list still holds the answered one")
                    .extracting(v -> v.referral().id()).contains(answered).doesNotContain(elsewhere);

            assertThat(inTransaction(emf, (EntityManager em) -> module.as("partner.other").offerReferrals(em).awaitingMyAnswer(10)))
                    .as("another organisation sees only its own").extracting(v -> v.referral().id()).containsExactly(elsewhere);
            assertThat(inTransaction(emf, (EntityManager em) -> module.as("coordinator").offerReferrals(em).awaitingMyAnswer(10)))
                    .as("a coordinator has no organisation to answer for").isEmpty();
            assertThat(inTransaction(emf, (EntityManager em) -> module.as("coordinator").offerReferrals(em).countAwaitingMyAnswer()))
                    .isZero();

            // once answered, a referral no longer waits
            int version = waiting.get(1).referral().version();
            inTransaction(emf, (EntityManager em) -> module.as("partner.depassage").offerReferrals(em)
                    .answer(DEMO_OFFER_REFERRAL, version, OfferReferralStatus.DECLINED, "NO_CAPACITY", null));
            assertThat(inTransaction(emf, (EntityManager em) -> module.as("partner.depassage").offerReferrals(em).awaitingMyAnswer(10)))
                    .extracting(v -> v.referral().id()).containsExactly(overdue, viaTheModule);
            assertThat(inTransaction(emf, (EntityManager em) -> module.as("partner.depassage").offerReferrals(em)
                    .countAwaitingMyAnswer())).isEqualTo(2);
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void everyReferralAPartnersListShowsIsInItsCasesAuditLog(TestDatabase kind) {
        try (EntityManagerFactory emf = demo(kind)) {
            inTransaction(emf, (EntityManager em) -> module.as("partner.depassage").offerReferrals(em).awaitingMyAnswer(10));
            inTransaction(emf, (EntityManager em) -> module.as("partner.depassage").offerReferrals(em).forMyOrganisation(0, 10));

            List<AuditEntry> log = inTransaction(emf, (EntityManager em) -> module.as("admin").cases(em).audit(DEMO_CASE));
            assertThat(log).filteredOn(entry -> "partner.depassage".equals(entry.actor()))
                    .as("one read for each list that showed the young person's name")
                    .extracting(AuditEntry::action, entry -> entry.message().key(), entry -> entry.message().values().get(0).value())
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("READ", "audit.partnerListed", PASSAGE_NAME),
                            org.assertj.core.groups.Tuple.tuple("READ", "audit.partnerListed", PASSAGE_NAME));
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void thePartnerSeesWhoAskedTheQuestionOnlyWithTheConsentOfTheYoungPersonOrAParent(TestDatabase kind) {
        try (EntityManagerFactory emf = demo(kind)) {
            UUID withConsent = referred(emf, intake(true));
            UUID withoutConsent = referredOnAnotherGround(emf);

            PartnerReferralView consented = opened(emf, withConsent);
            assertThat(consented.referrer()).as("the young person agreed: the partner may reach the referrer")
                    .isEqualTo(new Contact("Test Leerkracht", null, "Test School", "leerkracht@example.org", null));
            PartnerReferralView grounded = opened(emf, withoutConsent);
            assertThat(grounded.referrer()).as("shared professional secrecy covers the young person's data, not who asked")
                    .isNull();
            assertThat(grounded.contactPoint()).as("instead, the contact point of the case (a young person from Kiel)")
                    .isEqualTo(new Contact("Netsterk Kiel", null, null, "netsterk@draaischijf.example.org", "03 338 32 66"));
            assertThat(consented.contactPoint()).isEqualTo(grounded.contactPoint());

            // the lists say the same as the referral itself: the module decides, not the page
            List<PartnerReferralView> waiting = inTransaction(emf, (EntityManager em) -> module.as("partner.depassage")
                    .offerReferrals(em).awaitingMyAnswer(10));
            assertThat(waiting).filteredOn(v -> v.referral().caseId().equals(withConsent)).singleElement()
                    .satisfies(v -> assertThat(v.referrer()).isEqualTo(consented.referrer()));
            assertThat(waiting).filteredOn(v -> v.referral().caseId().equals(withoutConsent)).singleElement()
                    .satisfies(v -> assertThat(v.referrer()).isNull());
            assertThat(inTransaction(emf, (EntityManager em) -> module.as("partner.depassage").offerReferrals(em)
                    .forMyOrganisation(0, 10))).filteredOn(v -> v.referral().caseId().equals(withoutConsent))
                    .singleElement().satisfies(v -> assertThat(v.referrer()).isNull());
            assertThat(waiting).filteredOn(v -> v.referral().id().equals(DEMO_OFFER_REFERRAL)).singleElement()
                    .satisfies(v -> {
                        assertThat(v.referrer()).as("the demo case: the young person agreed in writing")
                                .isEqualTo(new Contact("Demo CLB-medewerker", "CLB-medewerker", "Demo CLB",
                                        "professional2@example.org", null));
                        assertThat(v.contactPoint().name()).as("a young person from Borgerhout").isEqualTo("Centraal Meldpunt");
                        assertThat(v.contactPoint().phone()).as("none given at installation").isNull();
                    });
        }
    }

    private static EntityManagerFactory demo(TestDatabase kind) {
        return TestDatabase.persistenceUnit("referral", kind.migrated("referral", true));
    }

    /** A professional's question, taken into analysis and referred to De Passage's day centre by the coordinator. */
    private UUID referred(EntityManagerFactory emf, be.draaischijf.referral.api.Intake intake) {
        UUID id = inTransaction(emf, (EntityManager em) -> module.as("professional").cases(em).submit(intake)).id();
        CaseDetail analysing = inAnalysis(emf, id);
        inTransaction(emf, (EntityManager em) -> module.as("coordinator").cases(em).refer(id, analysing.version(), PASSAGE_OFFER));
        return id;
    }

    /** A question without consent, referred once the coordinator recorded shared professional secrecy as the ground. */
    private UUID referredOnAnotherGround(EntityManagerFactory emf) {
        UUID id = inTransaction(emf, (EntityManager em) -> module.as("professional").cases(em).submit(intake(false))).id();
        CaseDetail analysing = inAnalysis(emf, id);
        CaseDetail grounded = inTransaction(emf, (EntityManager em) -> module.as("coordinator").cases(em)
                .recordSharingGround(id, analysing.version(), LegalGround.SHARED_PROFESSIONAL_SECRECY));
        inTransaction(emf, (EntityManager em) -> module.as("coordinator").cases(em).refer(id, grounded.version(), PASSAGE_OFFER));
        return id;
    }

    private CaseDetail inAnalysis(EntityManagerFactory emf, UUID id) {
        int version = inTransaction(emf, (EntityManager em) -> module.as("coordinator").cases(em).open(id)).version();
        return inTransaction(emf, (EntityManager em) -> module.as("coordinator").cases(em)
                .changeStatus(id, version, ReferralStatus.IN_ANALYSIS, null, null));
    }

    /** The case's referral to De Passage, as the partner opens it. */
    private PartnerReferralView opened(EntityManagerFactory emf, UUID caseId) {
        UUID sent = inTransaction(emf, (EntityManager em) -> module.as("coordinator").cases(em).open(caseId))
                .offerReferrals().get(0).id();
        return inTransaction(emf, (EntityManager em) -> module.as("partner.depassage").offerReferrals(em).open(sent));
    }

    /** A referral to an offer the fixture's partner module does not know, written as the module writes one. */
    private static UUID referTo(EntityManager em, UUID caseId, UUID organisation, String offerName, LocalDate replyBy,
                                Instant proposedAt) {
        OfferReferral sent = new OfferReferral(em.find(Referral.class, caseId), UUID.randomUUID(), offerName, organisation,
                organisation.equals(PASSAGE) ? PASSAGE_NAME : "Een andere organisatie", replyBy, proposedAt);
        em.persist(sent);
        return sent.getId();
    }
}

package be.draaischijf.referral.boundary;

import static be.draaischijf.referral.boundary.CaseWorkFixture.PASSAGE_OFFER;
import static be.draaischijf.referral.boundary.CaseWorkFixture.intake;
import static be.draaischijf.referral.boundary.CaseWorkFixture.with;
import static be.draaischijf.testing.TestDatabase.inTransaction;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.draaischijf.referral.api.AgeBand;
import be.draaischijf.referral.api.AuditEntry;
import be.draaischijf.platform.refusal.ChangedMeanwhile;
import be.draaischijf.referral.api.CaseDetail;
import be.draaischijf.referral.api.CaseFilter;
import be.draaischijf.referral.api.CaseOutcome;
import be.draaischijf.referral.api.CaseSort;
import be.draaischijf.referral.api.ConferenceAction;
import be.draaischijf.referral.api.ConferenceDraft;
import be.draaischijf.referral.api.ConferenceParticipant;
import be.draaischijf.referral.api.ConferenceView;
import be.draaischijf.referral.api.EventKind;
import be.draaischijf.referral.api.EventMessage;
import be.draaischijf.referral.api.EventValue;
import be.draaischijf.platform.refusal.FieldError;
import be.draaischijf.platform.refusal.Invalid;
import be.draaischijf.referral.api.LegalGround;
import be.draaischijf.platform.refusal.NotPermitted;
import be.draaischijf.referral.api.OfferReferralStatus;
import be.draaischijf.referral.api.PartnerReferralView;
import be.draaischijf.referral.api.ReferralRecipients;
import be.draaischijf.referral.api.ReferralStatus;
import be.draaischijf.referral.api.ReferrerDetails;
import be.draaischijf.referral.api.ReferralSummary;
import be.draaischijf.platform.refusal.NotAllowedNow;
import be.draaischijf.referral.api.TimelineEntry;
import be.draaischijf.platform.refusal.NotFound;
import be.draaischijf.referral.api.UnmetNeedDraft;
import be.draaischijf.referral.api.UnmetNeedReason;
import be.draaischijf.referral.api.Urgency;
import be.draaischijf.referral.entity.OfferReferral;
import be.draaischijf.referral.entity.Referral;
import be.draaischijf.testing.TestDatabase;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The referral module's case work on real PostgreSQL and on H2: intake to closed case, scope, audit, conflicts. */
class ReferralModuleDatabaseTest {

    private static final UUID NEW_CASE = UUID.fromString("0b7f4c3e-1d2a-4a51-9e0f-3c1d2b4a5e01");
    private static final UUID OVERDUE_CASE = UUID.fromString("0b7f4c3e-1d2a-4a51-9e0f-3c1d2b4a5e02");
    private static final UUID DEMO_OFFER_REFERRAL = UUID.fromString("5e0a9c21-7d3b-4f6e-8a1c-2b3d4e5f6a03");

    private final CaseWorkFixture module = new CaseWorkFixture();

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aProfessionalsIntakeBecomesANewCaseOnlyTheySeeAndTheyGetAConfirmation(TestDatabase kind) {
        try (EntityManagerFactory emf = demo(kind)) {
            ReferralSummary sent = inTransaction(emf, (EntityManager em) -> module.as("professional").cases(em).submit(intake(true)));

            assertThat(sent.reference()).matches("DS-\\d{4}-0100");
            assertThat(sent.status()).isEqualTo(ReferralStatus.NEW);
            assertThat(sent.ageBand()).isEqualTo(AgeBand.FROM_12_TO_15);
            assertThat(sent.followUpOn()).isAfter(LocalDate.now());
            assertThat(inTransaction(emf, (EntityManager em) -> module.as("professional").cases(em).submittedBy(0, 10)))
                    .extracting(ReferralSummary::reference).containsExactly(sent.reference(), "DS-2026-0001", "DS-2026-0002");
            assertThat(inTransaction(emf, (EntityManager em) -> module.as("professional2").cases(em).submittedBy(0, 10)))
                    .extracting(ReferralSummary::reference).doesNotContain(sent.reference());
            assertThatThrownBy(() -> inTransaction(emf, (EntityManager em) -> module.as("professional2").cases(em).open(sent.id())))
                    .isInstanceOf(NotFound.class);
            assertThatThrownBy(() -> inTransaction(emf, (EntityManager em) -> module.as("partner.depassage").offerReferrals(em).open(sent.id())))
                    .isInstanceOf(NotFound.class);
            CaseDetail own = inTransaction(emf, (EntityManager em) -> module.as("professional").cases(em).open(sent.id()));
            assertThat(own.intake().question()).isEqualTo("Spijbelt vaak; zoekt begeleiding.");
            assertThat(own.timeline()).as("a professional does not read the coordinators' timeline").isEmpty();
            assertThat(own.sharingGround()).isEqualTo(LegalGround.CONSENT);
            assertThat(module.mails).hasSize(2);
            assertThat(module.mails.get(0).to()).containsExactly("leerkracht@example.org");
            assertThat(module.mails.get(0).text()).contains(sent.reference()).doesNotContain("Jongere");
            assertThat(sent.contactPointId()).as("a young person from Kiel: Netsterk Kiel").isEqualTo(CaseWorkFixture.NETSTERK_KIEL);
            assertThat(module.mails.get(1).to()).as("Netsterk's coordinator hears of it").containsExactly("coordinator2@example.org");
            assertThat(module.mails.get(1).text()).contains(sent.reference(), "Netsterk Kiel").doesNotContain("Jongere");
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void anIntakeWithUnknownCodesOrAYoungPersonOver25IsRefusedFieldByField(TestDatabase kind) {
        try (EntityManagerFactory emf = demo(kind)) {
            var bad = with(with(with(with(intake(false), "district", "NERGENS"),
                    "problemAreas", java.util.Set.of("ABSENTEEISM", "ASTROLOGY")),
                    "youngBirthDate", LocalDate.now().minusYears(30)), "referrerSector", "MAGIC");

            assertThatThrownBy(() -> inTransaction(emf, (EntityManager em) -> module.as("professional").cases(em).submit(bad)))
                    .isInstanceOfSatisfying(Invalid.class, e -> assertThat(e.errors()).extracting(FieldError::field)
                            .containsExactlyInAnyOrder("district", "problemAreas", "youngBirthDate", "referrerSector"));
            assertThatThrownBy(() -> inTransaction(emf, (EntityManager em) -> module.as("partner.depassage").cases(em).submit(intake(true))))
                    .isInstanceOf(NotPermitted.class);
            assertThat(inTransaction(emf, (EntityManager em) -> module.as("professional").cases(em).countSubmittedBy())).isEqualTo(2);
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void theWorkbenchFiltersAndPutsOverdueOpenCasesFirst(TestDatabase kind) {
        try (EntityManagerFactory emf = demo(kind)) {
            var first = inTransaction(emf, (EntityManager em) -> module.as("coordinator").cases(em)
                    .workbench(CaseFilter.none(), CaseSort.OVERDUE_FIRST, true, 0, 10));

            assertThat(first).extracting(ReferralSummary::reference)
                    .containsExactly("DS-2026-0002", "DS-2026-0001", "DS-2026-0003", "DS-2026-0004");
            assertThat(first.get(0).overdue()).isTrue();
            assertThat(first.get(3).overdue()).as("a closed case is never overdue").isFalse();
            assertThat(references(emf, new CaseFilter(null, null, null, null, null, null, null, true, false, null))).containsExactly("DS-2026-0002");
            assertThat(references(emf, new CaseFilter(null, "coordinator", null, null, null, null, null, false, true, null))).containsExactly("DS-2026-0002");
            assertThat(references(emf, new CaseFilter(null, null, null, null, "DROPOUT", null, null, false, false, null)))
                    .containsExactlyInAnyOrder("DS-2026-0002", "DS-2026-0004");
            assertThat(references(emf, new CaseFilter(null, null, "KIEL", null, null, Urgency.NORMAL, AgeBand.FROM_16_TO_17, false, false, null)))
                    .containsExactly("DS-2026-0001");
            assertThat(references(emf, new CaseFilter(ReferralStatus.CLOSED, null, null, null, null, null, null, false, false, null)))
                    .containsExactly("DS-2026-0004");
            assertThat(inTransaction(emf, (EntityManager em) -> module.as("coordinator").cases(em)
                    .count(new CaseFilter(null, null, null, null, "DROPOUT", null, null, false, false, null)))).isEqualTo(2);
            assertThatThrownBy(() -> inTransaction(emf, (EntityManager em) -> module.as("professional").cases(em)
                    .workbench(CaseFilter.none(), CaseSort.RECEIVED, false, 0, 10)))
                    .isInstanceOf(NotPermitted.class);
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void theWorkbenchFindsCasesByNameReferenceOrBirthDateAndAuditsEveryCaseItListsWithAName(TestDatabase kind) {
        try (EntityManagerFactory emf = demo(kind)) {
            assertThat(references(emf, search("twee"))).as("part of a last name, any case").containsExactly("DS-2026-0002");
            assertThat(references(emf, search("ds-2026-0003"))).as("a reference in lower case").containsExactly("DS-2026-0003");
            assertThat(references(emf, search("14/3/2010"))).as("a birth date as d/m/yyyy").containsExactly("DS-2026-0001");
            assertThat(references(emf, search("2010-03-14"))).as("a birth date as yyyy-mm-dd").containsExactly("DS-2026-0001");
            assertThat(references(emf, search("Jongere_"))).as("_ is a character, not a wildcard").isEmpty();
            assertThat(inTransaction(emf, (EntityManager em) -> module.as("coordinator").cases(em).count(search("demo jongere"))))
                    .as("first and last name together").isEqualTo(4);

            List<ReferralSummary> listed = inTransaction(emf, (EntityManager em) -> module.as("coordinator2").cases(em)
                    .workbench(search("jongere"), CaseSort.REFERENCE, true, 0, 2));

            assertThat(listed).extracting(ReferralSummary::reference, ReferralSummary::youngFirstName, ReferralSummary::youngLastName)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("DS-2026-0001", "Demo", "Jongere Een"),
                            org.assertj.core.groups.Tuple.tuple("DS-2026-0002", "Demo", "Jongere Twee"));
            for (UUID id : List.of(NEW_CASE, OVERDUE_CASE, UUID.fromString("0b7f4c3e-1d2a-4a51-9e0f-3c1d2b4a5e03"))) {
                List<AuditEntry> log = inTransaction(emf, (EntityManager em) -> module.as("admin").cases(em).audit(id));
                assertThat(log).filteredOn(entry -> "coordinator2".equals(entry.actor()))
                        .as("one line per case listed, none for a case not on the page")
                        .extracting(AuditEntry::action, entry -> entry.message() == null ? null : entry.message().key())
                        .containsExactlyElementsOf(id.equals(NEW_CASE) || id.equals(OVERDUE_CASE)
                                ? List.of(org.assertj.core.groups.Tuple.tuple("READ", "audit.listed")) : List.of());
            }
            assertThat(inTransaction(emf, (EntityManager em) -> module.as("professional").cases(em).submittedBy(0, 10)))
                    .as("no names outside the workbench").allMatch(s -> s.youngFirstName() == null && s.youngLastName() == null);
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aCaseGoesFromIntakeThroughAPartnersAnswersToClosedAndEveryoneSeesOnlyTheirPart(TestDatabase kind) {
        try (EntityManagerFactory emf = demo(kind)) {
            UUID id = inTransaction(emf, (EntityManager em) -> module.as("professional").cases(em).submit(intake(true))).id();
            CaseDetail analysing = change(emf, id, ReferralStatus.IN_ANALYSIS, null);
            assertThat(analysing.coordinator()).as("the coordinator who starts the analysis takes the case").isEqualTo("coordinator");
            assertThat(analysing.next()).contains(ReferralStatus.REFERRED).doesNotContain(ReferralStatus.CLOSED);

            CaseDetail referred = inTransaction(emf, (EntityManager em) -> module.as("coordinator").cases(em)
                    .refer(id, analysing.version(), PASSAGE_OFFER));
            assertThat(referred.status()).isEqualTo(ReferralStatus.REFERRED);
            var sent = referred.offerReferrals().get(0);
            assertThat(sent.status()).isEqualTo(OfferReferralStatus.PROPOSED);
            assertThat(module.mails.get(module.mails.size() - 1).to()).containsExactly("partner.depassage@example.org");

            List<PartnerReferralView> inbox = inTransaction(emf, (EntityManager em) -> module.as("partner.depassage").offerReferrals(em)
                    .forMyOrganisation(0, 10));
            assertThat(inbox).extracting(v -> v.referral().id()).contains(sent.id(), DEMO_OFFER_REFERRAL);
            assertThat(inTransaction(emf, (EntityManager em) -> module.as("partner.other").offerReferrals(em).forMyOrganisation(0, 10))).isEmpty();
            assertThatThrownBy(() -> inTransaction(emf, (EntityManager em) -> module.as("partner.other").offerReferrals(em).open(sent.id())))
                    .isInstanceOf(NotFound.class);
            assertThatThrownBy(() -> inTransaction(emf, (EntityManager em) -> module.as("partner.depassage").cases(em).open(id)))
                    .as("a partner reads the referral, not the case").isInstanceOf(NotFound.class);

            PartnerReferralView accepted = answer(emf, sent.id(), sent.version(), OfferReferralStatus.ACCEPTED, null);
            assertThat(accepted.age()).isEqualTo(14);
            assertThat(module.mails.get(module.mails.size() - 1).to()).as("the case's coordinator hears of the answer")
                    .containsExactly("coordinator@example.org");
            assertThatThrownBy(() -> answer(emf, sent.id(), accepted.referral().version(), OfferReferralStatus.COMPLETED, null))
                    .isInstanceOf(NotAllowedNow.class);
            PartnerReferralView started = answer(emf, sent.id(), accepted.referral().version(), OfferReferralStatus.STARTED, null);
            PartnerReferralView completed = answer(emf, sent.id(), started.referral().version(), OfferReferralStatus.COMPLETED, null);
            assertThat(completed.referral().next()).isEmpty();

            CaseDetail seenByReferrer = inTransaction(emf, (EntityManager em) -> module.as("professional").cases(em).open(id));
            assertThat(seenByReferrer.offerReferrals()).extracting(o -> o.status()).containsExactly(OfferReferralStatus.COMPLETED);

            change(emf, id, ReferralStatus.FOLLOW_UP, null);
            CaseDetail closed = change(emf, id, ReferralStatus.CLOSED, CaseOutcome.BACK_IN_SCHOOL);
            assertThat(closed.outcome()).isEqualTo(CaseOutcome.BACK_IN_SCHOOL);
            assertThat(closed.next()).isEmpty();
            assertThat(closed.timeline()).extracting(TimelineEntry::kind).contains(EventKind.INTAKE, EventKind.STATUS,
                    EventKind.REFERRED, EventKind.PARTNER_ANSWER);
            assertThatThrownBy(() -> change(emf, id, ReferralStatus.IN_ANALYSIS, null)).isInstanceOf(NotAllowedNow.class);
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aPartnersHistoryOfAReferralHoldsTheAnswersToThatReferralOnly(TestDatabase kind) {
        try (EntityManagerFactory emf = demo(kind)) {
            UUID id = inTransaction(emf, (EntityManager em) -> module.as("professional").cases(em).submit(intake(true))).id();
            CaseDetail analysing = change(emf, id, ReferralStatus.IN_ANALYSIS, null);
            CaseDetail referred = inTransaction(emf, (EntityManager em) -> module.as("coordinator").cases(em)
                    .refer(id, analysing.version(), PASSAGE_OFFER));
            UUID dayCentre = referred.offerReferrals().get(0).id();
            // the same organisation's second offer, and an organisation whose name starts like De Passage's
            UUID secondOffer = inTransaction(emf, (EntityManager em) -> referTo(em, id, CaseWorkFixture.PASSAGE,
                    "Huiswerkklas", "De Twee Gezusters – De Passage"));
            UUID lookAlike = inTransaction(emf, (EntityManager em) -> referTo(em, id, CaseWorkFixture.OTHER_ORGANISATION,
                    "Dagcentrum De Passage", "De Twee Gezusters – De Passage, afdeling Kiel"));

            answer(emf, dayCentre, 0, OfferReferralStatus.ACCEPTED, null);
            for (String reason : List.of("OTHER", "MAGIC")) { // deactivated, and not on the list
                assertThatThrownBy(() -> answer(emf, secondOffer, 0, OfferReferralStatus.DECLINED, reason)).as(reason)
                        .isInstanceOfSatisfying(Invalid.class, e -> assertThat(e.errors())
                                .containsExactly(FieldError.of("reason", "referral.offer-referral.reason.unknown")));
            }
            answer(emf, secondOffer, 0, OfferReferralStatus.DECLINED, "NO_CAPACITY");
            inTransaction(emf, (EntityManager em) -> module.as("partner.other").offerReferrals(em)
                    .answer(lookAlike, 0, OfferReferralStatus.DECLINED, "NOT_ELIGIBLE", "te oud"));

            // the history says what happened as a message with its values, said in the reader's language when shown
            assertThat(history(emf, dayCentre, "partner.depassage")).singleElement().satisfies(e -> {
                assertThat(e.message().key()).isEqualTo("event.partnerAnswer");
                assertThat(e.message().values()).contains(EventValue.name("Dagcentrum De Passage"),
                        new EventValue(EventValue.Type.OFFER_STATUS, "ACCEPTED"));
                assertThat(e.text()).isEmpty();
            });
            assertThat(history(emf, secondOffer, "partner.depassage")).singleElement().satisfies(e -> {
                assertThat(e.message().key()).isEqualTo("event.partnerAnswer.reason");
                assertThat(e.message().values()).contains(EventValue.name("Huiswerkklas"),
                        new EventValue(EventValue.Type.DECLINE_REASON, "NO_CAPACITY"));
            });
            assertThat(history(emf, lookAlike, "partner.other")).singleElement().satisfies(e -> {
                assertThat(e.message().values()).contains(EventValue.name("De Twee Gezusters – De Passage, afdeling Kiel"));
                assertThat(e.text()).as("what the partner wrote").isEqualTo("te oud");
            });
            assertThat(history(emf, DEMO_OFFER_REFERRAL, "partner.depassage")).as("no answer yet").isEmpty();
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void thePartnersInboxReadsAPageInThreeQueriesAndEachCoordinatorOnce(TestDatabase kind) {
        try (EntityManagerFactory emf = demo(kind)) {
            for (int i = 0; i < 3; i++) {
                var intake = with(intake(true), "problemAreas", java.util.Set.of("ABSENTEEISM", i == 0 ? "HOME" : "WELLBEING"));
                UUID id = inTransaction(emf, (EntityManager em) -> module.as("professional").cases(em).submit(intake)).id();
                CaseDetail analysing = change(emf, id, ReferralStatus.IN_ANALYSIS, null);
                inTransaction(emf, (EntityManager em) -> module.as("coordinator").cases(em).refer(id, analysing.version(), PASSAGE_OFFER));
            }
            // a first look writes the demo case's first audit line (its audit head made): the page below is a later look
            inTransaction(emf, (EntityManager em) -> module.as("partner.depassage").offerReferrals(em).forMyOrganisation(0, 10));
            Statistics statistics = emf.unwrap(SessionFactory.class).getStatistics();
            statistics.setStatisticsEnabled(true);

            long[] statements = new long[1];
            module.accountLookups.set(0);
            List<PartnerReferralView> inbox = inTransaction(emf, (EntityManager em) -> {
                statistics.clear();
                List<PartnerReferralView> page = module.as("partner.depassage").offerReferrals(em).forMyOrganisation(0, 10);
                statements[0] = statistics.getPrepareStatementCount();
                return page;
            });

            assertThat(inbox).hasSize(4);
            // reading is three queries whatever the page's length; auditing takes each shown case's audit head (ADR 0040)
            assertThat(statements[0]).as("the page, the problem areas and the contact points of all its cases, and each"
                    + " case's audit head").isEqualTo(3 + inbox.stream().map(v -> v.referral().caseReference()).distinct().count());
            assertThat(module.accountLookups).as("the caller, then each of the two coordinators once").hasValue(3);
            assertThat(inbox).extracting(PartnerReferralView::coordinator)
                    .containsOnly("Demo coordinator (coordinator@example.org)", "Demo coordinator2 (coordinator2@example.org)");
            assertThat(inbox).extracting(v -> java.util.Set.copyOf(v.problemAreas())).containsExactlyInAnyOrder(
                    java.util.Set.of("ABSENTEEISM", "HOME"), java.util.Set.of("ABSENTEEISM", "WELLBEING"),
                    java.util.Set.of("ABSENTEEISM", "WELLBEING"), java.util.Set.of("BEHAVIOUR"));
            assertThat(inbox).allSatisfy(v -> assertThat(v.history()).as("the inbox reads no history").isEmpty());
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void nothingGoesToAPartnerWithoutConsentOrARecordedLegalGround(TestDatabase kind) {
        try (EntityManagerFactory emf = demo(kind)) {
            UUID id = inTransaction(emf, (EntityManager em) -> module.as("professional").cases(em).submit(intake(false))).id();
            CaseDetail analysing = change(emf, id, ReferralStatus.IN_ANALYSIS, null);

            assertThatThrownBy(() -> inTransaction(emf, (EntityManager em) -> module.as("coordinator").cases(em)
                    .refer(id, analysing.version(), PASSAGE_OFFER))).isInstanceOf(NotAllowedNow.class);
            assertThat(inTransaction(emf, (EntityManager em) -> module.as("partner.depassage").offerReferrals(em).forMyOrganisation(0, 10)))
                    .extracting(v -> v.referral().caseId()).doesNotContain(id);
            assertThatThrownBy(() -> inTransaction(emf, (EntityManager em) -> module.as("coordinator").cases(em)
                    .recordSharingGround(id, analysing.version(), LegalGround.CONSENT))).isInstanceOf(NotAllowedNow.class);

            CaseDetail grounded = inTransaction(emf, (EntityManager em) -> module.as("coordinator").cases(em)
                    .recordSharingGround(id, analysing.version(), LegalGround.SHARED_PROFESSIONAL_SECRECY));
            CaseDetail referred = inTransaction(emf, (EntityManager em) -> module.as("coordinator").cases(em)
                    .refer(id, grounded.version(), PASSAGE_OFFER));
            assertThat(referred.offerReferrals()).hasSize(1);
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void theSecondOfTwoCoordinatorsEditingTheSameCaseGetsAConflictAndNothingIsOverwritten(TestDatabase kind) {
        try (EntityManagerFactory emf = demo(kind)) {
            int read = inTransaction(emf, (EntityManager em) -> module.as("coordinator").cases(em).open(NEW_CASE)).version();
            change(emf, NEW_CASE, ReferralStatus.IN_ANALYSIS, null);

            // the second coordinator sends the version they read: refused
            assertThatThrownBy(() -> inTransaction(emf, (EntityManager em) -> module.as("coordinator2").cases(em)
                    .assign(NEW_CASE, read, "coordinator2", LocalDate.now().plusDays(3))))
                    .isInstanceOf(ChangedMeanwhile.class);

            // both read before either saved: the database's version check refuses the second
            EntityManager first = emf.createEntityManager();
            EntityManager second = emf.createEntityManager();
            try {
                first.getTransaction().begin();
                second.getTransaction().begin();
                int version = module.as("coordinator").cases(first).open(NEW_CASE).version();
                // the second's copy of the case, read before the first saves (opening it through the module would wait
                // for the first: a read is audited, and a case's audit lines are written one at a time, ADR 0040)
                second.find(Referral.class, NEW_CASE);
                module.as("coordinator").cases(first).assign(NEW_CASE, version, "coordinator", LocalDate.now().plusDays(1));
                first.getTransaction().commit();
                assertThatThrownBy(() -> module.as("coordinator2").cases(second)
                        .assign(NEW_CASE, version, "coordinator2", LocalDate.now().plusDays(9)))
                        .isInstanceOf(ChangedMeanwhile.class);
            } finally {
                if (second.getTransaction().isActive()) {
                    second.getTransaction().rollback();
                }
                first.close();
                second.close();
            }
            CaseDetail kept = inTransaction(emf, (EntityManager em) -> module.as("coordinator").cases(em).open(NEW_CASE));
            assertThat(kept.coordinator()).isEqualTo("coordinator");
            assertThat(kept.followUpOn()).isEqualTo(LocalDate.now().plusDays(1));
            assertThat(kept.status()).isEqualTo(ReferralStatus.IN_ANALYSIS);
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void theAuditLogRecordsEveryReadAndChangeByWhomAndOnlyCoordinatorsReadIt(TestDatabase kind) {
        try (EntityManagerFactory emf = demo(kind)) {
            inTransaction(emf, (EntityManager em) -> module.as("professional").cases(em).open(NEW_CASE));
            inTransaction(emf, (EntityManager em) -> module.as("coordinator2").cases(em).open(NEW_CASE));
            change(emf, NEW_CASE, ReferralStatus.IN_ANALYSIS, null);
            inTransaction(emf, (EntityManager em) -> module.as("coordinator").cases(em)
                    .addNote(NEW_CASE, EventKind.CALL, "Moeder gebeld over het schoolverzuim"));

            List<AuditEntry> log = inTransaction(emf, (EntityManager em) -> module.as("admin").cases(em).audit(NEW_CASE));
            assertThat(log).extracting(entry -> entry.message().key()).contains("audit.caseOpened", "audit.ownCaseViewed",
                    "event.status", "audit.written");
            assertThat(log).as("the audit log says a call was noted, never what was said")
                    .noneSatisfy(entry -> assertThat(entry.message().values().toString() + entry.detail()).contains("Moeder"))
                    .anySatisfy(entry -> assertThat(entry.message())
                            .isEqualTo(EventMessage.of("audit.written", EventValue.of(EventValue.Type.EVENT_KIND, EventKind.CALL))));
            assertThat(log).extracting(AuditEntry::actor, AuditEntry::action).contains(
                    org.assertj.core.groups.Tuple.tuple("professional", "READ"),
                    org.assertj.core.groups.Tuple.tuple("coordinator2", "READ"),
                    org.assertj.core.groups.Tuple.tuple("coordinator", "CHANGE"),
                    org.assertj.core.groups.Tuple.tuple("admin", "READ"));
            assertThatThrownBy(() -> inTransaction(emf, (EntityManager em) -> module.as("professional").cases(em).audit(NEW_CASE)))
                    .isInstanceOf(NotPermitted.class);
            inTransaction(emf, (EntityManager em) -> module.as("partner.depassage").offerReferrals(em).open(DEMO_OFFER_REFERRAL));
            assertThat(inTransaction(emf, (EntityManager em) -> module.as("coordinator").cases(em)
                    .audit(UUID.fromString("0b7f4c3e-1d2a-4a51-9e0f-3c1d2b4a5e03"))))
                    .extracting(AuditEntry::actor).contains("partner.depassage");
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aCaseConferenceIsSeenByItsParticipantsOnlyAndRemindsActionOwnersOnce(TestDatabase kind) {
        try (EntityManagerFactory emf = demo(kind)) {
            int version = inTransaction(emf, (EntityManager em) -> module.as("coordinator").cases(em).open(OVERDUE_CASE)).version();
            ConferenceDraft draft = new ConferenceDraft(LocalDateTime.now().plusDays(7).withNano(0), "Meldpunt, zaal 2",
                    "Geen passend aanbod: samen een plan maken", LegalGround.CASE_CONFERENCE_458TER,
                    List.of(new ConferenceParticipant("Eline", "De Passage", "partner.depassage"),
                            new ConferenceParticipant("Leerkracht", "School", null)),
                    "1. Situatie\n2. Plan", null,
                    // due dates in the module's own time zone (Brussels), so that the hour before midnight UTC counts the same days
                    List.of(new ConferenceAction("Gesprek met ouders", "Eline", "eline@example.org", LocalDate.now(module.clock).plusDays(1), false),
                            new ConferenceAction("Schoolplan", "School", "school@example.org", LocalDate.now(module.clock).plusDays(10), false)));
            ConferenceView planned = inTransaction(emf, (EntityManager em) -> module.as("coordinator").conferences(em).plan(OVERDUE_CASE, version, draft));

            assertThat(inTransaction(emf, (EntityManager em) -> module.as("coordinator").cases(em).open(OVERDUE_CASE)).status())
                    .isEqualTo(ReferralStatus.CASE_CONFERENCE);
            assertThat(inTransaction(emf, (EntityManager em) -> module.as("partner.depassage").conferences(em).open(planned.id()))
                    .conference().actions()).hasSize(2);
            assertThatThrownBy(() -> inTransaction(emf, (EntityManager em) -> module.as("partner.other").conferences(em).open(planned.id())))
                    .isInstanceOf(NotFound.class);
            assertThat(inTransaction(emf, (EntityManager em) -> module.as("partner.depassage").conferences(em).mine()))
                    .extracting(ConferenceView::id).containsExactly(planned.id());
            assertThatThrownBy(() -> inTransaction(emf, (EntityManager em) -> module.as("partner.depassage").conferences(em)
                    .update(planned.id(), planned.version(), draft))).isInstanceOf(NotPermitted.class);

            ConferenceDraft minuted = new ConferenceDraft(draft.heldAt(), draft.place(), draft.purpose(), draft.legalGround(),
                    draft.participants(), draft.agenda(), "Afgesproken: zie acties.", draft.actions());
            ConferenceView written = inTransaction(emf, (EntityManager em) -> module.as("coordinator").conferences(em)
                    .update(planned.id(), planned.version(), minuted));
            assertThat(written.conference().minutes()).isEqualTo("Afgesproken: zie acties.");
            assertThatThrownBy(() -> inTransaction(emf, (EntityManager em) -> module.as("coordinator2").conferences(em)
                    .update(planned.id(), planned.version(), draft))).isInstanceOf(ChangedMeanwhile.class);

            int before = module.mails.size();
            assertThat(inTransaction(emf, (EntityManager em) -> module.conferences(em).remindDueActions())).isEqualTo(1);
            assertThat(inTransaction(emf, (EntityManager em) -> module.conferences(em).remindDueActions())).as("once").isZero();
            assertThat(module.mails.subList(before, module.mails.size())).singleElement()
                    .satisfies(mail -> assertThat(mail.to()).containsExactly("eline@example.org"));
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aReferralWithoutAnAnswerInTimeIsEscalatedToTheCoordinatorOnce(TestDatabase kind) {
        try (EntityManagerFactory emf = demo(kind)) {
            module.clock = Clock.offset(module.clock, Duration.ofDays(10));
            assertThat(inTransaction(emf, (EntityManager em) -> module.offerReferrals(em).escalateOverdue())).isEqualTo(1);
            assertThat(inTransaction(emf, (EntityManager em) -> module.offerReferrals(em).escalateOverdue())).isZero();
            assertThat(module.mails).singleElement().satisfies(mail -> assertThat(mail.to()).containsExactly("coordinator2@example.org"));
            CaseDetail escalated = inTransaction(emf, (EntityManager em) -> module.as("coordinator").cases(em)
                    .open(UUID.fromString("0b7f4c3e-1d2a-4a51-9e0f-3c1d2b4a5e03")));
            assertThat(escalated.timeline()).extracting(TimelineEntry::kind).contains(EventKind.ESCALATED);
            assertThat(escalated.offerReferrals().get(0).replyOverdue()).isTrue();
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aSecondReferralForTheSameYoungPersonIsFlaggedUntilLinkedAndUnmetNeedIsKept(TestDatabase kind) {
        try (EntityManagerFactory emf = demo(kind)) {
            UUID first = inTransaction(emf, (EntityManager em) -> module.as("professional").cases(em).submit(intake(true))).id();
            var again = with(intake(true), "youngFirstName", "TEST");
            UUID second = inTransaction(emf, (EntityManager em) -> module.as("professional2").cases(em).submit(again)).id();

            CaseDetail flagged = inTransaction(emf, (EntityManager em) -> module.as("coordinator").cases(em).open(second));
            assertThat(flagged.possibleDuplicates()).extracting(ReferralSummary::id).containsExactly(first);
            CaseDetail linked = inTransaction(emf, (EntityManager em) -> module.as("coordinator").cases(em).link(second, first));
            assertThat(linked.possibleDuplicates()).isEmpty();
            assertThat(linked.linkedCases()).containsExactly(first);

            CaseDetail analysing = change(emf, second, ReferralStatus.IN_ANALYSIS, null);
            CaseDetail unmet = inTransaction(emf, (EntityManager em) -> module.as("coordinator").cases(em).recordUnmetNeed(second,
                    analysing.version(), new UnmetNeedDraft("ABSENTEEISM", AgeBand.FROM_12_TO_15, "KIEL",
                            UnmetNeedReason.WAITING_TOO_LONG, 14, null)));
            assertThat(unmet.status()).isEqualTo(ReferralStatus.UNMET_NEED);
            assertThat(unmet.unmetNeeds()).singleElement().satisfies(n -> assertThat(n.waitingWeeks()).isEqualTo(14));
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void offersAreMatchedOnTheCasesYoungPersonAndOnlyWhileTheNetworkServesThem(TestDatabase kind) {
        try (EntityManagerFactory emf = demo(kind)) {
            UUID id = inTransaction(emf, (EntityManager em) -> module.as("professional").cases(em).submit(intake(true))).id();

            var matches = inTransaction(emf, (EntityManager em) -> module.as("coordinator").cases(em).matches(id, 10));
            assertThat(matches).extracting(m -> m.offer().id()).containsExactly(PASSAGE_OFFER);
            assertThat(module.matchRequests).singleElement().satisfies(asked -> {
                assertThat(asked.age()).isEqualTo(14);
                assertThat(asked.district()).isEqualTo("KIEL");
                assertThat(asked.problemAreas()).containsExactly("ABSENTEEISM");
            });
            assertThatThrownBy(() -> inTransaction(emf, (EntityManager em) -> module.as("professional").cases(em).matches(id, 10)))
                    .isInstanceOf(NotPermitted.class);

            // twelve years on, the young person is 26: the network's offers are for 0 to 25
            module.clock = Clock.offset(module.clock, Duration.ofDays(12 * 366));
            assertThatThrownBy(() -> inTransaction(emf, (EntityManager em) -> module.as("coordinator").cases(em).matches(id, 10)))
                    .isInstanceOfSatisfying(NotAllowedNow.class,
                            e -> assertThat(e.key()).isEqualTo("referral.case.matches.age-out-of-range"));
            assertThat(module.matchRequests).hasSize(1);
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void generatedDemoCasesFillTheWorkbench(TestDatabase kind) {
        try (EntityManagerFactory emf = demo(kind)) {
            assertThat(inTransaction(emf, (EntityManager em) -> module.cases(em).generateDemoCases(2_000))).isEqualTo(2_004);
            long open = inTransaction(emf, (EntityManager em) -> module.as("coordinator").cases(em)
                    .count(new CaseFilter(null, null, null, null, null, null, null, false, true, null)));
            var page = inTransaction(emf, (EntityManager em) -> module.as("coordinator").cases(em)
                    .workbench(new CaseFilter(null, null, null, null, null, null, null, false, true, null), CaseSort.OVERDUE_FIRST, true, 0, 50));
            assertThat(open).as("a filtered count stops at the limit").isEqualTo(1_000L);
            assertThat(inTransaction(emf, (EntityManager em) -> module.as("coordinator").cases(em).count(CaseFilter.none())))
                    .as("unfiltered is exact").isEqualTo(2_004L);
            assertThat(page).hasSize(50).allMatch(s -> s.status() != ReferralStatus.CLOSED);
            assertThat(page.get(0).overdue()).isTrue();
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void productionSchemaStartsWithoutCases(TestDatabase kind) {
        try (EntityManagerFactory emf = TestDatabase.persistenceUnit("referral", kind.migrated("referral", false))) {
            assertThat(inTransaction(emf, (EntityManager em) -> module.as("coordinator").cases(em).count(CaseFilter.none()))).isZero();
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void theQuestionFormOffersTheReferrerDetailsOfTheCallersOwnLatestQuestionOnly(TestDatabase kind) {
        try (EntityManagerFactory emf = demo(kind)) {
            module.clock = Clock.offset(Clock.system(ZoneId.of("Europe/Brussels")), Duration.ofMinutes(1));
            inTransaction(emf, (EntityManager em) -> module.as("professional").cases(em)
                    .submit(referrer("Eerste Testschool", "EDUCATION", "leerkracht", "03 000 00 11")));
            module.clock = Clock.offset(Clock.system(ZoneId.of("Europe/Brussels")), Duration.ofMinutes(2));
            inTransaction(emf, (EntityManager em) -> module.as("professional").cases(em)
                    .submit(referrer("Jeugdwerk Kiel", "WELFARE", "jeugdwerker", "03 000 00 12")));
            module.clock = Clock.offset(Clock.system(ZoneId.of("Europe/Brussels")), Duration.ofMinutes(3));
            inTransaction(emf, (EntityManager em) -> module.as("professional2").cases(em)
                    .submit(referrer("Ander CLB", "EDUCATION", "CLB-medewerker", null)));

            assertThat(inTransaction(emf, (EntityManager em) -> module.as("professional").cases(em).myLastReferrerDetails()))
                    .as("the later of their two questions, though a colleague sent one since")
                    .contains(new ReferrerDetails("Jeugdwerk Kiel", "WELFARE", "jeugdwerker", "03 000 00 12"));
            assertThat(inTransaction(emf, (EntityManager em) -> module.as("professional2").cases(em).myLastReferrerDetails()))
                    .as("their own, never the other professional's")
                    .contains(new ReferrerDetails("Ander CLB", "EDUCATION", "CLB-medewerker", null));
            assertThat(inTransaction(emf, (EntityManager em) -> module.as("somebody.new").cases(em).myLastReferrerDetails()))
                    .as("nobody else's for someone who sent nothing").isEmpty();
        }
        try (EntityManagerFactory emf = TestDatabase.persistenceUnit("referral", kind.migrated("referral", false))) {
            assertThat(inTransaction(emf, (EntityManager em) -> module.as("professional").cases(em).myLastReferrerDetails()))
                    .as("no question yet").isEmpty();
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void beforeReferringACoordinatorLearnsWhoWillBeToldAndNothingIsSentYet(TestDatabase kind) {
        try (EntityManagerFactory emf = demo(kind)) {
            UUID id = inTransaction(emf, (EntityManager em) -> module.as("professional").cases(em).submit(intake(true))).id();
            int mails = module.mails.size();

            ReferralRecipients told = inTransaction(emf, (EntityManager em) -> module.as("coordinator").cases(em)
                    .whoIsTold(id, PASSAGE_OFFER));

            assertThat(told.offerName()).isEqualTo("Dagcentrum De Passage");
            assertThat(told.organisationName()).isEqualTo("De Twee Gezusters – De Passage");
            assertThat(told.partnerStaff()).as("the staff refer() mails, by name").containsExactly("Demo partner.depassage");
            assertThat(told.referrerName()).isEqualTo("Test Leerkracht");
            assertThat(told.referrerMailed()).isFalse();
            assertThat(told.referrerFollowsOnline()).as("sent by the professional themselves").isTrue();
            assertThat(module.mails).as("nothing sent").hasSize(mails);
            assertThat(inTransaction(emf, (EntityManager em) -> module.as("coordinator").cases(em).open(id)).offerReferrals())
                    .as("nothing referred").isEmpty();
            assertThatThrownBy(() -> inTransaction(emf, (EntityManager em) -> module.as("coordinator").cases(em)
                    .whoIsTold(id, UUID.randomUUID()))).isInstanceOf(Invalid.class);
            assertThatThrownBy(() -> inTransaction(emf, (EntityManager em) -> module.as("professional").cases(em)
                    .whoIsTold(id, PASSAGE_OFFER))).isInstanceOf(NotPermitted.class);
        }
    }

    /** The fixture's intake, sent by a referrer who works here. */
    private static be.draaischijf.referral.api.Intake referrer(String organisation, String sector, String function, String phone) {
        return with(with(with(with(intake(true), "referrerOrganisation", organisation), "referrerSector", sector),
                "referrerFunction", function), "referrerPhone", phone);
    }

    private static EntityManagerFactory demo(TestDatabase kind) {
        return TestDatabase.persistenceUnit("referral", kind.migrated("referral", true));
    }

    private static CaseFilter search(String query) {
        return new CaseFilter(null, null, null, null, null, null, null, false, false, query);
    }

    private List<String> references(EntityManagerFactory emf, CaseFilter filter) {
        return inTransaction(emf, (EntityManager em) -> module.as("coordinator").cases(em).workbench(filter, CaseSort.RECEIVED, false, 0, 50))
                .stream().map(ReferralSummary::reference).toList();
    }

    private CaseDetail change(EntityManagerFactory emf, UUID id, ReferralStatus to, CaseOutcome outcome) {
        int version = inTransaction(emf, (EntityManager em) -> module.as("coordinator").cases(em).open(id)).version();
        return inTransaction(emf, (EntityManager em) -> module.as("coordinator").cases(em).changeStatus(id, version, to, outcome, null));
    }

    private List<TimelineEntry> history(EntityManagerFactory emf, UUID offerReferral, String partner) {
        return inTransaction(emf, (EntityManager em) -> module.as(partner).offerReferrals(em).open(offerReferral)).history();
    }

    /** A referral to an offer the fixture's partner module does not know, written as the module writes one. */
    private static UUID referTo(EntityManager em, UUID caseId, UUID organisation, String offerName, String organisationName) {
        OfferReferral sent = new OfferReferral(em.find(Referral.class, caseId), UUID.randomUUID(), offerName, organisation,
                organisationName, LocalDate.now().plusDays(7), java.time.Instant.now());
        em.persist(sent);
        return sent.getId();
    }

    private PartnerReferralView answer(EntityManagerFactory emf, UUID id, int version, OfferReferralStatus to, String reason) {
        return inTransaction(emf, (EntityManager em) -> module.as("partner.depassage").offerReferrals(em).answer(id, version, to, reason, null));
    }
}

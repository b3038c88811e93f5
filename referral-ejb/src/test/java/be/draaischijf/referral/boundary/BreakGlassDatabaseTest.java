package be.draaischijf.referral.boundary;

import static be.draaischijf.referral.boundary.CaseWorkFixture.intake;
import static be.draaischijf.testing.TestDatabase.inTransaction;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import be.draaischijf.platform.ParameterValidation;
import be.draaischijf.platform.mail.Mailer;
import be.draaischijf.platform.refusal.FieldError;
import be.draaischijf.platform.refusal.Invalid;
import be.draaischijf.platform.refusal.NotAllowedNow;
import be.draaischijf.platform.refusal.NotFound;
import be.draaischijf.platform.refusal.NotPermitted;
import be.draaischijf.referral.api.AuditEntry;
import be.draaischijf.referral.api.CaseAccessGrant;
import be.draaischijf.referral.api.CaseDetail;
import be.draaischijf.referral.api.CaseFilter;
import be.draaischijf.referral.api.CaseSort;
import be.draaischijf.referral.api.EventKind;
import be.draaischijf.referral.api.EventValue;
import be.draaischijf.referral.api.ReferralStatus;
import be.draaischijf.referral.api.ReferralSummary;
import be.draaischijf.referral.api.TimelineEntry;
import be.draaischijf.testing.TestDatabase;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.validation.Validation;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Administrators are not case workers (issue 16, ADR 0042), on real PostgreSQL and on H2: an administrator opens a case
 * only with a written reason, which the case's timeline and its coordinators' mail show and its audit log records
 * without the words; the grant ends after its hours; coordinators work as before.
 */
class BreakGlassDatabaseTest {

    private static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");
    private static final String REASON = "Inzageverzoek van een ouder, ontvangen per brief op het stadskantoor";
    /** The demo data's case DS-2026-0003 and its referral to De Passage. */
    private static final UUID DEMO_CASE = UUID.fromString("0b7f4c3e-1d2a-4a51-9e0f-3c1d2b4a5e03");
    private static final UUID DEMO_OFFER_REFERRAL = UUID.fromString("5e0a9c21-7d3b-4f6e-8a1c-2b3d4e5f6a03");

    private final CaseWorkFixture module = new CaseWorkFixture();
    /** The moment the tests start at, whole seconds, so that an end "8 hours later" is exact. */
    private final Instant start = Instant.now().truncatedTo(ChronoUnit.SECONDS);

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void anAdministratorOpensACaseOnlyWithAWrittenReasonThatTheTimelineAndTheCoordinatorsMailShowAndTheAuditDoesNot(
            TestDatabase kind) {
        try (EntityManagerFactory emf = demo(kind)) {
            at(start);
            ReferralSummary sent = inTransaction(emf, (EntityManager em) -> module.as("professional").cases(em).submit(intake(true)));
            UUID id = sent.id();

            // no grant: the case, its list and a partner's view of it are closed; its counts and audit log are not
            assertThatThrownBy(() -> inTransaction(emf, (EntityManager em) -> module.as("admin").cases(em).open(id)))
                    .isInstanceOfSatisfying(NotPermitted.class,
                            e -> assertThat(e.key()).isEqualTo("referral.case.break-glass-needed"));
            assertThatThrownBy(() -> inTransaction(emf, (EntityManager em) -> module.as("admin").cases(em)
                    .workbench(CaseFilter.none(), CaseSort.RECEIVED, false, 0, 10)))
                    .isInstanceOfSatisfying(NotPermitted.class, e -> assertThat(e.key()).isEqualTo("referral.case-workers-only"));
            assertThatThrownBy(() -> inTransaction(emf, (EntityManager em) -> module.as("admin").cases(em).count(CaseFilter.none())))
                    .isInstanceOf(NotPermitted.class);
            assertThatThrownBy(() -> inTransaction(emf, (EntityManager em) -> module.as("admin").cases(em).matches(id, 10)))
                    .isInstanceOf(NotPermitted.class);
            assertThatThrownBy(() -> inTransaction(emf, (EntityManager em) -> module.as("admin").cases(em)
                    .addNote(id, EventKind.NOTE, "zonder reden bijgeschreven"))).isInstanceOf(NotPermitted.class);
            assertThatThrownBy(() -> inTransaction(emf, (EntityManager em) -> module.as("admin").offerReferrals(em)
                    .open(DEMO_OFFER_REFERRAL))).as("a partner's view of a referral").isInstanceOf(NotFound.class);
            assertThat(inTransaction(emf, (EntityManager em) -> module.as("admin").cases(em).countByStatus(null)))
                    .as("counts are no case contents").containsKey(ReferralStatus.NEW);
            assertThat(inTransaction(emf, (EntityManager em) -> module.as("admin").cases(em).audit(id)))
                    .as("the audit log holds no contents: read without a grant").isNotEmpty();
            assertThat(inTransaction(emf, (EntityManager em) -> module.as("admin").cases(em).liveGrant(id))).isEmpty();

            // a reason too short (also when padded with blanks), or none: refused on the field, nothing granted or sent
            int mailsBefore = module.mails.size();
            for (String tooShort : List.of("even kijken", "   kort   " + " ".repeat(30), "x".repeat(1001))) {
                assertThatThrownBy(() -> inTransaction(emf, (EntityManager em) -> module.as("admin").cases(em).breakGlass(id, tooShort)))
                        .isInstanceOfSatisfying(Invalid.class, e -> assertThat(e.errors())
                                .extracting(FieldError::field, FieldError::key)
                                .containsExactly(tuple("reason", "referral.break-glass.reason.size")));
            }
            assertThatThrownBy(() -> inTransaction(emf, (EntityManager em) -> module.as("admin").cases(em).breakGlass(id, null)))
                    .isInstanceOfSatisfying(Invalid.class, e -> assertThat(e.errors())
                            .extracting(FieldError::field, FieldError::key)
                            .containsExactly(tuple("reason", "referral.break-glass.reason.required")));
            assertThatThrownBy(() -> inTransaction(emf, (EntityManager em) -> module.as("admin").cases(em)
                    .breakGlass(UUID.randomUUID(), REASON))).isInstanceOf(NotFound.class);
            assertThat(module.mails).hasSize(mailsBefore);
            assertThatThrownBy(() -> inTransaction(emf, (EntityManager em) -> module.as("admin").cases(em).open(id)))
                    .isInstanceOf(NotPermitted.class);

            // with a reason: granted for 8 hours
            CaseAccessGrant grant = inTransaction(emf, (EntityManager em) -> module.as("admin").cases(em)
                    .breakGlass(id, "  " + REASON + "\n"));
            assertThat(grant.caseId()).isEqualTo(id);
            assertThat(grant.reference()).isEqualTo(sent.reference());
            assertThat(grant.username()).isEqualTo("admin");
            assertThat(grant.reason()).as("as written, without the blanks around it").isEqualTo(REASON);
            assertThat(grant.grantedAt()).isEqualTo(start);
            assertThat(grant.expiresAt()).isEqualTo(start.plus(Duration.ofHours(CaseWorkFixture.BREAK_GLASS_HOURS)));
            assertThat(inTransaction(emf, (EntityManager em) -> module.as("admin").cases(em).liveGrant(id))).contains(grant);

            // the case opens, whole, with the opening on its timeline: who, until when, and the reason they wrote
            CaseDetail opened = inTransaction(emf, (EntityManager em) -> module.as("admin").cases(em).open(id));
            assertThat(opened.intake().question()).isEqualTo("Spijbelt vaak; zoekt begeleiding.");
            LocalDateTime until = LocalDateTime.ofInstant(grant.expiresAt(), BRUSSELS);
            assertThat(opened.timeline()).filteredOn(entry -> entry.kind() == EventKind.BREAK_GLASS).singleElement()
                    .satisfies(entry -> {
                        assertThat(entry.actor()).isEqualTo("admin");
                        assertThat(entry.message().key()).isEqualTo("event.breakGlass");
                        assertThat(entry.message().values()).containsExactly(EventValue.name("Demo admin"), EventValue.moment(until));
                        assertThat(entry.text()).isEqualTo(REASON);
                    });
            assertThat(inTransaction(emf, (EntityManager em) -> module.as("coordinator2").cases(em).open(id)).timeline())
                    .as("the coordinators see it on the timeline").extracting(TimelineEntry::kind).contains(EventKind.BREAK_GLASS);

            // the audit log: the opening with a written reason, and the reads after it; never the reason's words
            List<AuditEntry> log = inTransaction(emf, (EntityManager em) -> module.as("coordinator").cases(em).audit(id));
            assertThat(log).filteredOn(entry -> "admin".equals(entry.actor()) && entry.message() != null)
                    .extracting(AuditEntry::action, entry -> entry.message().key())
                    .contains(tuple("READ", "audit.breakGlass"), tuple("READ", "audit.caseOpened"));
            assertThat(log).filteredOn(entry -> entry.message() != null && "audit.breakGlass".equals(entry.message().key()))
                    .singleElement().satisfies(entry -> assertThat(entry.message().values()).containsExactly(EventValue.moment(until)));
            assertThat(log).as("the audit log never holds the reason").noneSatisfy(entry -> assertThat(
                    String.valueOf(entry.message() == null ? null : entry.message().values()) + entry.detail())
                    .contains("Inzageverzoek"));

            // the case's coordinators hear of it: nobody has the case yet, so Netsterk Kiel's, its contact point
            List<Mailer.Mail> told = module.mails.subList(mailsBefore, module.mails.size());
            assertThat(told).singleElement().satisfies(mail -> {
                assertThat(mail.to()).containsExactly("coordinator2@example.org");
                assertThat(mail.subject()).contains(sent.reference());
                assertThat(mail.text()).contains("Demo admin", REASON, "/meldpunt/dossiers/" + id)
                        .doesNotContain("Jongere").doesNotContain("Spijbelt");
            });

            // with the grant the administrator may work on the case; another case stays closed
            assertThat(inTransaction(emf, (EntityManager em) -> module.as("admin").cases(em).matches(id, 10))).isNotEmpty();
            assertThatThrownBy(() -> inTransaction(emf, (EntityManager em) -> module.as("admin").cases(em).open(DEMO_CASE)))
                    .as("a grant is for one case").isInstanceOf(NotPermitted.class);
            assertThatThrownBy(() -> inTransaction(emf, (EntityManager em) -> module.as("admin").cases(em)
                    .workbench(CaseFilter.none(), CaseSort.RECEIVED, false, 0, 10)))
                    .as("the workbench, grant or not").isInstanceOf(NotPermitted.class);
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void theCasesOwnCoordinatorIsToldAndTheGrantEndsAfterItsHours(TestDatabase kind) {
        try (EntityManagerFactory emf = demo(kind)) {
            at(start);
            UUID id = inTransaction(emf, (EntityManager em) -> module.as("professional").cases(em).submit(intake(true))).id();
            int version = inTransaction(emf, (EntityManager em) -> module.as("coordinator").cases(em).open(id)).version();
            inTransaction(emf, (EntityManager em) -> module.as("coordinator").cases(em)
                    .changeStatus(id, version, ReferralStatus.IN_ANALYSIS, null, null));
            int mailsBefore = module.mails.size();

            CaseAccessGrant grant = inTransaction(emf, (EntityManager em) -> module.as("admin").cases(em).breakGlass(id, REASON));

            assertThat(module.mails.subList(mailsBefore, module.mails.size())).singleElement()
                    .satisfies(mail -> assertThat(mail.to()).as("the coordinator who took the case").containsExactly("coordinator@example.org"));

            // a second before the end the case is open; at the end it is closed again, and the page asks anew
            at(grant.expiresAt().minusSeconds(1));
            CaseDetail stillOpen = inTransaction(emf, (EntityManager em) -> module.as("admin").cases(em).open(id));
            assertThat(stillOpen.status()).isEqualTo(ReferralStatus.IN_ANALYSIS);
            CaseDetail changed = inTransaction(emf, (EntityManager em) -> module.as("admin").cases(em)
                    .addNote(id, EventKind.NOTE, "Gegevens opgezocht voor het inzageverzoek"));
            assertThat(changed.timeline()).extracting(TimelineEntry::actor).contains("admin");

            at(grant.expiresAt());
            assertThatThrownBy(() -> inTransaction(emf, (EntityManager em) -> module.as("admin").cases(em).open(id)))
                    .isInstanceOfSatisfying(NotPermitted.class,
                            e -> assertThat(e.key()).isEqualTo("referral.case.break-glass-needed"));
            assertThatThrownBy(() -> inTransaction(emf, (EntityManager em) -> module.as("admin").cases(em)
                    .changeStatus(id, changed.version(), ReferralStatus.ADVICE, null, null))).isInstanceOf(NotPermitted.class);
            assertThat(inTransaction(emf, (EntityManager em) -> module.as("admin").cases(em).liveGrant(id))).isEmpty();

            // a new reason opens it again, with a new end
            CaseAccessGrant again = inTransaction(emf, (EntityManager em) -> module.as("admin").cases(em)
                    .breakGlass(id, "Het inzageverzoek is nog niet volledig beantwoord"));
            assertThat(again.expiresAt()).isAfter(grant.expiresAt());
            assertThat(inTransaction(emf, (EntityManager em) -> module.as("admin").cases(em).open(id)).id()).isEqualTo(id);
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void coordinatorsProfessionalsAndPartnersWorkAsBefore(TestDatabase kind) {
        try (EntityManagerFactory emf = demo(kind)) {
            at(start);
            UUID id = inTransaction(emf, (EntityManager em) -> module.as("professional").cases(em).submit(intake(true))).id();

            assertThat(inTransaction(emf, (EntityManager em) -> module.as("coordinator").cases(em).open(id)).timeline())
                    .as("a coordinator needs no reason").isNotEmpty();
            assertThat(inTransaction(emf, (EntityManager em) -> module.as("coordinator").cases(em)
                    .workbench(CaseFilter.none(), CaseSort.RECEIVED, false, 0, 10))).extracting(ReferralSummary::id).contains(id);
            assertThatThrownBy(() -> inTransaction(emf, (EntityManager em) -> module.as("coordinator").cases(em).breakGlass(id, REASON)))
                    .as("nor may break glass").isInstanceOfSatisfying(NotAllowedNow.class,
                            e -> assertThat(e.key()).isEqualTo("referral.break-glass.not-needed"));
            assertThat(inTransaction(emf, (EntityManager em) -> module.as("professional").cases(em).open(id)).intake().question())
                    .as("a professional reads their own question").isEqualTo("Spijbelt vaak; zoekt begeleiding.");
            assertThatThrownBy(() -> inTransaction(emf, (EntityManager em) -> module.as("professional2").cases(em).open(id)))
                    .isInstanceOf(NotFound.class);
            assertThat(inTransaction(emf, (EntityManager em) -> module.as("partner.depassage").offerReferrals(em)
                    .open(DEMO_OFFER_REFERRAL)).referral().id()).isEqualTo(DEMO_OFFER_REFERRAL);
            assertThat(inTransaction(emf, (EntityManager em) -> module.as("coordinator").cases(em).audit(id)))
                    .extracting(AuditEntry::actor).doesNotContain("admin");
        }
    }

    @Test
    void theApiAsksForTwentyToAThousandCharactersOfReasonForScreensAndRestAlike() throws NoSuchMethodException {
        var validator = Validation.buildDefaultValidatorFactory().getValidator();
        var method = ReferralCasesBean.class.getMethod("breakGlass", UUID.class, String.class);

        assertThat(ParameterValidation.invalid(validator.forExecutables().validateParameters(new ReferralCasesBean(), method,
                new Object[] {UUID.randomUUID(), "te kort"})).errors())
                .extracting(FieldError::field, FieldError::key, FieldError::arguments)
                .containsExactly(tuple("reason", "referral.break-glass.reason.size", java.util.Map.of("min", 20, "max", 1000)));
        assertThat(ParameterValidation.invalid(validator.forExecutables().validateParameters(new ReferralCasesBean(), method,
                new Object[] {UUID.randomUUID(), null})).errors())
                .extracting(FieldError::field, FieldError::key)
                .containsExactly(tuple("reason", "referral.break-glass.reason.required"));
        assertThat(validator.forExecutables().validateParameters(new ReferralCasesBean(), method,
                new Object[] {UUID.randomUUID(), REASON})).isEmpty();
    }

    /** The module's clock stands still at this moment (Brussels), for what follows. */
    private void at(Instant moment) {
        module.clock = Clock.fixed(moment, BRUSSELS);
    }

    private static EntityManagerFactory demo(TestDatabase kind) {
        return TestDatabase.persistenceUnit("referral", kind.migrated("referral", true));
    }
}

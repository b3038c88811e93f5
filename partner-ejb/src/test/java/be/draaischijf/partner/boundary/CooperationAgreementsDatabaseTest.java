package be.draaischijf.partner.boundary;

import static be.draaischijf.testing.TestDatabase.inTransaction;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import be.draaischijf.partner.api.AgreementDraft;
import be.draaischijf.partner.api.AgreementParty;
import be.draaischijf.partner.api.AgreementPartyView;
import be.draaischijf.partner.api.AgreementStatus;
import be.draaischijf.partner.api.AgreementSummary;
import be.draaischijf.partner.api.AgreementView;
import be.draaischijf.platform.ParameterValidation;
import be.draaischijf.platform.PdfFile;
import be.draaischijf.platform.mail.Mailer;
import be.draaischijf.platform.refusal.ChangedMeanwhile;
import be.draaischijf.platform.refusal.FieldError;
import be.draaischijf.platform.refusal.Invalid;
import be.draaischijf.platform.refusal.NotAllowedNow;
import be.draaischijf.platform.refusal.NotFound;
import be.draaischijf.platform.refusal.NotPermitted;
import be.draaischijf.testing.TestDatabase;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.validation.Validation;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Cooperation agreements: coordinators keep them with their signed document, see the ones ending within three months
 * first, the parties' contact persons are reminded once before the end, and a partner's page shows the ones in force.
 */
class CooperationAgreementsDatabaseTest {

    static final UUID ARKTOS = UUID.fromString("e444453e-ef0f-54ed-ac23-6e5af3a5ffbc");
    static final UUID ELEGAST = UUID.fromString("87b7428c-50dc-51ef-bbeb-e2bec2af255f");
    static final UUID XSTRA = UUID.fromString("d878d442-ff75-5e2b-8ada-0b32637f51ae");
    static final Clock TODAY = Clock.fixed(Instant.parse("2026-03-02T08:00:00Z"), ZoneId.of("Europe/Brussels"));
    static final LocalDate DAY = LocalDate.of(2026, 3, 2);
    static final byte[] PDF = ("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n")
            .getBytes(StandardCharsets.ISO_8859_1);

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aCoordinatorRecordsAnAgreementWithItsContactPersonsAndItsSignedDocument(TestDatabase kind) {
        try (EntityManagerFactory emf = directory(kind)) {
            AgreementView created = inTransaction(emf, (EntityManager em) -> agreements(em, "coordinator", TODAY)
                    .create(draft(AgreementStatus.DRAFT, DAY.plusYears(2), network(), arktos())));
            assertThat(created.parties()).extracting(AgreementPartyView::organisationName, AgreementPartyView::contactName,
                            AgreementPartyView::contactEmail)
                    .containsExactly(tuple(null, "Sara (fictief)", "meldpunt@draaischijf.example.org"),
                            tuple("Arktos", "Lotte (fictief)", "netwerk@arktos.example.org"));
            assertThat(created.parties().get(0).network()).isTrue();
            assertThat(created.hasDocument()).isFalse();

            assertThatThrownBy(() -> inTransaction(emf, (EntityManager em) -> agreements(em, "coordinator", TODAY)
                    .attachDocument(created.id(), new PdfFile("overeenkomst.pdf", "geen pdf".getBytes(StandardCharsets.UTF_8)))))
                    .isInstanceOfSatisfying(Invalid.class, e -> assertThat(e.errors())
                            .containsExactly(FieldError.of("document", "draaischijf.file.not-pdf")));
            AgreementView signed = inTransaction(emf, (EntityManager em) -> agreements(em, "admin", TODAY)
                    .attachDocument(created.id(), new PdfFile("/tmp/overeenkomst arktos", PDF)));
            assertThat(signed.documentName()).isEqualTo("overeenkomst arktos.pdf");
            assertThat(signed.documentSize()).isEqualTo(PDF.length);
            assertThat(inTransaction(emf, (EntityManager em) -> agreements(em, "coordinator", TODAY).document(created.id()).content()))
                    .isEqualTo(PDF);
            assertThat(inTransaction(emf, (EntityManager em) -> agreements(em, "coordinator", TODAY).list(0, 50)))
                    .extracting(AgreementView::id, AgreementView::documentName)
                    .containsExactly(tuple(created.id(), "overeenkomst arktos.pdf"));
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void theEndComesAfterTheStartEachPartyOnceAndKnownAndTheStatusOnlyGoesForward(TestDatabase kind) {
        try (EntityManagerFactory emf = directory(kind)) {
            AgreementDraft backwards = new AgreementDraft(List.of(network(), arktos(), arktos(),
                    new AgreementParty(UUID.fromString("00000000-0000-0000-0000-00000000dead"), "Niemand", "niemand@example.org", null)),
                    "Samen sterk", DAY, DAY.minusDays(1), AgreementStatus.ACTIVE, 0);
            assertThatThrownBy(() -> inTransaction(emf, (EntityManager em) -> agreements(em, "coordinator", TODAY).create(backwards)))
                    .isInstanceOfSatisfying(Invalid.class, e -> assertThat(e.errors()).extracting(FieldError::field, FieldError::key)
                            .containsExactly(tuple("endsOn", "partner.agreement.ends-on.after-start"),
                                    tuple("parties", "partner.agreement.parties.twice"),
                                    tuple("parties", "partner.agreement.party.unknown"),
                                    tuple("status", "partner.agreement.status.active-past-end")));

            AgreementView active = inTransaction(emf, (EntityManager em) -> agreements(em, "coordinator", TODAY)
                    .create(draft(AgreementStatus.ACTIVE, DAY.plusYears(1), network(), arktos())));
            assertThatThrownBy(() -> inTransaction(emf, (EntityManager em) -> agreements(em, "coordinator", TODAY)
                    .update(active.id(), draft(AgreementStatus.DRAFT, DAY.plusYears(1), active.version(), network(), arktos()))))
                    .isInstanceOfSatisfying(Invalid.class, e -> assertThat(e.errors()).containsExactly(new FieldError("status",
                            "partner.agreement.status.not-back",
                            Map.<String, java.io.Serializable>of("from", AgreementStatus.ACTIVE, "to", AgreementStatus.DRAFT))));
            assertThatThrownBy(() -> inTransaction(emf, (EntityManager em) -> {
                agreements(em, "coordinator", TODAY).delete(active.id());
                return null;
            })).as("an active agreement is ended, not removed").isInstanceOf(NotAllowedNow.class);

            AgreementView extended = inTransaction(emf, (EntityManager em) -> agreements(em, "admin", TODAY)
                    .update(active.id(), draft(AgreementStatus.ACTIVE, DAY.plusYears(3), active.version(), network(), arktos(), elegast())));
            assertThat(extended.parties()).extracting(AgreementPartyView::organisationName).containsExactly(null, "Arktos", "Elegast");
            assertThatThrownBy(() -> inTransaction(emf, (EntityManager em) -> agreements(em, "coordinator", TODAY)
                    .update(active.id(), draft(AgreementStatus.ENDED, DAY.plusYears(3), active.version(), network(), arktos()))))
                    .as("a second change from the version read before").isInstanceOf(ChangedMeanwhile.class);

            AgreementView draft = inTransaction(emf, (EntityManager em) -> agreements(em, "coordinator", TODAY)
                    .create(draft(AgreementStatus.DRAFT, DAY.plusYears(1), network(), elegast())));
            inTransaction(emf, (EntityManager em) -> {
                agreements(em, "coordinator", TODAY).delete(draft.id());
                return null;
            });
            assertThatThrownBy(() -> inTransaction(emf, (EntityManager em) -> agreements(em, "coordinator", TODAY).get(draft.id())))
                    .isInstanceOf(NotFound.class);

            assertThatThrownBy(() -> inTransaction(emf, (EntityManager em) -> agreements(em, "partner.arktos", TODAY).list(0, 50)))
                    .as("partner staff do not keep the agreements").isInstanceOf(NotPermitted.class);
            assertThatThrownBy(() -> inTransaction(emf, (EntityManager em) -> agreements(em, "partner.arktos", TODAY)
                    .create(draft(AgreementStatus.DRAFT, DAY.plusYears(1), network(), arktos())))).isInstanceOf(NotPermitted.class);
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void theAgreementsEndingWithinThreeMonthsComeFirstAndAnActiveOnePastItsEndIsEnded(TestDatabase kind) {
        try (EntityManagerFactory emf = directory(kind)) {
            UUID later = create(emf, AgreementStatus.ACTIVE, DAY.plusDays(200), arktos());
            UUID soon = create(emf, AgreementStatus.ACTIVE, DAY.plusDays(80), elegast());
            UUID soonest = create(emf, AgreementStatus.ACTIVE, DAY.plusDays(10), xstra());
            UUID draft = create(emf, AgreementStatus.DRAFT, DAY.plusDays(5), arktos());
            UUID ended = create(emf, AgreementStatus.ENDED, DAY.plusDays(1), elegast());

            List<AgreementView> listed = inTransaction(emf, (EntityManager em) -> agreements(em, "coordinator", TODAY).list(0, 50));
            assertThat(listed).extracting(AgreementView::id, AgreementView::endingSoon, AgreementView::status).containsExactly(
                    tuple(soonest, true, AgreementStatus.ACTIVE), tuple(soon, true, AgreementStatus.ACTIVE),
                    tuple(later, false, AgreementStatus.ACTIVE), tuple(draft, false, AgreementStatus.DRAFT),
                    tuple(ended, false, AgreementStatus.ENDED));
            assertThat(inTransaction(emf, (EntityManager em) -> agreements(em, "coordinator", TODAY).list(1, 2)))
                    .as("a page of it").extracting(AgreementView::id).containsExactly(soon, later);
            assertThat(inTransaction(emf, (EntityManager em) -> agreements(em, "coordinator", TODAY).count())).isEqualTo(5);

            // eleven days on: the soonest is past its end, so it is ended, also before the morning run records it
            Clock elevenDaysOn = Clock.offset(TODAY, Duration.ofDays(11));
            AgreementView past = inTransaction(emf, (EntityManager em) -> agreements(em, "coordinator", elevenDaysOn).get(soonest));
            assertThat(past.status()).isEqualTo(AgreementStatus.ENDED);
            assertThat(past.endingSoon()).isFalse();
            assertThat(inTransaction(emf, (EntityManager em) -> agreements(em, "coordinator", elevenDaysOn).list(0, 50)))
                    .extracting(AgreementView::id).endsWith(soonest);
            assertThat(inTransaction(emf, (EntityManager em) -> agreements(em, null, elevenDaysOn).activeOf(XSTRA))).isEmpty();
            List<Mailer.Mail> mails = new ArrayList<>();
            inTransaction(emf, (EntityManager em) -> reminders(em, elevenDaysOn, mails).sendDue());
            assertThat(inTransaction(emf, (EntityManager em) -> em.createQuery(
                    "select a.status from CooperationAgreement a where a.id = :id", AgreementStatus.class)
                    .setParameter("id", soonest).getSingleResult())).as("recorded as ended").isEqualTo(AgreementStatus.ENDED);
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void theContactPersonsAreRemindedOnceBeforeTheEndAndAgainForANewEndDate(TestDatabase kind) {
        try (EntityManagerFactory emf = directory(kind)) {
            UUID due = create(emf, AgreementStatus.ACTIVE, DAY.plusDays(30), arktos());
            create(emf, AgreementStatus.ACTIVE, DAY.plusDays(100), elegast());
            create(emf, AgreementStatus.DRAFT, DAY.plusDays(10), xstra());
            List<Mailer.Mail> mails = new ArrayList<>();

            assertThat(inTransaction(emf, (EntityManager em) -> reminders(em, TODAY, mails).sendDue())).isEqualTo(1);
            Mailer.Mail mail = mails.get(0);
            assertThat(mail.to()).containsExactly("meldpunt@draaischijf.example.org", "netwerk@arktos.example.org");
            assertThat(mail.subject()).isEqualTo("Draaischijf: samenwerkingsverband loopt af op 1 april 2026"
                    + " / Cooperation agreement ends on 1 April 2026");
            assertThat(mail.text()).contains("Samen jongeren opvolgen").contains("het netwerk (Centraal Meldpunt)")
                    .contains("Arktos, contactpersoon Lotte (fictief)")
                    .contains("http://localhost:8080/meldpunt/samenwerkingsverbanden?id=" + due);

            assertThat(inTransaction(emf, (EntityManager em) -> reminders(em, TODAY, mails).sendDue()))
                    .as("the same day again: nothing").isZero();
            assertThat(inTransaction(emf, (EntityManager em) -> reminders(em, Clock.offset(TODAY, Duration.ofDays(5)), mails)
                    .sendDue())).as("nor on a later day").isZero();
            AgreementView reminded = inTransaction(emf, (EntityManager em) -> agreements(em, "coordinator", TODAY).get(due));
            assertThat(reminded.remindedOn()).isEqualTo(DAY);

            inTransaction(emf, (EntityManager em) -> agreements(em, "coordinator", TODAY)
                    .update(due, draft(AgreementStatus.ACTIVE, DAY.plusDays(45), reminded.version(), network(), arktos())));
            assertThat(inTransaction(emf, (EntityManager em) -> reminders(em, TODAY, mails).sendDue()))
                    .as("a new end date: a new reminder").isEqualTo(1);
            assertThat(mails).hasSize(2);
            assertThat(mails.get(1).subject()).contains("16 april 2026");
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aPartnersPageShowsTheAgreementsInForceItIsAPartyTo(TestDatabase kind) {
        try (EntityManagerFactory emf = directory(kind)) {
            UUID inForce = create(emf, AgreementStatus.ACTIVE, DAY.plusYears(1), arktos(), elegast());
            create(emf, AgreementStatus.DRAFT, DAY.plusYears(1), arktos());
            create(emf, AgreementStatus.ENDED, DAY.plusDays(3), arktos());
            create(emf, AgreementStatus.ACTIVE, DAY.plusYears(1), xstra());

            List<AgreementSummary> shown = inTransaction(emf, (EntityManager em) -> agreements(em, null, TODAY).activeOf(ARKTOS));
            assertThat(shown).extracting(AgreementSummary::id).containsExactly(inForce);
            assertThat(shown.get(0).parties()).extracting(AgreementSummary.PartyName::organisationName)
                    .containsExactly(null, "Arktos", "Elegast");
            assertThat(shown.get(0).purpose()).isEqualTo("Samen jongeren opvolgen");
            assertThat(shown.get(0).endsOn()).isEqualTo(DAY.plusYears(1));
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void theDemoHasAnAgreementWithXStraEndingSoon(TestDatabase kind) {
        try (EntityManagerFactory emf = TestDatabase.persistenceUnit("partner", kind.migrated("partner", true))) {
            AgreementView first = inTransaction(emf, (EntityManager em) -> agreements(em, "coordinator", Clock.systemDefaultZone())
                    .list(0, 50)).get(0);
            assertThat(first.endingSoon()).isTrue();
            assertThat(first.parties()).extracting(AgreementPartyView::organisationName).containsExactly(null, "X-Stra!");
        }
    }

    @Test
    void anAgreementNeedsTwoPartiesWithTheirContactsAPurposeAPeriodAndAStatus() throws Exception {
        var validator = Validation.buildDefaultValidatorFactory().getValidator();
        var method = CooperationAgreementsBean.class.getMethod("create", AgreementDraft.class);

        assertThat(ParameterValidation.invalid(validator.forExecutables().validateParameters(new CooperationAgreementsBean(), method,
                new Object[] {new AgreementDraft(List.of(new AgreementParty(ARKTOS, " ", "geen adres", "12")), " ", null, null, null, 0)}))
                .errors())
                .extracting(FieldError::field, FieldError::key)
                .containsExactly(
                        tuple("endsOn", "partner.agreement.ends-on.required"),
                        tuple("parties", "partner.agreement.parties.size"),
                        tuple("parties.contactEmail", "draaischijf.email"),
                        tuple("parties.contactName", "partner.agreement.contact.name.required"),
                        tuple("parties.contactPhone", "draaischijf.phone"),
                        tuple("purpose", "partner.agreement.purpose.required"),
                        tuple("startsOn", "partner.agreement.starts-on.required"),
                        tuple("status", "partner.agreement.status.required"));
    }

    /** The demo directory (its organisations and accounts) without the demo agreements, for counts that are exact. */
    private static EntityManagerFactory directory(TestDatabase kind) {
        DataSource database = kind.migrated("partner", true);
        TestDatabase.execute(database, "delete from cooperation_agreement");
        return TestDatabase.persistenceUnit("partner", database);
    }

    private static UUID create(EntityManagerFactory emf, AgreementStatus status, LocalDate endsOn, AgreementParty... partners) {
        List<AgreementParty> parties = new ArrayList<>(List.of(network()));
        parties.addAll(List.of(partners));
        return inTransaction(emf, (EntityManager em) -> agreements(em, "coordinator", TODAY)
                .create(new AgreementDraft(parties, "Samen jongeren opvolgen", LocalDate.of(2025, 1, 1), endsOn, status, 0))).id();
    }

    private static AgreementDraft draft(AgreementStatus status, LocalDate endsOn, AgreementParty... parties) {
        return draft(status, endsOn, 0, parties);
    }

    private static AgreementDraft draft(AgreementStatus status, LocalDate endsOn, int version, AgreementParty... parties) {
        return new AgreementDraft(List.of(parties), "Samen jongeren opvolgen", LocalDate.of(2025, 1, 1), endsOn, status, version);
    }

    static AgreementParty network() {
        return new AgreementParty(null, "Sara (fictief)", "meldpunt@draaischijf.example.org", null);
    }

    static AgreementParty arktos() {
        return new AgreementParty(ARKTOS, "Lotte (fictief)", "netwerk@arktos.example.org", "03 000 00 00");
    }

    static AgreementParty elegast() {
        return new AgreementParty(ELEGAST, "Milan (fictief)", "netwerk@elegast.example.org", null);
    }

    static AgreementParty xstra() {
        return new AgreementParty(XSTRA, "Jonas (fictief)", "netwerk@xstra.example.org", null);
    }

    static CooperationAgreementsBean agreements(EntityManager em, String caller, Clock clock) {
        CooperationAgreementsBean bean = new CooperationAgreementsBean();
        bean.em = em;
        bean.caller = caller == null ? be.draaischijf.platform.security.Caller.of(null) : DemoAccounts.caller(caller);
        bean.clock = clock;
        return bean;
    }

    /** The morning run on this day, its mails collected instead of queued in the platform's outbox. */
    static AgreementRemindersBean reminders(EntityManager em, Clock clock, List<Mailer.Mail> mails) {
        AgreementRemindersBean bean = new AgreementRemindersBean();
        bean.em = em;
        bean.reminderDays = 60;
        bean.baseUrl = "http://localhost:8080/";
        bean.clock = clock;
        bean.outbox = (module, queued) -> mails.addAll(queued);
        return bean;
    }
}

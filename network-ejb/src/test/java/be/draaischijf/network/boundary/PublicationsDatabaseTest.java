package be.draaischijf.network.boundary;

import static be.draaischijf.testing.TestDatabase.inTransaction;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import be.draaischijf.network.api.PublicationAudience;
import be.draaischijf.network.api.PublicationDraft;
import be.draaischijf.network.api.PublicationView;
import be.draaischijf.platform.ParameterValidation;
import be.draaischijf.platform.PdfFile;
import be.draaischijf.platform.refusal.ChangedMeanwhile;
import be.draaischijf.platform.refusal.FieldError;
import be.draaischijf.platform.refusal.Invalid;
import be.draaischijf.platform.refusal.NotFound;
import be.draaischijf.platform.refusal.NotPermitted;
import be.draaischijf.platform.security.Caller;
import be.draaischijf.testing.TestDatabase;
import db.demo.network.R__demo_publications;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.validation.Validation;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The network's publications: coordinators publish PDFs (checked by their content, at most 20 MB) that everyone reads,
 * or only people who are logged in; nobody reads what they may not, and a list never needs the file.
 */
class PublicationsDatabaseTest {

    static final Caller ANONYMOUS = Caller.of(null);
    static final Caller COORDINATOR = Caller.of("coordinator", "COORDINATOR");
    static final Caller ADMIN = Caller.of("admin", "ADMIN");
    static final Caller PROFESSIONAL = Caller.of("professional", "PROFESSIONAL");
    static final byte[] PDF = R__demo_publications.pdf(List.of("Jaarverslag 2025 (test)"));

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aCoordinatorPublishesAPdfThatEveryoneListsAndDownloads(TestDatabase kind) {
        try (EntityManagerFactory emf = network(kind, false)) {
            PublicationView published = inTransaction(emf, (EntityManager em) -> publications(em, COORDINATOR)
                    .create(draft("Jaarverslag 2025", PublicationAudience.PUBLIC, 0), new PdfFile("C:\\stukken\\jaarverslag 2025.pdf", PDF)));

            assertThat(published.fileName()).as("the name without its folder").isEqualTo("jaarverslag 2025.pdf");
            assertThat(published.fileSize()).isEqualTo(PDF.length);
            assertThat(inTransaction(emf, (EntityManager em) -> publications(em, ANONYMOUS).list(0, 20)))
                    .extracting(PublicationView::title).containsExactly("Jaarverslag 2025");
            PdfFile downloaded = inTransaction(emf, (EntityManager em) -> publications(em, ANONYMOUS).file(published.id()));
            assertThat(downloaded.content()).isEqualTo(PDF);
            assertThat(downloaded.fileName()).isEqualTo("jaarverslag 2025.pdf");
            assertThat(inTransaction(emf, (EntityManager em) -> publications(em, ANONYMOUS).latestPublic(3)))
                    .extracting(PublicationView::id).containsExactly(published.id());
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void onlyPeopleWhoAreLoggedInReadThePublicationsForProfessionals(TestDatabase kind) {
        try (EntityManagerFactory emf = network(kind, false)) {
            PublicationView open = inTransaction(emf, (EntityManager em) -> publications(em, COORDINATOR)
                    .create(draft("Beleidsnota", PublicationAudience.PUBLIC, 0), new PdfFile("nota.pdf", PDF)));
            PublicationView closed = inTransaction(emf, (EntityManager em) -> publications(em, ADMIN)
                    .create(draft("Werkwijze casusoverleg", PublicationAudience.PROFESSIONALS, 0), new PdfFile("werkwijze.pdf", PDF)));

            assertThat(inTransaction(emf, (EntityManager em) -> publications(em, ANONYMOUS).list(0, 20)))
                    .extracting(PublicationView::id).containsExactly(open.id());
            assertThat(inTransaction(emf, (EntityManager em) -> publications(em, ANONYMOUS).count())).isEqualTo(1);
            assertThat(inTransaction(emf, (EntityManager em) -> publications(em, ANONYMOUS).find(closed.id()))).isEmpty();
            assertThatThrownBy(() -> inTransaction(emf, (EntityManager em) -> publications(em, ANONYMOUS).file(closed.id())))
                    .as("its file cannot be guessed either").isInstanceOf(NotFound.class);
            assertThat(inTransaction(emf, (EntityManager em) -> publications(em, ANONYMOUS).latestPublic(3)))
                    .as("the home page shows public ones only").extracting(PublicationView::id).containsExactly(open.id());

            assertThat(inTransaction(emf, (EntityManager em) -> publications(em, PROFESSIONAL).list(0, 20)))
                    .extracting(PublicationView::id).containsExactlyInAnyOrder(open.id(), closed.id());
            assertThat(inTransaction(emf, (EntityManager em) -> publications(em, PROFESSIONAL).file(closed.id())).content())
                    .isEqualTo(PDF);
            assertThat(inTransaction(emf, (EntityManager em) -> publications(em, PROFESSIONAL).latestPublic(3)))
                    .extracting(PublicationView::id).containsExactly(open.id());
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aFileIsAcceptedOnlyWhenItsContentIsAPdfOfAtMostTwentyMegabytes(TestDatabase kind) {
        try (EntityManagerFactory emf = network(kind, false)) {
            byte[] text = "Dit is geen PDF, al heet het zo.".getBytes(StandardCharsets.UTF_8);
            byte[] tooLarge = new byte[PdfFile.MAX_BYTES + 1];
            System.arraycopy(PDF, 0, tooLarge, 0, PDF.length);

            assertThatThrownBy(() -> inTransaction(emf, (EntityManager em) -> publications(em, COORDINATOR)
                    .create(draft("Vals", PublicationAudience.PUBLIC, 0), new PdfFile("vals.pdf", text))))
                    .isInstanceOfSatisfying(Invalid.class, e -> assertThat(e.errors())
                            .containsExactly(FieldError.of("file", "draaischijf.file.not-pdf")));
            assertThatThrownBy(() -> inTransaction(emf, (EntityManager em) -> publications(em, COORDINATOR)
                    .create(draft("Te groot", PublicationAudience.PUBLIC, 0), new PdfFile("groot.pdf", tooLarge))))
                    .isInstanceOfSatisfying(Invalid.class, e -> assertThat(e.errors())
                            .containsExactly(FieldError.of("file", "draaischijf.file.too-large", "max", 20)));
            assertThat(inTransaction(emf, (EntityManager em) -> publications(em, COORDINATOR).count()))
                    .as("nothing of a refused publication is saved").isZero();

            byte[] exactlyTwenty = new byte[PdfFile.MAX_BYTES];
            System.arraycopy(PDF, 0, exactlyTwenty, 0, PDF.length);
            PublicationView fits = inTransaction(emf, (EntityManager em) -> publications(em, COORDINATOR)
                    .create(draft("Precies 20 MB", PublicationAudience.PUBLIC, 0), new PdfFile("groot.pdf", exactlyTwenty)));
            assertThat(inTransaction(emf, (EntityManager em) -> publications(em, ANONYMOUS).file(fits.id())).size())
                    .isEqualTo(PdfFile.MAX_BYTES);
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aPublicationWaitsForItsFileAndAStaleEditIsRefusedAndAWithdrawnOneIsGone(TestDatabase kind) {
        try (EntityManagerFactory emf = network(kind, false)) {
            PublicationView waiting = inTransaction(emf, (EntityManager em) -> publications(em, COORDINATOR)
                    .create(draft("Jaarverslag 2026", PublicationAudience.PUBLIC, 0), null));
            assertThat(waiting.hasFile()).isFalse();
            assertThat(inTransaction(emf, (EntityManager em) -> publications(em, ANONYMOUS).list(0, 20)))
                    .as("without its file, readers do not see it yet").isEmpty();
            assertThat(inTransaction(emf, (EntityManager em) -> publications(em, COORDINATOR).list(0, 20)))
                    .extracting(PublicationView::id).containsExactly(waiting.id());

            PublicationView uploaded = inTransaction(emf, (EntityManager em) -> publications(em, COORDINATOR)
                    .replaceFile(waiting.id(), new PdfFile("jaarverslag-2026", PDF)));
            assertThat(uploaded.fileName()).isEqualTo("jaarverslag-2026.pdf");
            assertThat(uploaded.version()).as("a new file is a change").isGreaterThan(waiting.version());
            assertThat(inTransaction(emf, (EntityManager em) -> publications(em, ANONYMOUS).list(0, 20))).hasSize(1);

            assertThatThrownBy(() -> inTransaction(emf, (EntityManager em) -> publications(em, ADMIN)
                    .update(waiting.id(), draft("Jaarverslag 2026 (herzien)", PublicationAudience.PUBLIC, waiting.version()), null)))
                    .as("changed since that version was read").isInstanceOf(ChangedMeanwhile.class);
            PublicationView renamed = inTransaction(emf, (EntityManager em) -> publications(em, ADMIN)
                    .update(waiting.id(), draft("Jaarverslag 2026 (herzien)", PublicationAudience.PROFESSIONALS, uploaded.version()), null));
            assertThat(renamed.title()).isEqualTo("Jaarverslag 2026 (herzien)");
            assertThat(renamed.fileName()).as("the file stays").isEqualTo("jaarverslag-2026.pdf");

            assertThatThrownBy(() -> inTransaction(emf, (EntityManager em) -> publications(em, PROFESSIONAL)
                    .create(draft("Eigen nota", PublicationAudience.PUBLIC, 0), new PdfFile("nota.pdf", PDF))))
                    .as("only coordinators and administrators publish").isInstanceOf(NotPermitted.class);
            assertThatThrownBy(() -> inTransaction(emf, (EntityManager em) -> {
                publications(em, PROFESSIONAL).withdraw(waiting.id());
                return null;
            })).isInstanceOf(NotPermitted.class);

            inTransaction(emf, (EntityManager em) -> {
                publications(em, COORDINATOR).withdraw(waiting.id());
                return null;
            });
            assertThat(inTransaction(emf, (EntityManager em) -> publications(em, COORDINATOR).list(0, 20))).isEmpty();
            assertThatThrownBy(() -> inTransaction(emf, (EntityManager em) -> publications(em, COORDINATOR).file(waiting.id())))
                    .isInstanceOf(NotFound.class);
            assertThat(inTransaction(emf, (EntityManager em) -> em.createQuery("select count(f) from PublicationFile f", Long.class)
                    .getSingleResult())).as("the file's bytes went with it").isZero();
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void theDemoHasTheFinalReportOfTheExperimentalPhaseAsAPdf(TestDatabase kind) {
        try (EntityManagerFactory emf = network(kind, true)) {
            List<PublicationView> latest = inTransaction(emf, (EntityManager em) -> publications(em, ANONYMOUS).latestPublic(3));
            assertThat(latest).extracting(PublicationView::title).contains("Eindrapport van de experimentele fase (2013–2014)");
            UUID report = latest.stream().filter(p -> p.title().startsWith("Eindrapport")).findFirst().orElseThrow().id();
            PdfFile file = inTransaction(emf, (EntityManager em) -> publications(em, ANONYMOUS).file(report));
            assertThat(file.isPdf()).isTrue();
            assertThat(new String(file.content(), StandardCharsets.ISO_8859_1)).contains("Demogegevens").endsWith("%%EOF\n");
        }
    }

    @Test
    void aPublicationNeedsATitleADateAndAnAudience() throws Exception {
        var validator = Validation.buildDefaultValidatorFactory().getValidator();
        var method = PublicationsBean.class.getMethod("create", PublicationDraft.class, PdfFile.class);

        assertThat(ParameterValidation.invalid(validator.forExecutables().validateParameters(new PublicationsBean(), method,
                new Object[] {new PublicationDraft(" ", null, "x".repeat(4001), null, 0), null})).errors())
                .extracting(FieldError::field, FieldError::key, FieldError::arguments)
                .containsExactly(
                        tuple("audience", "network.publication.audience.required", Map.of()),
                        tuple("publishedOn", "network.publication.published-on.required", Map.of()),
                        tuple("summary", "draaischijf.size.max", Map.of("max", 4000, "min", 0)),
                        tuple("title", "network.publication.title.required", Map.of()));
    }

    /** The network module's tables (its demo data when asked) and its persistence unit, validated against them. */
    private static EntityManagerFactory network(TestDatabase kind, boolean demo) {
        return TestDatabase.persistenceUnit("network", kind.migrated("network", demo));
    }

    private static PublicationDraft draft(String title, PublicationAudience audience, int version) {
        return new PublicationDraft(title, LocalDate.of(2026, 3, 1), "Wat het netwerk in een jaar deed.", audience, version);
    }

    static PublicationsBean publications(EntityManager em, Caller caller) {
        PublicationsBean bean = new PublicationsBean();
        bean.em = em;
        bean.caller = caller;
        return bean;
    }
}

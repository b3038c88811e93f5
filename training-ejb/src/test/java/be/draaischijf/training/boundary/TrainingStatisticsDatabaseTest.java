package be.draaischijf.training.boundary;

import static be.draaischijf.training.boundary.TrainingFixture.draft;
import static be.draaischijf.training.boundary.TrainingFixture.form;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.draaischijf.platform.refusal.Invalid;
import be.draaischijf.testing.TestDatabase;
import be.draaischijf.training.api.Attendance;
import be.draaischijf.training.api.RegistrationResult;
import be.draaischijf.training.api.RegistrationStatus;
import be.draaischijf.training.api.SessionView;
import be.draaischijf.training.api.TrainingCounts;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The training calendar's figures for the reports (issue 17): sessions held and cancelled, registrations, the waiting
 * list, promotions, attendance and no-shows, for the sessions that start in the period, on H2 and PostgreSQL.
 */
class TrainingStatisticsDatabaseTest {

    final TrainingFixture fixture = new TrainingFixture();

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void countsTheSessionsOfThePeriodTheirRegistrationsWaitingListAndAttendance(TestDatabase kind) {
        try (EntityManagerFactory emf = fixture.database(kind, false)) {
            LocalDate today = LocalDate.now();
            // full: 3 places, 5 people; one confirmed cancels, the first waiting one is promoted
            UUID full = fixture.published(emf, draft("Vol", 3, 10));
            List<RegistrationResult> fullOnes = new ArrayList<>();
            for (String name : List.of("Ann", "Bart", "Cas", "Dirk", "Eva")) {
                fullOnes.add(register(emf, full, name));
            }
            assertThat(fullOnes).extracting(RegistrationResult::status).containsExactly(RegistrationStatus.CONFIRMED,
                    RegistrationStatus.CONFIRMED, RegistrationStatus.CONFIRMED, RegistrationStatus.WAITLISTED,
                    RegistrationStatus.WAITLISTED);
            fixture.inTransaction(emf, (EntityManager em) -> fixture.as("coordinator").registrations(em)
                    .cancelRegistration(fullOnes.get(1).id()));
            // Ann present, Cas absent (a no-show), Dirk (promoted) not recorded
            attend(emf, fullOnes.get(0).id(), Attendance.PRESENT);
            attend(emf, fullOnes.get(2).id(), Attendance.ABSENT);
            // a second session: two confirmed, both present
            UUID small = fixture.published(emf, draft("Klein", 10, 20));
            attend(emf, register(emf, small, "Fien").id(), Attendance.PRESENT);
            attend(emf, register(emf, small, "Gert").id(), Attendance.PRESENT);
            // cancelled by the organiser (its registrations do not count), a draft, and one after the period
            UUID cancelled = fixture.published(emf, draft("Afgelast", 10, 30));
            register(emf, cancelled, "Hans");
            SessionView toCancel = fixture.inTransaction(emf, (EntityManager em) -> fixture.as("coordinator").sessions(em).find(cancelled));
            fixture.inTransaction(emf, (EntityManager em) -> fixture.as("coordinator").sessions(em)
                    .cancel(cancelled, toCancel.version(), "De trainer is ziek."));
            fixture.inTransaction(emf, (EntityManager em) -> fixture.as("coordinator").sessions(em).create(draft("Ontwerp", 10, 15)));
            UUID later = fixture.published(emf, draft("Later", 10, 90));
            register(emf, later, "Ilse");

            TrainingCounts counts = count(emf, today, today.plusDays(60));
            // 2 held, 1 cancelled; 7 registrations made (5 + 2); confirmed now Ann, Cas, Dirk, Fien and Gert; Eva still
            // waiting; Dirk promoted; Ann, Fien and Gert present; Cas a no-show
            assertThat(counts).isEqualTo(new TrainingCounts(2, 1, 7, 5, 1, 1, 3, 1));
            assertThat(count(emf, today.plusDays(60), today.plusDays(120)))
                    .isEqualTo(new TrainingCounts(1, 0, 1, 1, 0, 0, 0, 0));
            assertThat(count(emf, today.minusDays(60), today)).isEqualTo(new TrainingCounts(0, 0, 0, 0, 0, 0, 0, 0));
            assertThatThrownBy(() -> count(emf, today, today))
                    .isInstanceOfSatisfying(Invalid.class, e -> assertThat(e.errors().get(0).key())
                            .isEqualTo("training.statistics.until-after-from"));
        }
    }

    private RegistrationResult register(EntityManagerFactory emf, UUID session, String name) {
        return fixture.inTransaction(emf, (EntityManager em) -> fixture.registrations(em).register(session, form(name)));
    }

    private void attend(EntityManagerFactory emf, UUID registration, Attendance attendance) {
        fixture.inTransaction(emf, (EntityManager em) -> fixture.as("coordinator").registrations(em)
                .recordAttendance(registration, attendance));
    }

    private TrainingCounts count(EntityManagerFactory emf, LocalDate from, LocalDate until) {
        return fixture.inTransaction(emf, (EntityManager em) -> {
            TrainingStatisticsBean bean = new TrainingStatisticsBean();
            bean.em = em;
            return bean.count(from, until);
        });
    }
}

package be.draaischijf.web.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.draaischijf.training.api.SessionKind;
import be.draaischijf.training.api.SessionSummary;
import be.draaischijf.training.api.SessionStatus;
import be.draaischijf.training.api.TrainingSessions;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The public session list pages in the database and turns bad parameters into a 400, never a 500. */
class SessionsResourceTest {

    private static final SessionSummary SESSION = new SessionSummary(UUID.randomUUID(), SessionKind.TRAINING,
            "Signalen van schooluitval", Instant.parse("2026-09-14T07:00:00Z"), Instant.parse("2026-09-14T11:00:00Z"),
            "Stadhuis", 20, SessionStatus.PUBLISHED, 5, 0, 15, false, 1, Set.of("DROPOUT"));

    private final List<Object[]> pageCalls = new ArrayList<>();
    private final List<Object[]> countCalls = new ArrayList<>();
    private final SessionsResource resource = new SessionsResource();

    @BeforeAll
    static void runtime() {
        MinimalRuntimeDelegate.install();
    }

    SessionsResourceTest() {
        resource.sessions = Stubs.stub(TrainingSessions.class, Map.of(
                "upcomingPublished", args -> {
                    assertThat(args).as("the paged variant").hasSize(5);
                    pageCalls.add(args);
                    return List.of(SESSION);
                },
                "countUpcomingPublished", args -> {
                    countCalls.add(args);
                    return 742L;
                }));
    }

    @Test
    void theListIsOnePageFromTheDatabaseAndTheTotalCountsEverySession() {
        Response response = resource.list("100", "10", "training", "dropout", "2026-09-01", null);

        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getEntity()).isEqualTo(List.of(SESSION));
        assertThat(response.getHeaderString("X-Total-Count")).isEqualTo("742");
        Instant start = LocalDate.of(2026, 9, 1).atStartOfDay(ZoneId.of("Europe/Brussels")).toInstant();
        assertThat(pageCalls).singleElement()
                .satisfies(args -> assertThat(args).containsExactly(start, SessionKind.TRAINING, "DROPOUT", 100, 10));
        assertThat(countCalls).singleElement()
                .satisfies(args -> assertThat(args).containsExactly(start, SessionKind.TRAINING, "DROPOUT"));
    }

    @Test
    void theTotalIsNotCappedAt500() {
        Response response = resource.list(null, null, null, null, null, null);

        assertThat(response.getHeaderString("X-Total-Count")).isEqualTo("742");
        assertThat(pageCalls).singleElement().satisfies(args -> assertThat(args).endsWith(0, 50));
    }

    @Test
    void theLargestOffsetIsAskedOfTheDatabaseInsteadOfOverflowing() {
        Response response = resource.list("2147483647", "500", null, null, null, null);

        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(pageCalls).singleElement().satisfies(args -> assertThat(args).endsWith(Integer.MAX_VALUE, 500));
    }

    @Test
    void aNegativeOffsetIsA400ProblemNamingIt() {
        assertThatThrownBy(() -> resource.list("-1", null, null, null, null, null))
                .isInstanceOf(BadRequestException.class).hasMessage("offset: mag niet negatief zijn");

        WebApplicationExceptionMapper mapper = new WebApplicationExceptionMapper();
        mapper.uri = Stubs.uri("sessions");
        Response problem = mapper.toResponse(new BadRequestException("offset: mag niet negatief zijn"));
        assertThat(problem.getStatus()).isEqualTo(400);
        assertThat(pageCalls).isEmpty();
    }

    @Test
    void aSizeOutsideOneTo500OrNoNumberIsA400() {
        assertThatThrownBy(() -> resource.list(null, "501", null, null, null, null))
                .isInstanceOf(BadRequestException.class).hasMessageStartingWith("size:");
        assertThatThrownBy(() -> resource.list(null, "0", null, null, null, null))
                .isInstanceOf(BadRequestException.class).hasMessageStartingWith("size:");
        assertThatThrownBy(() -> resource.list("99999999999", null, null, null, null, null))
                .isInstanceOf(BadRequestException.class).hasMessageStartingWith("offset:");
        assertThat(pageCalls).isEmpty();
    }

    @Test
    void aDayTheDatabaseCannotKeepIsA400NotA500() {
        for (String day : List.of("+999999999-12-31", "-999999999-01-01", "99999-01-01", "2026-02-30", "morgen")) {
            assertThatThrownBy(() -> resource.list(null, null, null, null, day, null)).as(day)
                    .isInstanceOf(BadRequestException.class).hasMessage("from: moet een datum zijn (jjjj-mm-dd)");
        }
        assertThat(pageCalls).isEmpty();
    }

    @Test
    void aThemeThatCannotBeAThemeCodeIsA400AndAnUnknownKindToo() {
        assertThatThrownBy(() -> resource.list(null, null, null, "x".repeat(5000), null, null))
                .isInstanceOf(BadRequestException.class).hasMessageStartingWith("theme:");
        assertThatThrownBy(() -> resource.list(null, null, null, "drop-out; --", null, null))
                .isInstanceOf(BadRequestException.class).hasMessageStartingWith("theme:");
        assertThatThrownBy(() -> resource.list(null, null, "WEBINAR", null, null, null))
                .isInstanceOf(BadRequestException.class).hasMessageStartingWith("kind:");
        assertThat(pageCalls).isEmpty();
    }

    @Test
    void tooManyAttemptsIsA429ProblemWithRetryAfter() {
        Response response = Problems.tooMany(java.util.Locale.forLanguageTag("nl"), 3, "sessions/x/registrations");

        assertThat(response.getStatus()).isEqualTo(429);
        assertThat(response.getHeaderString("Retry-After")).isEqualTo("3");
        assertThat(Stubs.problem(response).getString("detail")).contains("3 seconden");
        assertThat(Stubs.problem(Problems.tooMany(java.util.Locale.ENGLISH, 3, "sessions/x/registrations"))
                .getString("detail")).contains("3 seconds");
    }
}

package be.draaischijf.web.pages.meldpunt;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The check-in search box of the session page. */
class SessionCheckInTest {

    @Test
    void theCheckInSearchSendsATrimmedNameOrNoneForEveryone() {
        SessionCheckIn page = new SessionCheckIn();
        assertThat(page.checkInFilter()).isNull();

        page.setCheckInName("   ");
        assertThat(page.checkInFilter()).isNull();

        page.setCheckInName("  Janssens ");
        assertThat(page.checkInFilter()).isEqualTo("Janssens");

        page.setCheckInName("x".repeat(150));
        assertThat(page.checkInFilter()).hasSize(SessionCheckIn.MAX_NAME_SEARCH);
    }
}

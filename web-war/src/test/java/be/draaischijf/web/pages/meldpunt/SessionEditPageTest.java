package be.draaischijf.web.pages.meldpunt;

import static org.assertj.core.api.Assertions.assertThat;

import be.draaischijf.training.api.SessionDate;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class SessionEditPageTest {

    private static final LocalTime NINE = LocalTime.of(9, 0);
    private static final LocalTime NOON = LocalTime.of(12, 0);

    @Test
    void everyDayGoesBackWithItsUidAndANewDayWithout() {
        SessionEditPage page = new SessionEditPage();
        LocalDate first = LocalDate.of(2031, 3, 4);
        page.getDates().clear();
        page.getDates().addAll(SessionEditPage.rows(List.of(new SessionDate(first, NINE, NOON, "day-1@draaischijf"),
                new SessionDate(first.plusDays(7), NINE, NOON, "day-2@draaischijf"),
                new SessionDate(first.plusDays(14), NINE, NOON, "day-3@draaischijf"))));

        page.removeDate(0);
        page.addDate();
        page.getDates().get(0).setStartsAt(LocalTime.of(10, 0));

        assertThat(page.draft().dates()).extracting(SessionDate::uid)
                .containsExactly("day-2@draaischijf", "day-3@draaischijf", null);
        assertThat(page.draft().dates().get(0).startsAt()).isEqualTo(LocalTime.of(10, 0));
        assertThat(page.draft().dates().get(2).day()).isEqualTo(first.plusDays(21));
    }
}

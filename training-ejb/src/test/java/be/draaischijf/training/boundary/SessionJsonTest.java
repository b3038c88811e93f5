package be.draaischijf.training.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import be.draaischijf.training.api.SessionDate;
import be.draaischijf.training.api.SessionDraft;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.time.LocalDate;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;

/** A session as REST clients send it reads with Payara's JSON-B (Yasson): days with and without their uid. */
class SessionJsonTest {

    @Test
    void aSessionWithDaysReadsWhetherOrNotADayCarriesItsUid() throws Exception {
        String json = """
                {"kind":"TRAINING","title":"Vorming","capacity":12,"version":3,
                 "dates":[{"day":"2027-03-01","startsAt":"09:30","endsAt":"16:00","uid":"abc@draaischijf"},
                          {"day":"2027-03-08","startsAt":"09:30","endsAt":"16:00"}]}""";
        try (Jsonb jsonb = JsonbBuilder.create()) {
            SessionDraft draft = jsonb.fromJson(json, SessionDraft.class);

            assertThat(draft.dates()).containsExactly(
                    new SessionDate(LocalDate.of(2027, 3, 1), LocalTime.of(9, 30), LocalTime.of(16, 0), "abc@draaischijf"),
                    new SessionDate(LocalDate.of(2027, 3, 8), LocalTime.of(9, 30), LocalTime.of(16, 0)));
            assertThat(jsonb.toJson(draft.dates().get(0))).contains("\"uid\":\"abc@draaischijf\"");
        }
    }
}

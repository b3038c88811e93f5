package be.draaischijf.web.training;

import static org.assertj.core.api.Assertions.assertThat;

import be.draaischijf.training.api.SessionKind;
import org.junit.jupiter.api.Test;

/** A session's kind is said once: not before or beside a title that names it already, in Dutch or in English. */
class SessionTitlesTest {

    @Test
    void aTitleThatStartsWithItsKindOrHasItAsAWordNamesIt() {
        assertThat(SessionTitles.names("Infosessie: het Centraal Meldpunt voor scholen", SessionKind.INFO_SESSION)).isTrue();
        assertThat(SessionTitles.names("Driedaagse vorming: oplossingsgericht werken met jongeren", SessionKind.TRAINING)).isTrue();
        assertThat(SessionTitles.names("Online infosessie: het aanbod van de netwerkpartners", SessionKind.INFO_SESSION)).isTrue();
        assertThat(SessionTitles.names("Vormingsdag voor leerkrachten", SessionKind.TRAINING)).isTrue();
        assertThat(SessionTitles.names("Training gespreksvaardigheden", SessionKind.TRAINING)).as("the English label").isTrue();
        assertThat(SessionTitles.names("Intervisie eerstelijnswerkers Kiel", SessionKind.INTERVISION)).isTrue();
    }

    @Test
    void aTitleWithoutItsKindOrWithItInsideAnotherWordDoesNot() {
        assertThat(SessionTitles.names("Signalen van schooluitval herkennen", SessionKind.TRAINING)).isFalse();
        assertThat(SessionTitles.names("Informatievorming op school", SessionKind.TRAINING)).isFalse();
        assertThat(SessionTitles.names("Trainers ontmoeten elkaar", SessionKind.TRAINING)).isFalse();
        assertThat(SessionTitles.names("Infosessie: het Centraal Meldpunt", SessionKind.TRAINING)).as("another kind").isFalse();
        assertThat(SessionTitles.names(null, SessionKind.TRAINING)).isFalse();
    }

    @Test
    void theKindGoesBeforeATitleOnlyWhenTheTitleDoesNotNameIt() {
        assertThat(SessionTitles.withKind("Signalen van schooluitval herkennen", SessionKind.TRAINING, "Vorming"))
                .isEqualTo("Vorming: Signalen van schooluitval herkennen");
        assertThat(SessionTitles.withKind("Vorming: signalen van schooluitval herkennen", SessionKind.TRAINING, "Vorming"))
                .isEqualTo("Vorming: signalen van schooluitval herkennen");
        assertThat(SessionTitles.withKind("Vorming: signalen van schooluitval herkennen", SessionKind.TRAINING, "Training"))
                .as("an English page, a Dutch title").isEqualTo("Vorming: signalen van schooluitval herkennen");
    }
}

package be.draaischijf.web.pages.beheer;

import static org.assertj.core.api.Assertions.assertThat;

import be.draaischijf.referral.api.AuditBreak;
import be.draaischijf.referral.api.AuditCheck;
import be.draaischijf.referral.api.AuditProblem;
import be.draaischijf.web.layout.Messages;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** What /beheer/beveiliging says after the audit check, in Dutch and in English: counts and breaks in words. */
class AuditCheckTextsTest {

    private static final UUID CASE = UUID.fromString("0b7f4c3e-1d2a-4a51-9e0f-3c1d2b4a5e01");
    private static final UUID GONE = UUID.fromString("7a000000-0000-4000-8000-000000000009");

    @Test
    void anIntactLogIsSaidWithItsCountsInBothLanguages() {
        AuditCheck intact = new AuditCheck(1234, 56, true, List.of());

        assertThat(checked(intact, "nl").getAuditSummary())
                .isEqualTo("De auditlog is intact: 1.234 regels van 56 dossiers gecontroleerd.");
        assertThat(checked(intact, "en").getAuditSummary())
                .isEqualTo("The audit log is intact: 1,234 lines of 56 cases checked.");
        assertThat(checked(new AuditCheck(1, 1, true, List.of()), "nl").getAuditSummary())
                .isEqualTo("De auditlog is intact: 1 regel van 1 dossier gecontroleerd.");
    }

    @Test
    void eachBreakNamesTheCaseTheLineAndWhatIsWrong() {
        AuditCheck broken = new AuditCheck(2_500, 3, false, List.of(
                new AuditBreak(CASE, "DS-2026-0001", 2, AuditProblem.EDITED),
                new AuditBreak(CASE, "DS-2026-0001", 1_500, AuditProblem.GAP),
                new AuditBreak(GONE, null, 4, AuditProblem.HEAD_MISMATCH)));

        SecurityEventsPage nl = checked(broken, "nl");
        assertThat(nl.getAuditSummary()).isEqualTo(
                "De auditlog is niet intact: 3 onderbrekingen gevonden bij het controleren van 2.500 regels van 3 dossiers.");
        assertThat(broken.breaks()).extracting(nl::describe).containsExactly(
                "Dossier DS-2026-0001, regel 2: deze regel is gewijzigd nadat hij geschreven werd.",
                "Dossier DS-2026-0001, regel 1500: deze regel ontbreekt, hij werd gewist.",
                "Een dossier dat niet meer bestaat (" + GONE + "): de log hoort tot en met regel 4 te lopen, maar de laatste"
                        + " regels ontbreken of zijn gewijzigd.");
        assertThat(nl.isAuditBreaksCut()).isFalse();

        SecurityEventsPage en = checked(broken, "en");
        assertThat(en.getAuditSummary())
                .isEqualTo("The audit log is not intact: 3 breaks found while checking 2,500 lines of 3 cases.");
        assertThat(en.describe(broken.breaks().get(0)))
                .isEqualTo("Case DS-2026-0001, line 2: this line was changed after it was written.");
    }

    /** The page after a check that found this, speaking this language. */
    private static SecurityEventsPage checked(AuditCheck found, String language) {
        Locale locale = Locale.forLanguageTag(language);
        SecurityEventsPage page = new SecurityEventsPage();
        page.caseAudit = () -> found;
        page.messages = new Messages() {
            @Override
            public String text(String key) {
                return ResourceBundle.getBundle(Messages.BUNDLE, locale).getString(key);
            }

            @Override
            public String format(String key, Object... arguments) {
                return new MessageFormat(text(key), locale).format(arguments);
            }
        };
        page.verifyAudit();
        return page;
    }
}

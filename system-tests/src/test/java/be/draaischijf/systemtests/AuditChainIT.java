package be.draaischijf.systemtests;

import static be.draaischijf.systemtests.ReferralApiIT.assertProblem;
import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/**
 * The check of the case audit log (ADR 0040), as an administrator runs it over the API and on /beheer/beveiliging:
 * after cases were read, every case's hash chain is intact; nobody but an administrator may run it.
 */
class AuditChainIT extends BrowserTest {

    static final String PW = "demo";

    @Test
    void anAdministratorFindsTheAuditLogIntactAfterCasesWereReadAndNobodyElseMayCheckIt() {
        JsonObject submitted = ReferralApiIT.submit("professional", ReferralApiIT.intake(ReferralApiIT.uniqueFirstName(), true));
        String id = submitted.getString("id");
        ReferralApiIT.detail(id, "coordinator");
        ReferralApiIT.detail(id, "professional");

        HttpResponse<String> verified = Http.get("/api/audit/verify", "admin", PW);

        assertThat(verified.statusCode()).as(verified.body()).isEqualTo(200);
        JsonObject check = Http.json(verified).asJsonObject();
        assertThat(check.getBoolean("intact")).as(verified.body()).isTrue();
        assertThat(check.getJsonArray("breaks")).isEmpty();
        assertThat(check.getJsonNumber("checkedRows").longValue()).as("the intake and two reads at least").isGreaterThanOrEqualTo(3);
        assertThat(check.getJsonNumber("checkedCases").longValue()).isPositive();

        assertProblem(Http.get("/api/audit/verify", "coordinator", PW), 403);
        assertProblem(Http.get("/api/audit/verify", "professional", PW), 403);
        assertThat(Http.get("/api/audit/verify").statusCode()).as("not logged in").isEqualTo(401);
    }

    @Test
    void theSecurityPageSaysInWordsThatTheAuditLogIsIntact() {
        ReferralApiIT.detail(ReferralApiIT.submit("professional", ReferralApiIT.intake(ReferralApiIT.uniqueFirstName(), true))
                .getString("id"), "coordinator");
        logIn("admin", PW);
        open("/beheer/beveiliging");

        page.locator("#auditlog-controle\\:controleer").click();

        assertThat(page.locator("#auditlog-samenvatting")).containsText("De auditlog is intact:");
        assertThat(page.locator("#auditlog-samenvatting")).containsText("gecontroleerd");
        // the button is enabled again once the answer is in (PrimeFaces greys it out while it waits)
        assertThat(page.locator("#auditlog-controle\\:controleer")).isEnabled();
        assertThat(page.locator("#auditlog-breuken")).hasCount(0);
        assertAccessible("/beheer/beveiliging, the audit log checked (nl)");
        screenshot("beveiliging-auditlog-nl");
    }
}

package be.draaischijf.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import be.draaischijf.testing.HsdsSchemas;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The deployed EAR over plain HTTP: health, metrics, OpenAPI and the REST API with its problems. */
class ApiIT {

    @Test
    void readinessIsUpAndReportsTheDatabaseAndTheApplication() {
        HttpResponse<String> ready = Http.get("/health/ready");

        assertThat(ready.statusCode()).isEqualTo(200);
        JsonObject body = Http.json(ready).asJsonObject();
        assertThat(body.getString("status")).isEqualTo("UP");
        assertThat(body.getJsonArray("checks").getValuesAs(JsonObject.class))
                .anySatisfy(check -> {
                    assertThat(check.getString("name")).isEqualTo("database");
                    assertThat(check.getString("status")).isEqualTo("UP");
                })
                .anySatisfy(check -> {
                    // issue 18 (ADR 0050): ready only once the application itself answers
                    assertThat(check.getString("name")).isEqualTo("application");
                    assertThat(check.getString("status")).isEqualTo("UP");
                    assertThat(check.getJsonObject("data").getString("migrations")).isEqualTo("done");
                    assertThat(check.getJsonObject("data").getString("web")).isEqualTo("in service");
                });
    }

    @Test
    void livenessIsUpWithoutAskingTheDatabase() {
        HttpResponse<String> live = Http.get("/health/live");

        assertThat(live.statusCode()).isEqualTo(200);
        JsonObject body = Http.json(live).asJsonObject();
        assertThat(body.getString("status")).isEqualTo("UP");
        assertThat(body.getJsonArray("checks").getValuesAs(JsonObject.class)).allSatisfy(check ->
                assertThat(check.getJsonObject("data").keySet()).as("issue 18: liveness says nothing about the database")
                        .doesNotContain("database"));
    }

    @Test
    void startedOnceEveryModuleMigratedItsTables() {
        HttpResponse<String> started = Http.get("/health/started");

        assertThat(started.statusCode()).isEqualTo(200);
        JsonObject migrations = Http.json(started).asJsonObject().getJsonArray("checks").getValuesAs(JsonObject.class)
                .stream().filter(check -> "migrations".equals(check.getString("name"))).findFirst().orElseThrow();
        assertThat(migrations.getString("status")).isEqualTo("UP");
        assertThat(migrations.getJsonObject("data").getString("migrated"))
                .isEqualTo("platform, identity, partner, referral, training, network");
        assertThat(migrations.getJsonObject("data").getString("pending")).isEqualTo("none");
    }

    @Test
    void metricsAndOpenApiAnswer() {
        assertThat(Http.get("/metrics").statusCode()).isEqualTo(200);
        HttpResponse<String> openapi = Http.get("/openapi");
        assertThat(openapi.statusCode()).isEqualTo(200);
        assertThat(openapi.body()).contains("/api/partners").contains("/api/me");
    }

    @Test
    void publicDirectoryListsTheDemoOrganisations() {
        HttpResponse<String> response = Http.get("/api/partners?size=100");

        assertThat(response.statusCode()).isEqualTo(200);
        JsonArray organisations = Http.json(response).asJsonArray();
        assertThat(organisations.getValuesAs(JsonObject.class))
                .extracting(o -> o.getString("name"))
                .hasSize(12)
                .contains("Elegast", "Arktos", "CAW Antwerpen", "Jongenstehuis Don Bosco", "De Twee Gezusters – De Passage");
    }

    @Test
    void aPageSizeOutOfRangeIsADutchProblemNamingTheField() {
        HttpResponse<String> response = Http.get("/api/partners?size=0");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type")).get().asString().startsWith("application/problem+json");
        JsonObject problem = Http.json(response).asJsonObject();
        assertThat(problem.getString("title")).isEqualTo("Ongeldige invoer");
        assertThat(problem.getInt("status")).isEqualTo(400);
        assertThat(problem.getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("size");
        assertThat(response.body()).doesNotContain("Exception").doesNotContain("at be.");
    }

    @Test
    void unknownOrMalformedIdsAreNotFoundProblems() {
        for (String id : new String[] {UUID.randomUUID().toString(), "not-an-id"}) {
            HttpResponse<String> response = Http.get("/api/partners/" + id);
            assertThat(response.statusCode()).as(id).isEqualTo(404);
            assertThat(Http.json(response).asJsonObject().getString("title")).isEqualTo("Niet gevonden");
        }
    }

    @Test
    void anonymousCallerOfAProtectedResourceGetsA401ProblemWithBasicChallenge() {
        HttpResponse<String> response = Http.get("/api/me");

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("WWW-Authenticate")).get().asString().startsWith("Basic");
        assertThat(Http.json(response).asJsonObject().getString("title")).isEqualTo("Niet ingelogd");
    }

    @Test
    void scriptsAuthenticateWithHttpBasicUsingTheSameAccounts() {
        HttpResponse<String> coordinator = Http.get("/api/me", "coordinator", "demo");
        HttpResponse<String> partner = Http.get("/api/me", "partner.elegast", "demo");

        assertThat(coordinator.statusCode()).isEqualTo(200);
        assertThat(Http.json(coordinator).asJsonObject().getJsonArray("roles").getString(0)).isEqualTo("COORDINATOR");
        assertThat(coordinator.headers().firstValue("Set-Cookie")).as("Basic creates no session").isEmpty();
        assertThat(Http.json(partner).asJsonObject().getString("organisationId")).isNotBlank();
    }

    @Test
    void aWrongBasicPasswordIsRefused() {
        HttpResponse<String> response = Http.get("/api/me", "coordinator2", "not-the-password");

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(Http.json(response).asJsonObject().getInt("status")).isEqualTo(401);
    }

    @Test
    void anonymousVisitorsOfProtectedPagesAreSentToTheLoginPageInEverySpelling() {
        for (String path : new String[] {"/meldpunt", "/meldpunt/dossiers", "/meldpunt.xhtml", "/beheer",
                "/beheer/lijsten", "/partner", "/mijn/aanmeldingen", "/faces/meldpunt.xhtml"}) {
            HttpResponse<String> response = Http.get(path);
            assertThat(response.statusCode()).as(path).isIn(302, 403);
            if (response.statusCode() == 302) {
                assertThat(response.headers().firstValue("Location")).as(path).get().asString().contains("/login?next=");
            }
            assertThat(response.body()).as(path).doesNotContain("tile__number").doesNotContain("DS-2026");
        }
    }

    @Test
    void deploymentDescriptorsAndTemplatesAreNotServed() {
        for (String path : new String[] {"/WEB-INF/web.xml", "/WEB-INF/templates/page.xhtml"}) {
            HttpResponse<String> response = Http.get(path);
            assertThat(response.statusCode()).as(path).isIn(403, 404);
            assertThat(response.body()).doesNotContain("<web-app").doesNotContain("ui:insert");
        }
    }

    @Test
    void pagesCarrySecurityHeaders() {
        HttpResponse<String> home = Http.get("/");

        assertThat(home.statusCode()).isEqualTo(200);
        assertThat(home.headers().firstValue("Content-Security-Policy")).get().asString().contains("frame-ancestors 'none'");
        assertThat(home.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(home.headers().firstValue("X-Frame-Options")).hasValue("DENY");
        assertThat(home.headers().firstValue("Referrer-Policy")).hasValue("same-origin");
    }

    @Test
    void offersCanBeSearchedWithFiltersAndCounted() {
        HttpResponse<String> response = Http.get("/api/offers?problemArea=SUBSTANCE_USE&age=16");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("X-Total-Count")).hasValue("2");
        assertThat(Http.json(response).asJsonArray().getValuesAs(JsonObject.class))
                .extracting(o -> o.getString("name"))
                .containsExactly("Jeugdinterventie straatwerk", "Preventie middelengebruik");
    }

    @Test
    void badOfferFiltersAreProblemsNamingTheParameter() {
        HttpResponse<String> unknownSector = Http.get("/api/offers?sector=NOPE");
        HttpResponse<String> tooOld = Http.get("/api/offers?age=30");

        assertThat(unknownSector.statusCode()).isEqualTo(400);
        assertThat(Http.json(unknownSector).asJsonObject().getString("detail")).startsWith("sector:");
        assertThat(tooOld.statusCode()).isEqualTo(400);
        assertThat(Http.json(tooOld).asJsonObject().getJsonArray("errors").getJsonObject(0).getString("field"))
                .isEqualTo("age");
    }

    @Test
    void matchingRanksOffersForAYoungPersonWithReasons() {
        HttpResponse<String> response = Http.get(
                "/api/offers/matches?age=15&district=KIEL&problemArea=ABSENTEEISM&problemArea=DROPOUT&language=nl");

        assertThat(response.statusCode()).isEqualTo(200);
        var matches = Http.json(response).asJsonArray().getValuesAs(JsonObject.class);
        assertThat(matches).extracting(m -> m.getJsonObject("offer").getString("name"))
                .startsWith("Schoolbegeleiding bij spijbelen", "Buurtwerking jongeren Kiel");
        assertThat(matches.get(1).getJsonArray("reasons").getValuesAs(JsonObject.class))
                .extracting(r -> r.getString("code")).contains("DISTRICT", "NO_WAITING", "AGE_FITS");
    }

    @Test
    void matchingWithoutAgeOrProblemAreaIsAProblemPerField() {
        HttpResponse<String> response = Http.get("/api/offers/matches?district=KIEL");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(Http.json(response).asJsonObject().getJsonArray("errors").getValuesAs(JsonObject.class))
                .extracting(e -> e.getString("field")).containsExactlyInAnyOrder("age", "problemAreas");
    }

    @Test
    void hsdsListsAreValidHsds30Pages() {
        HttpResponse<String> services = Http.get("/api/hsds/services?page=2&per_page=10");
        HttpResponse<String> organizations = Http.get("/api/hsds/organizations");

        assertThat(services.statusCode()).isEqualTo(200);
        assertThat(HsdsSchemas.pageViolations("service_list", services.body())).isEmpty();
        JsonObject page = Http.json(services).asJsonObject();
        assertThat(page.getInt("total_items")).isEqualTo(16);
        assertThat(page.getInt("page_number")).isEqualTo(2);
        assertThat(page.getBoolean("last_page")).isTrue();
        assertThat(page.getJsonArray("contents")).hasSize(6);
        assertThat(HsdsSchemas.pageViolations("organization_list", organizations.body())).isEmpty();
    }

    @Test
    void hsdsOrganizationsServicesAndTheExportValidateAgainstTheOfficialSchemas() {
        JsonArray export = Http.json(Http.get("/api/hsds/export")).asJsonArray();
        assertThat(export).hasSize(12);
        for (JsonObject organization : export.getValuesAs(JsonObject.class)) {
            assertThat(HsdsSchemas.violations("organization", organization.toString()))
                    .as(organization.getString("name")).isEmpty();
        }
        JsonObject elegast = export.getValuesAs(JsonObject.class).stream()
                .filter(o -> o.getString("name").equals("Elegast")).findFirst().orElseThrow();
        assertThat(elegast.getJsonArray("services")).hasSize(2);

        String serviceId = elegast.getJsonArray("services").getJsonObject(0).getString("id");
        HttpResponse<String> service = Http.get("/api/hsds/services/" + serviceId);
        assertThat(HsdsSchemas.violations("service", service.body())).isEmpty();
        assertThat(Http.json(service).asJsonObject().getJsonObject("organization").getString("name")).isEqualTo("Elegast");
        HttpResponse<String> organization = Http.get("/api/hsds/organizations/" + elegast.getString("id"));
        assertThat(HsdsSchemas.violations("organization", organization.body())).isEmpty();
    }

    @Test
    void hsdsPagingOutOfRangeIsAProblem() {
        HttpResponse<String> response = Http.get("/api/hsds/services?per_page=1000");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(Http.json(response).asJsonObject().getString("detail")).startsWith("per_page:");
    }

    @Test
    void anUnknownPageIsAFriendlyDutch404() {
        HttpResponse<String> response = Http.get("/bestaat-niet");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body()).contains("Pagina niet gevonden").doesNotContainPattern("\\sat [a-z]+\\.|Caused by");
    }
}

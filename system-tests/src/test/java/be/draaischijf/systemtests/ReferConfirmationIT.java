package be.draaischijf.systemtests;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * "Doorverwijzen" asks first (issue 15, ADR 0039): in place of the offer's button the case page shows who will be told
 * and what the partner will see, its heading focused, without a dialog. "Annuleren" refers nobody and puts focus back
 * on the offer's button; "Ja, doorverwijzen" refers once and says so. With the keyboard alone, in Dutch and in English,
 * through axe in every state.
 */
class ReferConfirmationIT extends BrowserTest {

    static final String OFFER = ReferralPathBrowserIT.OFFER;
    static final String ORGANISATION = "De Twee Gezusters – De Passage";
    /** The demo's partner staff of De Passage by name; counted should other tests have added colleagues there. */
    static final Pattern STAFF = Pattern.compile("Demo medewerker De Twee Gezusters – De Passage|\\d+ (personen|people)");

    /** What the page says, in one language. */
    record Texts(String refer, String title, String yes, String cancel, String referrer, String ground, String sent,
                 String referred) {
    }

    static Texts texts(String language) {
        return "en".equals(language)
                ? new Texts("Refer", "Refer to " + OFFER + " at " + ORGANISATION + "?", "Yes, refer", "Cancel",
                        "gets no e-mail but sees the referral under My referrals", "gave consent", "The referral was sent.",
                        "Referred")
                : new Texts("Doorverwijzen", "Doorverwijzen naar " + OFFER + " van " + ORGANISATION + "?", "Ja, doorverwijzen",
                        "Annuleren", "krijgt geen e-mail, maar ziet de verwijzing bij Mijn aanmeldingen", "gaf toestemming",
                        "De verwijzing is verstuurd.", "Doorverwezen");
    }

    @ParameterizedTest
    @ValueSource(strings = {"nl", "en"})
    void referringFirstSaysWhoIsToldCancellingRefersNobodyAndConfirmingRefersOnce(String language) {
        Texts t = texts(language);
        // a professional's question with consent, in analysis: ready to be referred
        JsonObject sent = ReferralApiIT.submit("professional", ReferralApiIT.intake(ReferralApiIT.uniqueFirstName(), true));
        String caseId = sent.getString("id");
        String reference = sent.getString("reference");
        ReferralApiIT.toStatus(caseId, "IN_ANALYSIS");

        logIn("coordinator", "demo");
        open("/meldpunt/dossiers/" + caseId + "?lang=" + language);
        assertThat(page.locator("html")).hasAttribute("lang", language);
        Locator match = page.locator("#matches > li", new Page.LocatorOptions().setHasText(OFFER));
        Locator refer = page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(t.refer() + ": " + OFFER).setExact(true));
        Locator heading = page.locator("#bevestig-titel");
        Locator panel = page.locator(".refer-confirm");
        Locator yes = panel.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName(t.yes()).setExact(true));
        Locator cancel = panel.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName(t.cancel()).setExact(true));

        // the question, in place of the button, its heading focused: who gets the mail, whether the referrer hears, what is shared
        refer.focus();
        page.keyboard().press("Enter");
        assertThat(heading).isFocused();
        assertThat(heading).hasText(t.title());
        assertThat(match.locator(".refer-confirm #bevestig-titel")).hasCount(1);
        assertThat(refer).hasCount(0);
        assertThat(page.locator("#bevestig-wie")).containsText(ORGANISATION);
        assertThat(page.locator("#bevestig-wie")).containsText(STAFF);
        assertThat(page.locator("#bevestig-aanmelder")).containsText("Demo Leerlingbegeleider");
        assertThat(page.locator("#bevestig-aanmelder")).containsText(t.referrer());
        assertThat(page.locator("#bevestig-delen")).containsText(ORGANISATION);
        assertThat(page.locator("#bevestig-delen")).containsText(t.ground());
        // with consent, the partner also sees who asked the question (ADR 0038), and the panel says so
        assertThat(page.locator("#bevestig-delen")).containsText("en".equals(language) ? "who asked the question" : "wie de vraag stelde");
        assertThat(page.locator("[role=dialog], .ui-dialog")).hasCount(0);
        assertAccessible("the case page asking to confirm a referral (" + language + ")");
        screenshot("doorverwijzen-bevestigen-" + language);

        // "Annuleren": nobody referred, focus back on the offer's button
        page.keyboard().press("Tab");
        assertThat(yes).isFocused();
        page.keyboard().press("Tab");
        assertThat(cancel).isFocused();
        page.keyboard().press("Enter");
        assertThat(heading).hasCount(0);
        assertThat(refer).isFocused();
        assertThat(match.locator(".badge")).hasCount(0);
        assertThat(offerReferrals(caseId)).as("nothing referred after cancelling").isEmpty();
        assertAccessible("the case page after cancelling a referral (" + language + ")");
        screenshot("doorverwijzen-geannuleerd-" + language);

        // asked again and confirmed: referred once, and said so
        page.keyboard().press("Enter");
        assertThat(heading).isFocused();
        page.keyboard().press("Tab");
        assertThat(yes).isFocused();
        page.keyboard().press("Enter");
        assertThat(page.locator("#messages")).containsText(t.sent());
        assertThat(match).containsText(t.referred());
        assertThat(refer).hasCount(0);
        assertThat(heading).hasCount(0);
        JsonArray referrals = offerReferrals(caseId);
        assertThat(referrals).as("one referral").hasSize(1);
        assertThat(referrals.getJsonObject(0).getString("offerName")).isEqualTo(OFFER);
        assertAccessible("the case page after confirming a referral (" + language + ")");
        screenshot("doorverwijzen-verstuurd-" + language);
        // the staff the page named got the mail
        ReferralApiIT.awaitMail("to De Passage's staff about " + reference, mail -> TrainingApiIT.subject(mail)
                .contains("nieuwe doorverwijzing " + reference) && TrainingApiIT.to(mail).contains("partner.depassage@example.org"));

        open("/meldpunt/dossiers/" + caseId + "?lang=nl");
    }

    private static JsonArray offerReferrals(String caseId) {
        return ReferralApiIT.detail(caseId, "coordinator").getJsonArray("offerReferrals");
    }
}

package be.draaischijf.systemtests;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The shell works with the keyboard alone. */
class KeyboardIT extends BrowserTest {

    @Test
    void firstTabReachesTheSkipLinkWhichMovesFocusToTheContent() {
        open("/contact");
        page.keyboard().press("Tab");

        assertThat(page.evaluate("document.activeElement.className")).isEqualTo("skip-link");
        assertThat(page.locator(".skip-link")).isVisible();
        page.keyboard().press("Enter");
        assertThat(page.evaluate("document.activeElement.id")).isEqualTo("inhoud");
    }

    @Test
    void logInWithTheKeyboardAlone() {
        open("/login");
        page.locator("#login\\:username").focus();
        page.keyboard().type("coordinator");
        page.keyboard().press("Tab");
        page.keyboard().type("demo");
        page.keyboard().press("Enter");

        assertThat(page).hasURL(baseUrl + "/meldpunt");
    }

    @Test
    void everyNavigationLinkCanBeReachedByTabbing() {
        open("/");
        int navLinks = page.locator("nav.site-nav a").count();
        int reached = 0;
        for (int i = 0; i < 30 && reached < navLinks; i++) {
            page.keyboard().press("Tab");
            Object inNav = page.evaluate("!!document.activeElement.closest('nav.site-nav')");
            if (Boolean.TRUE.equals(inNav)) {
                reached++;
            }
        }
        assertThat(reached).isEqualTo(navLinks);
    }
}

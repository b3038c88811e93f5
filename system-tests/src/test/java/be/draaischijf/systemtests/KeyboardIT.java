package be.draaischijf.systemtests;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** The shell works with the keyboard alone. */
class KeyboardIT extends BrowserTest {

    /**
     * The focused element as draaischijf.css should show it: {@code link} (a text link: yellow background, black
     * underline) or {@code control} (a yellow ring inside a black one), then its name, outline style, width and colour,
     * background colour and box shadow; null when the page itself has focus again.
     */
    private static final String FOCUS_STYLE = """
            () => {
              const e = document.activeElement;
              if (!e || e === document.body) { return null; }
              const s = getComputedStyle(e);
              const link = e.tagName === 'A'
                  && !e.matches('.button-link, .ui-button, [class*="ui-paginator-"], .ui-dialog-titlebar-icon, .fc-event');
              return [link ? 'link' : 'control', e.tagName + (e.id ? '#' + e.id : '') + ' ' + e.className,
                      s.outlineStyle, s.outlineWidth, s.outlineColor, s.backgroundColor, s.boxShadow].join('|');
            }""";
    private static final String YELLOW = "rgb(255, 221, 0)";
    private static final String BLACK = "rgb(11, 12, 12)";

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

    /**
     * Every element that Tab reaches shows the one focus style (issue 15): a control a 3 px yellow ring inside a black
     * one, a text link a yellow background and a black underline, on a form and on a paged table.
     */
    @Test
    void everythingTabReachesShowsTheYellowAndBlackFocus() {
        Assumptions.assumeTrue(DeployedApp.checksPages(), "a check of the style sheet: on the H2 run");
        for (String path : List.of("/login", "/partners")) {
            open(path);
            List<String> reached = new ArrayList<>();
            for (int i = 0; i < 80; i++) {
                page.keyboard().press("Tab");
                Object focus = page.evaluate(FOCUS_STYLE);
                if (focus == null) {
                    break;
                }
                String[] style = focus.toString().split("\\|", -1);
                String what = path + ": " + style[1];
                if ("link".equals(style[0])) {
                    assertThat(style[5]).as(what + " background").isEqualTo(YELLOW);
                    assertThat(style[6]).as(what + " underline").contains(BLACK);
                } else {
                    assertThat(style[2]).as(what + " outline style").isEqualTo("solid");
                    assertThat(style[3]).as(what + " outline width").isEqualTo("3px");
                    assertThat(style[4]).as(what + " outline colour").isEqualTo(YELLOW);
                    assertThat(style[6]).as(what + " black ring").contains(BLACK);
                }
                reached.add(style[1]);
            }
            assertThat(reached).as(path + ": links and controls reached").hasSizeGreaterThan(5);
        }
    }
}

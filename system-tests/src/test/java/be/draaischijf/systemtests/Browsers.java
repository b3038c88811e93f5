package be.draaischijf.systemtests;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Debian's Chromium driven by Playwright, with no download of a browser of its own and no lookups of
 * outside hosts: its headless shell ({@code chromium-headless-shell}, the same Chromium release and rendering engine
 * without the browser's window, which Playwright itself uses for headless runs), installed when it is missing and we
 * are root ({@link DebianPackages}). The whole browser ({@code chromium}) ran the tests before and took noticeably more
 * of the two cores for the same pages (docs/benchmarks.md, "The test run itself").
 */
public final class Browsers {

    static final Path CHROMIUM = Path.of("/usr/lib/chromium/chromium-headless-shell");
    /** The whole browser: used only where the headless shell is missing and cannot be installed (not root). */
    static final Path WHOLE_CHROMIUM = Path.of("/usr/lib/chromium/chromium");

    private Browsers() {
    }

    public static Playwright playwright() {
        return Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
    }

    public static Browser chromium(Playwright playwright) {
        Path chromium = CHROMIUM;
        if (!java.nio.file.Files.isExecutable(CHROMIUM) && java.nio.file.Files.isExecutable(WHOLE_CHROMIUM)
                && !"root".equals(System.getProperty("user.name"))) {
            java.util.logging.Logger.getLogger(Browsers.class.getName()).warning("No " + CHROMIUM
                    + ": the whole browser runs the tests, more slowly (sudo apt-get install -y chromium-headless-shell)");
            chromium = WHOLE_CHROMIUM;
        } else {
            DebianPackages.ensure(CHROMIUM, "chromium-headless-shell");
        }
        return playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(chromium)
                .setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-quic",
                        "--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE localhost , EXCLUDE 127.0.0.1",
                        "--disable-background-networking", "--disable-component-update", "--disable-sync",
                        "--no-first-run", "--disable-features=Translate,OptimizationHints,MediaRouter")));
    }
}

package be.draaischijf.systemtests;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Debian's Chromium driven by Playwright, with no download of a browser of its own and no lookups of
 * outside hosts. Installs the {@code chromium} package when it is missing and we are root ({@link DebianPackages}).
 */
public final class Browsers {

    static final Path CHROMIUM = Path.of("/usr/lib/chromium/chromium");

    private Browsers() {
    }

    public static Playwright playwright() {
        return Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
    }

    public static Browser chromium(Playwright playwright) {
        DebianPackages.ensure(CHROMIUM, "chromium");
        return playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(CHROMIUM)
                .setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-quic",
                        "--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE localhost , EXCLUDE 127.0.0.1",
                        "--disable-background-networking", "--disable-component-update", "--disable-sync",
                        "--no-first-run", "--disable-features=Translate,OptimizationHints,MediaRouter")));
    }
}

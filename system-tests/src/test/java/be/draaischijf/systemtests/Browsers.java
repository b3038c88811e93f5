package be.draaischijf.systemtests;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Debian's Chromium driven by Playwright, with no download of a browser of its own and no lookups of
 * outside hosts. Installs the {@code chromium} package when it is missing and we are root.
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
        ensureChromium();
        return playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(CHROMIUM)
                .setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-quic",
                        "--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE localhost , EXCLUDE 127.0.0.1",
                        "--disable-background-networking", "--disable-component-update", "--disable-sync",
                        "--no-first-run", "--disable-features=Translate,OptimizationHints,MediaRouter")));
    }

    private static synchronized void ensureChromium() {
        if (Files.isExecutable(CHROMIUM)) {
            return;
        }
        boolean root = "root".equals(System.getProperty("user.name"));
        if (!root) {
            throw new IllegalStateException("Debian's Chromium is missing. Install it with: "
                    + "sudo apt-get update && sudo apt-get install -y chromium");
        }
        run("apt-get", "update", "-qq");
        run("apt-get", "install", "-y", "-qq", "chromium");
        if (!Files.isExecutable(CHROMIUM)) {
            throw new IllegalStateException("apt-get install chromium did not provide " + CHROMIUM);
        }
    }

    private static void run(String... command) {
        try {
            Process process = new ProcessBuilder(command).inheritIO().start();
            if (!process.waitFor(10, TimeUnit.MINUTES) || process.exitValue() != 0) {
                throw new IllegalStateException(String.join(" ", command) + " failed");
            }
        } catch (IOException e) {
            throw new IllegalStateException(String.join(" ", command) + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}

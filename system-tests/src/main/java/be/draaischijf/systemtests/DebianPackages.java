package be.draaischijf.systemtests;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * Programs from Debian's packages that the black-box tests drive (Chromium, the khal calendar client, nginx for the cluster):
 * installed with apt-get when missing and the tests run as root (as in CI), otherwise a clear message
 * saying which package to install. Nothing is downloaded from anywhere but Debian's archive.
 */
public final class DebianPackages {

    private DebianPackages() {
    }

    /** Makes sure {@code program} exists, installing {@code packageName} when it does not and we may. */
    public static synchronized void ensure(Path program, String packageName) {
        if (Files.isExecutable(program)) {
            return;
        }
        if (!"root".equals(System.getProperty("user.name"))) {
            throw new IllegalStateException(program + " is missing. Install it with: "
                    + "sudo apt-get update && sudo apt-get install -y " + packageName);
        }
        run("apt-get", "update", "-qq");
        run("apt-get", "install", "-y", "-qq", packageName);
        if (!Files.isExecutable(program)) {
            throw new IllegalStateException("apt-get install " + packageName + " did not provide " + program);
        }
    }

    private static void run(String... command) {
        try {
            ProcessBuilder builder = new ProcessBuilder(command).inheritIO();
            builder.environment().put("DEBIAN_FRONTEND", "noninteractive");
            Process process = builder.start();
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

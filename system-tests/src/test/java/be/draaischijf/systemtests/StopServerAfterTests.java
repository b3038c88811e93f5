package be.draaischijf.systemtests;

import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/** Stops the Payara Server (if a test started one) when the test JVM's session ends. */
public class StopServerAfterTests implements LauncherSessionListener {

    @Override
    public void launcherSessionClosed(LauncherSession session) {
        DeployedApp.stop();
    }
}

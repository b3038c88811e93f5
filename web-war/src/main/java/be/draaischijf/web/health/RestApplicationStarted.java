package be.draaischijf.web.health;

import jakarta.ws.rs.core.Feature;
import jakarta.ws.rs.core.FeatureContext;
import jakarta.ws.rs.ext.Provider;

/**
 * Tells {@link WebModule} that the REST application is being built: JAX-RS configures every feature while it initialises
 * the application, which the server does as the web module starts (its servlet loads on start-up). Readiness uses it
 * when the application does not have the server's root (where the health probe would pass through the module). Adds
 * nothing.
 */
@Provider
public class RestApplicationStarted implements Feature {

    @Override
    public boolean configure(FeatureContext context) {
        WebModule.restStarted();
        return true;
    }
}

package be.draaischijf.web.health;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletContextEvent;
import java.lang.reflect.Proxy;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Readiness's view of the web module: not in service until it started and took a request at the server's root (where
 * the health probe arrives); out of service as soon as it stops.
 */
class WebModuleTest {

    @BeforeEach
    @AfterEach
    void aNewDeployment() {
        WebModule.forget();
    }

    @Test
    void atTheRootTheModuleServesOnceItStartedAndTookARequest() {
        assertThat(WebModule.inService()).isFalse();
        assertThat(WebModule.state()).isEqualTo("starting, waiting for the module's start");
        WebModule.restStarted();
        assertThat(WebModule.inService()).isFalse();

        new WebModule().contextInitialized(new ServletContextEvent(context("")));
        assertThat(WebModule.inService()).as("the server's default module may still answer at /").isFalse();
        assertThat(WebModule.state()).isEqualTo("starting, waiting for its first request");

        WebModule.answering();
        assertThat(WebModule.inService()).isTrue();
        assertThat(WebModule.state()).isEqualTo("in service");
    }

    @Test
    void underAnotherContextRootTheProbeIsOutsideTheModuleSoItsRestApplicationStandsIn() {
        new WebModule().contextInitialized(new ServletContextEvent(context("/draaischijf")));
        assertThat(WebModule.inService()).isFalse();
        assertThat(WebModule.state()).isEqualTo("starting, waiting for the REST application");

        WebModule.restStarted();

        assertThat(WebModule.inService()).isTrue();
    }

    @Test
    void aModuleThatStopsIsOutOfServiceAtOnce() {
        WebModule module = new WebModule();
        module.contextInitialized(new ServletContextEvent(context("")));
        WebModule.answering();

        module.contextDestroyed(new ServletContextEvent(context("")));

        assertThat(WebModule.inService()).isFalse();
        assertThat(WebModule.state()).isEqualTo("stopping");
    }

    /** A servlet context at this context path ("" for the server's root). */
    static ServletContext context(String path) {
        return (ServletContext) Proxy.newProxyInstance(WebModuleTest.class.getClassLoader(),
                new Class<?>[] {ServletContext.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "getContextPath" -> path;
                    case "hashCode" -> System.identityHashCode(proxy);
                    case "equals" -> proxy == args[0];
                    case "toString" -> "ServletContext " + path;
                    default -> throw new AssertionError("unexpected call ServletContext." + method.getName());
                });
    }
}

package be.draaischijf.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.playwright.AxeBuilder;
import org.junit.jupiter.api.Test;

/**
 * The accessibility checks inject the axe-core kept with the tests (src/test/resources/axe.min.js), not the older one
 * inside the Java binding's jar: the binding reads {@code /axe.min.js} from the class path, where the test classes come
 * first. Without a browser; {@link BrowserTest#assertAccessible} checks the version that actually ran.
 */
class AxeCoreVersionTest {

    @Test
    void theBindingInjectsTheAxeCoreKeptWithTheTests() {
        assertThat(AxeBuilder.getAxeScript()).startsWith("/*! axe v" + BrowserTest.AXE_CORE_VERSION + "\n");
    }
}

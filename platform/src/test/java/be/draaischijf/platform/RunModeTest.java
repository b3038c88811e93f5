package be.draaischijf.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class RunModeTest {

    @Test
    void embeddedH2DefaultIsDemo() {
        assertThat(RunMode.isDemo(Optional.empty(), "jdbc:h2:file:/home/x/.draaischijf/db")).isTrue();
    }

    @Test
    void postgresqlWithoutSettingIsProductionWithoutDemoData() {
        assertThat(RunMode.isDemo(Optional.empty(), "jdbc:postgresql://db:5432/draaischijf")).isFalse();
        assertThat(RunMode.isDemo(Optional.of("auto"), "jdbc:postgresql://db:5432/draaischijf")).isFalse();
    }

    @Test
    void explicitSettingWins() {
        assertThat(RunMode.isDemo(Optional.of("true"), "jdbc:postgresql://db/x")).isTrue();
        assertThat(RunMode.isDemo(Optional.of("false"), "jdbc:h2:mem:x")).isFalse();
    }
}

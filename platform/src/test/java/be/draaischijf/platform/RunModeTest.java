package be.draaischijf.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class RunModeTest {

    private static final String LOCAL = "http://localhost:8080";

    @Test
    void embeddedH2OnThisMachineIsDemo() {
        assertThat(RunMode.isDemo(Optional.empty(), "jdbc:h2:file:/home/x/.draaischijf/db", LOCAL)).isTrue();
        assertThat(RunMode.isDemo(Optional.empty(), "jdbc:h2:file:/x", "http://127.0.0.1:28080")).isTrue();
        assertThat(RunMode.isDemo(Optional.empty(), "jdbc:h2:file:/x", "http://[::1]:8080/")).isTrue();
        assertThat(RunMode.isDemo(Optional.empty(), "jdbc:h2:file:/x", "http://draaischijf.localhost:8080")).isTrue();
        assertThat(RunMode.isDemo(Optional.empty(), "jdbc:h2:file:/x", null)).as("no address: the default, this machine").isTrue();
    }

    @Test
    void anInstallationReachedOverTheNetworkIsNeverDemoByItself() {
        assertThat(RunMode.isDemo(Optional.empty(), "jdbc:h2:file:/x", "https://draaischijf.antwerpen.be")).isFalse();
        assertThat(RunMode.isDemo(Optional.of("auto"), "jdbc:h2:file:/x", "http://10.1.2.3:8080")).isFalse();
        assertThat(RunMode.isDemo(Optional.empty(), "jdbc:h2:file:/x", "http://localhost.antwerpen.be")).isFalse();
        assertThat(RunMode.isDemo(Optional.empty(), "jdbc:h2:file:/x", "http://127.0.0.1.nip.io")).isFalse();
        assertThat(RunMode.isDemo(Optional.empty(), "jdbc:h2:file:/x", "geen adres")).isFalse();
    }

    @Test
    void postgresqlWithoutSettingIsProductionWithoutDemoData() {
        assertThat(RunMode.isDemo(Optional.empty(), "jdbc:postgresql://db:5432/draaischijf", LOCAL)).isFalse();
        assertThat(RunMode.isDemo(Optional.of("auto"), "jdbc:postgresql://db:5432/draaischijf", LOCAL)).isFalse();
    }

    @Test
    void explicitSettingWins() {
        assertThat(RunMode.isDemo(Optional.of("true"), "jdbc:postgresql://db/x", "https://draaischijf.antwerpen.be")).isTrue();
        assertThat(RunMode.isDemo(Optional.of("false"), "jdbc:h2:mem:x", LOCAL)).isFalse();
    }
}

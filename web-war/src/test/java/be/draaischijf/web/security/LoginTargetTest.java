package be.draaischijf.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

class LoginTargetTest {

    @Test
    void returnsToThePageThatWasAskedFor() {
        assertThat(LoginTarget.after("/meldpunt/dossiers?page=2", Set.of("COORDINATOR"))).isEqualTo("/meldpunt/dossiers?page=2");
    }

    @Test
    void neverRedirectsToAnotherSite() {
        assertThat(LoginTarget.after("//evil.example/phish", Set.of("COORDINATOR"))).isEqualTo("/meldpunt");
        assertThat(LoginTarget.after("https://evil.example/", Set.of("COORDINATOR"))).isEqualTo("/meldpunt");
        assertThat(LoginTarget.after("/\\evil.example", Set.of("PARTNER"))).isEqualTo("/partner");
    }

    @Test
    void withoutATargetEachRoleGoesToItsStartPage() {
        assertThat(LoginTarget.after(null, Set.of("ADMIN"))).isEqualTo("/beheer/accounts");
        assertThat(LoginTarget.after(null, Set.of("PARTNER"))).isEqualTo("/partner");
        assertThat(LoginTarget.after("", Set.of("PROFESSIONAL"))).isEqualTo("/mijn/aanmeldingen");
        assertThat(LoginTarget.after("/login", Set.of("COORDINATOR"))).isEqualTo("/meldpunt");
        assertThat(LoginTarget.after(null, Set.of())).isEqualTo("/");
    }
}

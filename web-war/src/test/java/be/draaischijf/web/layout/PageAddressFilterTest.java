package be.draaischijf.web.layout;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PageAddressFilterTest {

    @Test
    void aViewFileNameBecomesThePagesAddress() {
        assertThat(PageAddressFilter.address("/aanmelden.xhtml")).isEqualTo("/aanmelden");
        assertThat(PageAddressFilter.address("/meldpunt/dossiers.xhtml")).isEqualTo("/meldpunt/dossiers");
        assertThat(PageAddressFilter.address("/index.xhtml")).isEqualTo("/");
        assertThat(PageAddressFilter.address("//elders.example/pagina.xhtml")).as("never to another site")
                .isEqualTo("/elders.example/pagina");
    }
}

package be.draaischijf.web.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VersionedResourceTest {

    @Test
    void anAddressWithoutAVersionGetsTheVersionOfItsContent() {
        assertThat(VersionedResource.withVersion("/jakarta.faces.resource/css/draaischijf.css.xhtml", "0a1b2c3d4e"))
                .isEqualTo("/jakarta.faces.resource/css/draaischijf.css.xhtml?v=0a1b2c3d4e");
        assertThat(VersionedResource.withVersion("/jakarta.faces.resource/faces.js.xhtml?ln=jakarta.faces", "0a1b2c3d4e"))
                .isEqualTo("/jakarta.faces.resource/faces.js.xhtml?ln=jakarta.faces&v=0a1b2c3d4e");
        assertThat(VersionedResource.withVersion("/jakarta.faces.resource/css/draaischijf.css.xhtml", null))
                .as("content that cannot be read").isEqualTo("/jakarta.faces.resource/css/draaischijf.css.xhtml");
    }

    @Test
    void primeFacesOwnVersionStays() {
        String primeFaces = "/jakarta.faces.resource/components.js.xhtml?ln=primefaces&v=15.0.13";

        assertThat(VersionedResource.withVersion(primeFaces, "0a1b2c3d4e")).isEqualTo(primeFaces);
        assertThat(VersionedResource.versionIn(primeFaces)).isEqualTo("15.0.13");
        assertThat(VersionedResource.versionIn("/jakarta.faces.resource/css/draaischijf.css.xhtml?v=0a1b2c3d4e"))
                .isEqualTo("0a1b2c3d4e");
        assertThat(VersionedResource.versionIn("/jakarta.faces.resource/faces.js.xhtml?ln=jakarta.faces")).isNull();
        assertThat(VersionedResource.versionIn("/jakarta.faces.resource/x.js.xhtml?env=1")).as("not a v= of its own")
                .isNull();
    }

    @Test
    void theVersionChangesWithTheContentOnly(@TempDir Path folder) throws Exception {
        Path css = folder.resolve("draaischijf.css");
        Files.writeString(css, "body { color: #1b1f24; }");
        String first = VersionedResourceHandler.digest(css.toUri().toURL()).orElseThrow();
        String again = VersionedResourceHandler.digest(css.toUri().toURL()).orElseThrow();
        Files.writeString(css, "body { color: #0b0c0c; }");
        String changed = VersionedResourceHandler.digest(css.toUri().toURL()).orElseThrow();

        assertThat(first).matches("[0-9a-f]{10}").isEqualTo(again).isNotEqualTo(changed);
        assertThat(VersionedResourceHandler.digest(folder.resolve("missing.css").toUri().toURL())).isEmpty();
    }
}

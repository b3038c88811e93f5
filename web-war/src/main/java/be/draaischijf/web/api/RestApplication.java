package be.draaischijf.web.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;

@ApplicationPath("api")
@OpenAPIDefinition(info = @Info(title = "Draaischijf API", version = "0.1",
        description = "Centraal Meldpunt, partners en vormingen. Aanmelden met de browsersessie of HTTP Basic."))
public class RestApplication extends Application {
}

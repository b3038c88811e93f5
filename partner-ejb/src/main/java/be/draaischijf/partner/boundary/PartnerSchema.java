package be.draaischijf.partner.boundary;

import be.draaischijf.platform.ModuleSchema;
import be.draaischijf.platform.RunMode;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import java.util.Optional;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The application's one datasource, configured by MicroProfile Config (defaults in the platform
 * jar's {@code META-INF/microprofile-config.properties}, overridden by environment variables), and
 * the partner module's schema, migrated at deployment.
 */
@DataSourceDefinition(
        name = "java:app/jdbc/draaischijf",
        className = "${MPCONFIG=draaischijf.db.datasource-class}",
        url = "${MPCONFIG=draaischijf.db.url}",
        user = "${MPCONFIG=draaischijf.db.user}",
        password = "${MPCONFIG=draaischijf.db.password}",
        minPoolSize = 2,
        maxPoolSize = 32,
        properties = {"fish.payara.is-connection-validation-required=true",
                      "fish.payara.connection-validation-method=auto-commit"})
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
public class PartnerSchema {

    @Resource(lookup = "java:app/jdbc/draaischijf")
    DataSource dataSource;

    @Inject
    @ConfigProperty(name = "draaischijf.admin.password")
    Optional<String> adminPassword;

    @EJB
    AccountSetup accountSetup;

    @PostConstruct
    void migrate() {
        boolean demo = RunMode.isDemo();
        new ModuleSchema("partner", PartnerSchema.class.getClassLoader()).migrate(dataSource, demo);
        if (!demo) {
            accountSetup.ensureAdministrator(adminPassword);
        }
    }
}

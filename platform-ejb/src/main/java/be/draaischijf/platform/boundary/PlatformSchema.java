package be.draaischijf.platform.boundary;

import be.draaischijf.platform.ModuleSchema;
import be.draaischijf.platform.mail.Mailer;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import javax.sql.DataSource;

/**
 * The application's one datasource, configured by MicroProfile Config (defaults in the platform jar's
 * {@code META-INF/microprofile-config.properties}, overridden by environment variables), and the tables every
 * module shares (the mail outbox), migrated at deployment. The EAR starts this module first.
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
public class PlatformSchema {

    @Resource(lookup = "java:app/jdbc/draaischijf")
    DataSource dataSource;

    private static final java.util.logging.Logger LOG = java.util.logging.Logger.getLogger(PlatformSchema.class.getName());

    @PostConstruct
    void migrate() {
        new ModuleSchema("platform", PlatformSchema.class.getClassLoader()).migrate(dataSource, false);
        if (!be.draaischijf.platform.RunMode.isDemo() && !Mailer.Settings.fromConfig().configured()) {
            LOG.warning("No mail server configured (DRAAISCHIJF_MAIL_HOST): every mail waits in the outbox, and is tried"
                    + " again, until one is. Set it and restart.");
        }
    }
}

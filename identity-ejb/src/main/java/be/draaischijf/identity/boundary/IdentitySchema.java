package be.draaischijf.identity.boundary;

import be.draaischijf.platform.ModuleSchema;
import be.draaischijf.platform.RunMode;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
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
 * Migrates the identity module's schema at deployment (demo accounts in demo mode); in production, makes the
 * first administrator from configuration. The EAR starts this module before the business modules: its
 * migration takes over the accounts an older release kept in the partner module.
 */
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
public class IdentitySchema {

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
        new ModuleSchema("identity", IdentitySchema.class.getClassLoader()).migrate(dataSource, demo);
        if (!demo) {
            accountSetup.ensureAdministrator(adminPassword);
        }
    }
}

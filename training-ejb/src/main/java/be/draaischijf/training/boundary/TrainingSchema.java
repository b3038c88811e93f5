package be.draaischijf.training.boundary;

import be.draaischijf.platform.ModuleSchema;
import be.draaischijf.platform.RunMode;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import java.util.Optional;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Migrates the training module's schema at deployment. */
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
public class TrainingSchema {

    @Resource(lookup = "java:app/jdbc/draaischijf")
    DataSource dataSource;

    @Inject
    @ConfigProperty(name = "draaischijf.demo")
    Optional<String> demoSetting;

    @Inject
    @ConfigProperty(name = "draaischijf.db.url")
    String databaseUrl;

    @PostConstruct
    void migrate() {
        new ModuleSchema("training", TrainingSchema.class.getClassLoader())
                .migrate(dataSource, RunMode.isDemo(demoSetting, databaseUrl));
    }
}
